import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Build the fixture article with <DatedFact date="2026-11-30"> on a chosen day and return its page's text.
 * The permalink registry lists the real articles, so the post-build link check fails for a fixture site;
 * it runs after every page is written, and the page is all this test reads.
 */
function pageBuiltOn(day: string): string {
	const outDir = mkdtempSync(join(tmpdir(), 'dated-fact-build-'));
	spawnSync('npx', ['astro', 'build'], {
		env: {
			...process.env,
			ARTICLES_DIR: 'tests/fixtures/dated-fact',
			OUT_DIR: outDir,
			BUILD_DATE: day,
			NO_COLOR: '1',
		},
		encoding: 'utf8',
	});
	return readFileSync(join(outDir, 'deadline', 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
}

// Each case runs a whole `astro build`: seconds alone, far longer on a busy machine.
const BUILD_TIMEOUT_MS = 120_000;

describe('a dated fact in an article', () => {
	test(
		'reads in the future tense when the site is built before its date',
		() => {
			expect(pageBuiltOn('2026-11-29')).toContain(
				'WhatsApp will need iOS 15.5 or later from 30 November 2026.',
			);
		},
		BUILD_TIMEOUT_MS,
	);

	test(
		'reads in the past tense when the site is built after its date',
		() => {
			const page = pageBuiltOn('2026-12-01');
			expect(page).toContain('WhatsApp has needed iOS 15.5 or later since 30 November 2026.');
			expect(page).not.toContain('will need');
		},
		BUILD_TIMEOUT_MS,
	);
});
