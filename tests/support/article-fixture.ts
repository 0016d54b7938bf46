import { ArticleSchema } from '../../src/schemas/article.ts';
import type { ArticleSource } from '../../src/lib/content/content-checks.ts';
import { stepsOf } from '../../src/lib/content/markdown.ts';
import { stepHash } from '../../src/lib/desk/changes.ts';

/**
 * A valid article with one sourced step; `overrides` replace front-matter fields to make it invalid.
 * Unless `changes` is overridden, it records every step of `body` as checked on its lastVerified day.
 */
export function fixtureArticle(
	id: string,
	overrides: Record<string, unknown> = {},
	body = '## First step {#first-step}\n\nDo this.\n',
): ArticleSource {
	const steps = stepsOf(body).filter((step) => step.id !== '');
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
		...(steps.length > 0 && {
			changes: [
				{
					date: '2026-11-26',
					steps: Object.fromEntries(steps.map((step) => [step.id, stepHash(step)])),
					summary: 'Every step checked against its sources.',
				},
			],
		}),
		...overrides,
	});
	return { id, filePath: `content/${id}.mdx`, body, data };
}
