import { describe, expect, test } from 'vitest';
import { ArticleSchema } from './article-schema';
import { checkArticles, stepHeadings, type ArticleSource } from './content-checks';

function article(id: string, overrides: Record<string, unknown> = {}, body = '## First step {#first-step}\n\nDo this.\n'): ArticleSource {
	const data = ArticleSchema.parse({
		title: `Fixture article ${id}`,
		description: 'A one-line summary that is long enough for the schema.',
		kind: 'fix',
		order: 1,
		risk: 'safe',
		minutes: 2,
		appliesTo: ['iOS 17 and later'],
		lastVerified: '2026-11-26',
		sources: [{ title: 'Apple Support', url: 'https://support.apple.com/en-ae/102119', official: true }],
		...overrides,
	});
	return { id, filePath: `content/${id}.mdx`, body, data };
}

describe('stepHeadings', () => {
	test('returns each heading with its explicit id and ignores code fences', () => {
		const body = '## Turn it on {#turn-on}\n```md\n## Not a heading\n```\n### Detail {#detail}\n## No id here\n';
		expect(stepHeadings(body)).toEqual([
			{ depth: 2, text: 'Turn it on', id: 'turn-on', line: 1 },
			{ depth: 3, text: 'Detail', id: 'detail', line: 5 },
			{ depth: 2, text: 'No id here', id: undefined, line: 6 },
		]);
	});
});

describe('checkArticles', () => {
	test('returns no problems for consistent articles', () => {
		expect(checkArticles([article('a'), article('b', { order: 2 })])).toEqual([]);
	});

	test.each([
		{
			name: 'a shared title',
			articles: [article('a'), article('b', { order: 2, title: 'Fixture article a' })],
			problem: 'content/b.mdx: title "Fixture article a" is already used by content/a.mdx.',
		},
		{
			name: 'a shared order',
			articles: [article('a'), article('b')],
			problem: 'content/b.mdx: order 1 is already used by content/a.mdx.',
		},
		{
			name: 'slugs that differ only in case',
			articles: [article('restart'), article('Restart', { order: 2 })],
			problem: 'content/Restart.mdx: the address /restart/ is already used by content/restart.mdx.',
		},
		{
			name: 'a slug the site itself uses',
			articles: [article('search')],
			problem: "content/search.mdx: the address /search/ belongs to one of the site's own pages; rename the file.",
		},
		{
			name: 'a step without an explicit id',
			articles: [article('a', {}, '## Turn on iCloud Drive\n')],
			problem: 'content/a.mdx:1: heading "Turn on iCloud Drive" needs a stable id, e.g. "## Turn on iCloud Drive {#turn-on-icloud-drive}".',
		},
		{
			name: 'the same id twice',
			articles: [article('a', {}, '## One {#same}\n## Two {#same}\n')],
			problem: 'content/a.mdx:2: the id "same" is used twice in this article.',
		},
		{
			name: 'an error message pointing at a missing step',
			articles: [article('a', { errors: [{ message: 'Backup failed', where: 'whatsapp', step: 'nowhere' }] })],
			problem: 'content/a.mdx: the message "Backup failed" points to step "nowhere", which this article does not have.',
		},
		{
			name: 'a data-loss article whose warning comes after the first step',
			articles: [article('a', { risk: 'data-loss' }, '## Delete it {#delete}\n<Callout type="warning">Gone.</Callout>\n')],
			problem: 'content/a.mdx: risk is data-loss, so a <Callout type="warning"> saying what is lost must come before the first step.',
		},
		{
			name: 'a data-loss article without a warning',
			articles: [article('a', { risk: 'data-loss' })],
			problem: 'content/a.mdx: risk is data-loss, so a <Callout type="warning"> saying what is lost must come before the first step.',
		},
		{
			name: 'an official source listed after a secondary one',
			articles: [
				article('a', {
					sources: [
						{ title: 'A blog', url: 'https://example.org/post' },
						{ title: 'Apple Support', url: 'https://support.apple.com/en-ae/102119', official: true },
					],
				}),
			],
			problem: 'content/a.mdx: list official sources first, then the others.',
		},
	])('reports $name', ({ articles, problem }) => {
		expect(checkArticles(articles)).toContain(problem);
	});

	test('accepts a data-loss article whose warning stands before the first step', () => {
		const body = '<Callout type="warning" title="What you lose">The old backup.</Callout>\n\n## Delete it {#delete}\n';
		expect(checkArticles([article('a', { risk: 'data-loss' }, body)])).toEqual([]);
	});
});
