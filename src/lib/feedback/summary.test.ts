import { describe, expect, test } from 'vitest';
import { formatReport, summarise } from './summary.ts';

const votes = [
	{
		article: 'restart-iphone',
		fixed: 8,
		notFixed: 2,
		steps: [
			{ step: 'restart-home-button', count: 1 },
			{ step: 'restart-face-id', count: 5 },
		],
	},
	{ article: 'back-up-now', fixed: 0, notFixed: 3, steps: [] },
	{ article: 'leave-videos-out', fixed: 0, notFixed: 0, steps: [] },
];

describe('summarise', () => {
	test('gives counts, the share fixed with its Wilson interval, and the steps most named first', () => {
		expect(summarise(votes)).toEqual([
			{
				article: 'back-up-now',
				fixed: 0,
				notFixed: 3,
				total: 3,
				shareFixed: 0,
				interval95: { low: 0, high: 0.5615 },
				steps: [],
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
			},
		]);
	});
});

describe('formatReport', () => {
	test('prints one block per article, in words and percentages', () => {
		expect(formatReport(summarise(votes), 'data/feedback.sqlite')).toBe(
			[
				'Feedback in data/feedback.sqlite: 13 votes on 2 articles.',
				'',
				'back-up-now',
				'  fixed 0, not fixed 3: 0 % fixed (95 % interval 0 % to 56 %)',
				'  steps that fixed it: none named',
				'restart-iphone',
				'  fixed 8, not fixed 2: 80 % fixed (95 % interval 49 % to 94 %)',
				'  steps that fixed it: restart-face-id 5, restart-home-button 1',
				'',
			].join('\n'),
		);
	});

	test('says so when there are no votes', () => {
		expect(formatReport([], 'x.sqlite')).toBe('No votes yet in x.sqlite.\n');
	});
});
