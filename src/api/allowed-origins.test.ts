import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL } from '../lib/site/site.ts';
import { parseAllowedOrigins } from './app.ts';

const SITE = DEFAULT_SITE_URL;

describe('parseAllowedOrigins', () => {
	test.each([
		{ input: undefined, expected: [SITE] },
		{ input: '', expected: [SITE] },
		{ input: ' , ', expected: [SITE] },
		{ input: 'https://a.example/', expected: ['https://a.example'] },
		{
			input: 'https://a.example, http://localhost:4321',
			expected: ['https://a.example', 'http://localhost:4321'],
		},
	])('returns $expected for "$input"', ({ input, expected }) => {
		expect(parseAllowedOrigins(input)).toEqual(expected);
	});
});
