import { describe, expect, test } from 'vitest';
import { checkArticles } from './content-checks.ts';
import { fixtureArticle } from '../../../tests/support/article-fixture.ts';

describe('checkArticles and button labels', () => {
	test.each([
		{
			name: 'a button label that takes the anchor of a message',
			articles: [
				fixtureArticle('a', {
					errors: [
						{
							id: 'keep-on-iphone',
							message: 'Stuck at 0%',
							where: 'whatsapp',
							step: 'first-step',
							exact: false,
						},
					],
				}),
				fixtureArticle('b', {
					order: 2,
					labels: [
						{
							id: 'keep-on-iphone',
							label: 'Keep on iPhone',
							where: 'ios',
							step: 'first-step',
							exact: false,
						},
					],
				}),
			],
			problem:
				'content/b.mdx: labels[0].id "keep-on-iphone" is already used by content/a.mdx; every message and label needs its own anchor on /errors/.',
		},
		{
			name: 'an exact label with no page that shows it',
			articles: [
				fixtureArticle('a', {
					labels: [{ id: 'turn-on', label: 'Turn on', where: 'whatsapp', step: 'first-step' }],
				}),
			],
			problem:
				'content/a.mdx: labels[0].quotedFrom: "Turn on" is marked exact, so give the address of the official page or first-hand report that records the wording (or set exact: false).',
		},
		{
			name: 'a label that points to a step the article does not have',
			articles: [
				fixtureArticle('a', {
					labels: [
						{ id: 'turn-on', label: 'Turn on', where: 'whatsapp', step: 'gone', exact: false },
					],
				}),
			],
			problem:
				'content/a.mdx: the label "Turn on" points to step "gone", which this article does not have.',
		},
	])('reports $name', ({ articles, problem }) => {
		expect(checkArticles(articles)).toContain(problem);
	});

	test('accepts a label quoted from an official source the article lists', () => {
		const label = {
			id: 'turn-on',
			label: 'Turn on',
			where: 'whatsapp',
			step: 'first-step',
			quotedFrom: 'https://support.apple.com/en-ae/102119',
		};
		expect(checkArticles([fixtureArticle('a', { labels: [label] })])).toEqual([]);
	});
});
