import { describe, expect, test } from 'vitest';
import { buildDay, formatDay, parseDay, splitOnDate, tenseOn } from './dated-fact.ts';

describe('parseDay', () => {
	test('returns midnight UTC for a real day', () => {
		expect(parseDay('2026-11-30')).toEqual(new Date('2026-11-30T00:00:00Z'));
	});

	test.each(['30 November 2026', '2026-11-31', '2026-2-3', ''])(
		'refuses %j with a message saying how to write it',
		(text) => {
			expect(() => parseDay(text)).toThrow(
				`date "${text}" is not a day: write it as YYYY-MM-DD, e.g. 2026-11-30.`,
			);
		},
	);
});

describe('buildDay', () => {
	test('returns BUILD_DATE when it is set', () => {
		expect(buildDay('2027-01-15')).toEqual(new Date('2027-01-15T00:00:00Z'));
	});

	test('returns today in UTC, without the time, when BUILD_DATE is not set', () => {
		expect(buildDay(undefined, new Date('2026-12-01T23:59:00Z'))).toEqual(
			new Date('2026-12-01T00:00:00Z'),
		);
	});

	test('names BUILD_DATE when it is malformed', () => {
		expect(() => buildDay('tomorrow')).toThrow('BUILD_DATE "tomorrow" is not a day');
	});
});

describe('tenseOn', () => {
	const deadline = parseDay('2026-11-30');
	test.each([
		{ day: '2026-11-29', expected: 'upcoming' },
		{ day: '2026-11-30', expected: 'past' },
		{ day: '2026-12-01', expected: 'past' },
	])('returns $expected when built on $day', ({ day, expected }) => {
		expect(tenseOn(deadline, parseDay(day))).toBe(expected);
	});
});

describe('formatDay and splitOnDate', () => {
	test.each([
		{ locale: 'en', text: '30 November 2026' },
		{ locale: 'es', text: '30 de noviembre de 2026' },
		{ locale: 'pt-br', text: '30 de novembro de 2026' },
		{ locale: 'de', text: '30. November 2026' },
	] as const)('formats a day as $locale readers write it: $text', ({ locale, text }) => {
		expect(formatDay(parseDay('2026-11-30'), locale)).toBe(text);
	});

	test('splits a sentence around its {date} placeholder', () => {
		expect(splitOnDate('Needed since {date}.')).toEqual({
			before: 'Needed since ',
			after: '.',
			hasDate: true,
		});
		expect(splitOnDate('No date here.')).toEqual({
			before: 'No date here.',
			after: '',
			hasDate: false,
		});
	});
});
