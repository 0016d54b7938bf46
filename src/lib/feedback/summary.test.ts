import { describe, expect, test } from 'vitest';
import { formatReport, summarise, type ArticleVotes } from './summary.ts';

const votes: ArticleVotes[] = [
	{
		article: 'restart-iphone',
		fixed: 8,
		notFixed: 2,
		steps: [
			{ step: 'restart-home-button', count: 1 },
			{ step: 'restart-face-id', count: 5 },
		],
		// As the database lists them (by code); the report puts English first, as the site does.
		languages: [
			{ lang: 'es', fixed: 3, notFixed: 1, steps: [{ step: 'restart-face-id', count: 2 }] },
			{
				lang: 'en',
				fixed: 5,
				notFixed: 1,
				steps: [
					{ step: 'restart-home-button', count: 1 },
					{ step: 'restart-face-id', count: 3 },
				],
			},
		],
	},
	{
		article: 'back-up-now',
		fixed: 0,
		notFixed: 3,
		steps: [],
		languages: [{ lang: 'de', fixed: 0, notFixed: 3, steps: [] }],
	},
	{ article: 'leave-videos-out', fixed: 0, notFixed: 0, steps: [], languages: [] },
];

describe('summarise', () => {
	test('gives counts, the share fixed with its Wilson interval, and the steps most named first, over all languages and in each', () => {
		expect(summarise(votes)).toEqual([
			{
				article: 'back-up-now',
				fixed: 0,
				notFixed: 3,
				total: 3,
				shareFixed: 0,
				interval95: { low: 0, high: 0.5615 },
				steps: [],
				languages: [
					{
						lang: 'de',
						fixed: 0,
						notFixed: 3,
						total: 3,
						shareFixed: 0,
						interval95: { low: 0, high: 0.5615 },
						steps: [],
					},
				],
			},
			{
				article: 'restart-iphone',
				fixed: 8,
				notFixed: 2,
				total: 10,
				shareFixed: 0.8,
				interval95: { low: 0.4902, high: 0.9433 },
				steps: [
					{ step: 'restart-face-id', count: 5 },
					{ step: 'restart-home-button', count: 1 },
				],
				languages: [
					{
						lang: 'en',
						fixed: 5,
						notFixed: 1,
						total: 6,
						shareFixed: 0.8333,
						interval95: { low: 0.4365, high: 0.9699 },
						steps: [
							{ step: 'restart-face-id', count: 3 },
							{ step: 'restart-home-button', count: 1 },
						],
					},
					{
						lang: 'es',
						fixed: 3,
						notFixed: 1,
						total: 4,
						shareFixed: 0.75,
						interval95: { low: 0.3006, high: 0.9544 },
						steps: [{ step: 'restart-face-id', count: 2 }],
					},
				],
			},
		]);
	});
});

describe('formatReport', () => {
	test('prints one block per article, in words and percentages: all languages, then each', () => {
		expect(formatReport(summarise(votes), 'data/feedback.sqlite')).toBe(
			[
				'Feedback in data/feedback.sqlite: 13 votes on 2 articles.',
				'By language: en 6, es 4, de 3.',
				'',
				'back-up-now',
				'  all languages: fixed 0, not fixed 3: 0 % fixed (95 % interval 0 % to 56 %)',
				'    steps that fixed it: none named',
				'  de: fixed 0, not fixed 3: 0 % fixed (95 % interval 0 % to 56 %)',
				'    steps that fixed it: none named',
				'restart-iphone',
				'  all languages: fixed 8, not fixed 2: 80 % fixed (95 % interval 49 % to 94 %)',
				'    steps that fixed it: restart-face-id 5, restart-home-button 1',
				'  en: fixed 5, not fixed 1: 83 % fixed (95 % interval 44 % to 97 %)',
				'    steps that fixed it: restart-face-id 3, restart-home-button 1',
				'  es: fixed 3, not fixed 1: 75 % fixed (95 % interval 30 % to 95 %)',
				'    steps that fixed it: restart-face-id 2',
				'',
			].join('\n'),
		);
	});

	test('says so when there are no votes', () => {
		expect(formatReport([], 'x.sqlite')).toBe('No votes yet in x.sqlite.\n');
	});
});
