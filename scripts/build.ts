// `npm run build`: `astro build`, then Pagefind over its output (OUT_DIR, default dist), with the memory
// settings build-memory.ts chooses for the site's size and the index chunks pagefind-index.ts sets. A
// script rather than one line in package.json: node's V8 flags cannot go through NODE_OPTIONS, and the
// settings must be the same ones the bench measures.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMemory } from './build-memory.ts';
import { PAGEFIND_INDEX_ENV } from './pagefind-index.ts';

// Neither package exports its command-line script, so each is found from a file it does export.
const fileNear = (specifier: string, file: string) =>
	join(dirname(fileURLToPath(import.meta.resolve(specifier))), file);
const ASTRO = fileNear('astro/package.json', 'bin/astro.mjs');
const PAGEFIND = fileNear('pagefind', 'runner/bin.cjs');

const memory = buildMemory(process.env['ARTICLES_DIR'] ?? 'content');

function run(args: string[], env: Readonly<Record<string, string>> = {}): void {
	const result = spawnSync(process.execPath, args, {
		stdio: 'inherit',
		env: { ...process.env, ...memory.env, ...env },
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

run([...memory.nodeFlags, ASTRO, 'build', ...process.argv.slice(2)]);
run([PAGEFIND, '--site', process.env['OUT_DIR'] ?? 'dist'], PAGEFIND_INDEX_ENV);
