import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';

/** Build the site from a folder of fixture articles instead of content/, and return what the author sees. */
function buildWith(articlesDir: string) {
	const result = spawnSync('npx', ['astro', 'build'], {
		env: {
			...process.env,
			ARTICLES_DIR: articlesDir,
			OUT_DIR: mkdtempSync(join(tmpdir(), 'fixture-build-')),
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
		encoding: 'utf8',
	});
	// Terminal colours would split the message the author reads into pieces.
	const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
	return { status: result.status, output };
}

// Each case runs a whole `astro build`: seconds alone, far longer on a busy machine.
const BUILD_TIMEOUT_MS = 120_000;

// What each message says is pinned by unit tests (src/schemas/article.test.ts,
// src/lib/content/content-checks.test.ts). These two builds prove that both kinds reach the author
// through `astro build`: a schema error, which Astro reports as it loads the collection, and an
// error of the checks across the collection, which the article route runs.
describe('building with a broken article', () => {
	test.each([
		{
			fixture: 'missing-risk',
			file: 'forgot-risk.mdx',
			field: 'risk',
			message: 'Set risk to "safe" or "data-loss".',
		},
		{
			fixture: 'blocked-source',
			file: 'content-farm.mdx',
			field: 'sources[1].url',
			message: 'visualfoodie.com is on the blocklist (content farm',
		},
		{
			fixture: 'step-changed-without-entry',
			file: 'edited-step.mdx',
			field: 'line 30',
			message:
				'the step "check-the-switch" changed after its latest entry in changes (changes[0], 2026-11-26): its text hash is now 5b44fe0388bc, the entry records 965c9c4b3b81.',
		},
		{
			fixture: 'change-in-the-future',
			file: 'future-change.mdx',
			field: 'changes[0].date',
			message: '2099-01-01 is after today',
		},
		{
			fixture: 'step-without-source',
			file: 'unsourced-step.mdx',
			field: 'line 23',
			message:
				'the step "check-the-switch" ("Check the switch") gives instructions but names no source.',
		},
	])(
		'fails and names $file and where: $field',
		({ fixture, file, field, message }) => {
			const { status, output } = buildWith(`tests/fixtures/broken-articles/${fixture}`);
			expect(status).not.toBe(0);
			expect(output).toContain(`tests/fixtures/broken-articles/${fixture}/${file}`);
			// A problem in the body names its line in the file ("file.mdx:23: …"), one in front matter its field.
			const where = field.startsWith('line ') ? `${file}:${field.slice(5)}` : field;
			expect(output).toContain(`${where}: ${message}`);
		},
		BUILD_TIMEOUT_MS,
	);
});

describe('building with active markup in an article', () => {
	test(
		'fails, naming the file and line of each piece and what is wrong with it',
		() => {
			const fixture = 'tests/fixtures/broken-articles/active-markup';
			const { status, output } = buildWith(fixture);
			expect(status).not.toBe(0);
			const file = `${fixture}/active-markup.mdx`;
			for (const [line, what] of [
				[23, '<script> runs code in the page'],
				[25, '<iframe> embeds another page'],
				[27, '<object> embeds a plugin or another document'],
				[29, '<embed> embeds a plugin or another document'],
				[31, 'the onClick= attribute on <div> runs code'],
				[33, 'the link to "javascript:alert(1)" runs code instead of opening a page'],
				[35, 'the image is loaded from evil.example'],
			] as const)
				expect(output).toContain(`${file}:${line}: ${what}`);
			// The same markup as inline code is text, and fine.
			expect(output).not.toContain(`${file}:21:`);
		},
		BUILD_TIMEOUT_MS,
	);
});
