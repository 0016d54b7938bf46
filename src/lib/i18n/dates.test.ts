import { describe, expect, test } from 'vitest';
import { longDate } from './dates.ts';

describe('longDate', () => {
	const day = new Date('2026-11-26T23:30:00Z');
	test.each([
		['en', 'November 26, 2026'],
		['es', '26 de noviembre de 2026'],
		['pt-br', '26 de novembro de 2026'],
		['de', '26. November 2026'],
	] as const)('writes the day in full in %s, on the UTC date', (locale, expected) => {
		expect(longDate(day, locale)).toBe(expected);
		expect(longDate(day, locale)).toBe(expected);
	});
});
