import { describe, expect, test } from 'vitest';
import { headingsOf, stepsOf } from './markdown.ts';

const body = [
	'Intro line.',
	'## Turn *it* on {#turn-on}',
	'1. Open Settings.',
	'```md',
	'## Not a heading',
	'```',
	'### Detail {#detail}',
	'## No id here',
	'See [the other page](/other/).',
].join('\n');

describe('headingsOf', () => {
	test('returns each heading with its explicit id and line, and ignores code fences', () => {
		expect(headingsOf(body)).toEqual([
			{ depth: 2, text: 'Turn *it* on', id: 'turn-on', line: 2 },
			{ depth: 3, text: 'Detail', id: 'detail', line: 7 },
			{ depth: 2, text: 'No id here', id: undefined, line: 8 },
		]);
	});
});

describe('stepsOf', () => {
	test('returns the ## steps with their titles as the page shows them and the lines under each', () => {
		expect(stepsOf(body)).toEqual([
			{
				id: 'turn-on',
				title: 'Turn it on',
				line: 2,
				lines: ['1. Open Settings.', '```md', '## Not a heading', '```', '### Detail {#detail}'],
			},
			{ id: '', title: 'No id here', line: 8, lines: ['See [the other page](/other/).'] },
		]);
	});
});
