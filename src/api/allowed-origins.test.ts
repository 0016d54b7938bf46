import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_ORIGIN } from '../lib/status/sources.ts';
import { parseAllowedOrigins } from './handler.ts';

const SITE = DEFAULT_SITE_ORIGIN;

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
