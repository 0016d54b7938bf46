import { describe, expect, test } from 'vitest';
import { toEpochMs, toPlainText } from './report.ts';

const NOW = Date.UTC(2026, 4, 12, 18, 0);

describe('toPlainText', () => {
	test.each([
		{
			title: 'a plain sentence',
			input: 'Users may be affected.',
			expected: 'Users may be affected.',
		},
		{ title: 'U+2028 and U+2029', input: 'one\u2028two\u2029three', expected: 'one two three' },
		{ title: 'newlines, tabs and runs of spaces', input: ' a\n\n b\t\tc  ', expected: 'a b c' },
		{
			title: 'control and bidi-override characters',
			input: 'a\u0000b\u202Ec\u0007',
			expected: 'a b c',
		},
		{ title: 'markup, kept as text', input: '<b>x</b>', expected: '<b>x</b>' },
		{ title: 'a number', input: 42, expected: '' },
		{ title: 'null', input: null, expected: '' },
	])('returns "$expected" for $title', ({ input, expected }) => {
		expect(toPlainText(input, 300)).toBe(expected);
	});

	test('caps long text at the limit with an ellipsis', () => {
		const text = toPlainText('word '.repeat(100), 20);
		expect(text).toBe('word word word word…');
		expect(Array.from(text)).toHaveLength(20);
	});

	test('never splits an emoji when capping', () => {
		expect(toPlainText('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
	});

	test('caps a 100 KB message without scanning all of it', () => {
		expect(Array.from(toPlainText('A'.repeat(100_000), 300))).toHaveLength(300);
	});
});

describe('toEpochMs', () => {
	test.each([
		{ input: 1778604000000, expected: 1778604000000 },
		{ input: NOW + 300 * 24 * 3600 * 1000, expected: NOW + 300 * 24 * 3600 * 1000 },
		{ input: NOW + 400 * 24 * 3600 * 1000, expected: null },
		{ input: 0, expected: null },
		{ input: -1, expected: null },
		{ input: Number.NaN, expected: null },
		{ input: Number.POSITIVE_INFINITY, expected: null },
		{ input: '1778604000000', expected: null },
	])('returns $expected for $input', ({ input, expected }) => {
		expect(toEpochMs(input, NOW)).toBe(expected);
	});
});
