// The host functions (Cloudflare, Netlify) and the relay must run without the site framework: nothing
// they load, directly or through src/lib, may import Astro. This walks the real import graph with
// TypeScript's own import scanner, so `import type`, re-exports and dynamic imports all count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const FRAMEWORK = /^(astro(\/|:|$)|@astrojs\/)/;

type ReadSource = (file: string) => string | undefined;

/** The file a relative or `~/` specifier names, trying the extensions Vite and Node would. */
function resolveLocal(
	specifier: string,
	importer: string,
	exists: (file: string) => boolean,
): string | undefined {
	const base = specifier.startsWith('~/')
		? path.join(ROOT, 'src', specifier.slice(2))
		: path.resolve(path.dirname(importer), specifier);
	return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(exists);
}

/** Every framework import reachable from `entries`, as "importer → specifier" chains. */
function frameworkImports(
	entries: readonly string[],
	read: ReadSource,
	exists: (file: string) => boolean,
) {
	const found: string[] = [];
	const seen = new Set<string>();
	const walk = (file: string, chain: readonly string[]) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = read(file);
		if (source === undefined) throw new Error(`Cannot read ${file}`);
		const here = [...chain, path.relative(ROOT, file)];
		for (const { fileName: specifier } of ts.preProcessFile(source, true, true).importedFiles) {
			if (FRAMEWORK.test(specifier)) found.push(`${here.join(' → ')} → ${specifier}`);
			else if (specifier.startsWith('.') || specifier.startsWith('~/')) {
				const target = resolveLocal(specifier, file, exists);
				if (target === undefined)
					throw new Error(`${file} imports ${specifier}, which does not resolve`);
				walk(target, here);
			}
		}
	};
	for (const entry of entries) walk(entry, []);
	return { found, visited: [...seen].map((file) => path.relative(ROOT, file)) };
}

/** The TypeScript files of a folder, tests left out: what a host deploys or `npm run api` runs. */
function entryPoints(dir: string): string[] {
	return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
		.filter(
			(entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
		)
		.map((entry) => path.join(entry.parentPath, entry.name));
}

const readDisk: ReadSource = (file) => readFileSync(file, 'utf8');

describe('host functions and the relay', () => {
	test('import nothing from Astro, directly or through src/lib', () => {
		const entries = ['functions', 'netlify', 'src/api'].flatMap(entryPoints);
		const { found, visited } = frameworkImports(entries, readDisk, existsSync);
		expect(entries.map((file) => path.relative(ROOT, file))).toEqual(
			expect.arrayContaining([
				'functions/api/icloud-status.ts',
				'netlify/functions/icloud-status.ts',
				'src/api/app.ts',
			]),
		);
		// The walk really reaches the shared logic the relay runs on.
		expect(visited).toEqual(
			expect.arrayContaining([
				'src/lib/status/feed.ts',
				'src/lib/status/sources.ts',
				'src/lib/site/site.ts',
			]),
		);
		expect(found).toEqual([]);
	});

	test('the walk finds Astro imported through a chain of local modules, in any import form', () => {
		const files: Record<string, string> = {
			'/x/entry.ts': "import { a } from './a.ts';\nexport * from './b';",
			'/x/a.ts': "import type { AstroIntegration } from 'astro';\nexport const a = 1;",
			'/x/b.ts': "export const load = () => import('astro/zod');\nimport 'node:fs';",
		};
		const { found } = frameworkImports(
			['/x/entry.ts'],
			(file) => files[file],
			(file) => file in files,
		);
		expect(found).toEqual([
			`${path.relative(ROOT, '/x/entry.ts')} → ${path.relative(ROOT, '/x/a.ts')} → astro`,
			`${path.relative(ROOT, '/x/entry.ts')} → ${path.relative(ROOT, '/x/b.ts')} → astro/zod`,
		]);
	});
});
