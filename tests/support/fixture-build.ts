import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * Build the site with fixture content (ARTICLES_DIR, TROUBLESHOOTER_FILE…) into a fresh folder, and return
 * what the author sees and where the site went.
 */
export function buildFixtureSite(env: Record<string, string>) {
	const outDir = mkdtempSync(join(tmpdir(), 'fixture-build-'));
	const result = spawnSync('npx', ['astro', 'build'], {
		env: { ...process.env, ...env, OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	// Terminal colours would split the message the author reads into pieces.
	const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
	return { status: result.status, output, outDir };
}

/** Each fixture build runs a whole `astro build`: seconds alone, far longer on a busy machine. */
export const BUILD_TIMEOUT_MS = 120_000;
