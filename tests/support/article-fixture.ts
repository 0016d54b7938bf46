import { ArticleSchema } from '../../src/schemas/article.ts';
import type { ArticleSource } from '../../src/lib/content/content-checks.ts';

/** A valid article with one sourced step; `overrides` replace front-matter fields to make it invalid. */
export function fixtureArticle(
	id: string,
	overrides: Record<string, unknown> = {},
	body = '## First step {#first-step}\n\nDo this.\n',
): ArticleSource {
	const data = ArticleSchema.parse({
		title: `Fixture article ${id}`,
		description: 'A one-line summary that is long enough for the schema.',
		kind: 'fix',
		order: 1,
		risk: 'safe',
		minutes: 2,
		appliesTo: ['iOS 17 and later'],
		lastVerified: '2026-11-26',
		sources: [
			{ title: 'Apple Support', url: 'https://support.apple.com/en-ae/102119', kind: 'official' },
		],
		stepSources: { 'first-step': [1] },
		...overrides,
	});
	return { id, filePath: `content/${id}.mdx`, body, data };
}
