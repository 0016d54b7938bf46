import { describe, expect, test } from 'vitest';
import { correctWord, correctWords, editDistance, toVocabulary } from './spelling.ts';

const vocabulary = toVocabulary([
	'backup',
	'icloud',
	'iphone',
	'storage',
	'restart',
	'cloud',
	'whatsapp',
]);

describe('editDistance', () => {
	test.each([
		{ a: 'iphone', b: 'iphone', distance: 0 },
		{ a: 'iphnoe', b: 'iphone', distance: 1 },
		{ a: 'storgae', b: 'storage', distance: 1 },
		{ a: 'watsapp', b: 'whatsapp', distance: 1 },
		{ a: 'icould', b: 'icloud', distance: 2 },
		{ a: 'kitten', b: 'sitting', distance: 3 },
	])(
		'counts one edit per insertion, deletion, substitution or swap of neighbours: $a → $b',
		({ a, b, distance }) => {
			expect(editDistance(a, b)).toBe(distance);
		},
	);

	test('stops past the limit it is given', () => {
		expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
	});
});

describe('correctWord', () => {
	test.each([
		{ word: 'iphnoe', expected: 'iphone' },
		{ word: 'icould', expected: 'icloud' },
		{ word: 'storgae', expected: 'storage' },
		{ word: 'Restrat', expected: 'restart' },
	])('corrects $word to the nearest word the site uses', ({ word, expected }) => {
		expect(correctWord(word, vocabulary)).toBe(expected);
	});

	test.each(['backup', 'BACKUP', '12', '3gb', 'zzqxv', 'wifi', 'abc'])(
		'leaves alone a known word, a number, or one nothing is near: %s',
		(word) => {
			expect(correctWord(word, vocabulary)).toBeUndefined();
		},
	);

	test('prefers the more frequent of two equally near words', () => {
		expect(correctWord('clouz', toVocabulary(['cloud', 'clout']))).toBe('cloud');
		expect(correctWord('clouz', toVocabulary(['clout', 'cloud']))).toBe('clout');
	});
});

describe('correctWords', () => {
	test('says whether anything changed', () => {
		expect(correctWords(['restart', 'iphnoe'], vocabulary)).toEqual({
			words: ['restart', 'iphone'],
			changed: true,
		});
		expect(correctWords(['restart', 'iphone'], vocabulary)).toEqual({
			words: ['restart', 'iphone'],
			changed: false,
		});
	});
});
