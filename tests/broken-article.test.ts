import { describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT_MS, buildFixtureSite } from './support/fixture-build.ts';

const buildWith = (articlesDir: string) => buildFixtureSite({ ARTICLES_DIR: articlesDir });

// What each message says is pinned by unit tests (src/schemas/article.test.ts,
// src/lib/content/content-checks.test.ts, src/lib/i18n/glossary.test.ts). These builds prove that each
// kind reaches the author through `astro build`: a schema error, which Astro reports as it loads the
// collection; an error of the checks across the collection, which the article route runs; and a label
// the glossary lacks.
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
			fixture: 'unknown-label',
			file: 'unknown-label.mdx',
			field: 'line 22',
			message:
				'step "start-backup": "whatsapp:Back Up Nowz" is not in content/glossary.yaml; add it',
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
