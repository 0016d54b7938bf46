import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	explainSeparator,
	formatBytes,
	MAX_SIZE_BYTES,
	parseSize,
	type SizeErrorCode,
} from './size.ts';

const KB = 10n ** 3n;
const MB = 10n ** 6n;
const GB = 10n ** 9n;
const TB = 10n ** 12n;
// Intl puts a no-break space (U+00A0 or U+202F, depending on locale and ICU version) before the unit.
const withPlainSpaces = (text: string) => text.replace(/\s/gu, ' ');
const UP = { rounding: 'up', allowZero: false } as const;
const DOWN_ZERO_OK = { rounding: 'down', allowZero: true } as const;

describe('parseSize', () => {
	test.each([
		{ input: '4 GB', bytes: 4n * GB },
		{ input: '4GB', bytes: 4n * GB },
		{ input: '4.2 gb', bytes: 4_200_000_000n },
		{ input: '850 MB', bytes: 850n * MB },
		{ input: '1,8 GB', bytes: 1_800_000_000n },
		{ input: '1,800 MB', bytes: 1_800n * MB },
		{ input: '0.5 TB', bytes: 500n * GB },
		{ input: '2048 MB', bytes: 2_048n * MB },
		{ input: '700 KB', bytes: 700n * KB },
		{ input: '700 kb', bytes: 700n * KB },
		{ input: '700 kB', bytes: 700n * KB },
		{ input: '12 TB', bytes: 12n * TB },
		{ input: '  4 GB  ', bytes: 4n * GB },
		{ input: '4  GB', bytes: 4n * GB },
		{ input: '4\u00a0GB', bytes: 4n * GB },
		{ input: '4G', bytes: 4n * GB },
		{ input: '850 m', bytes: 850n * MB },
		{ input: '1 T', bytes: TB },
		{ input: '500 bytes', bytes: 500n },
		{ input: '1 B', bytes: 1n },
		{ input: '4 gigabytes', bytes: 4n * GB },
		{ input: '8,2 Go', bytes: 8_200_000_000n },
		{ input: '850 Mo', bytes: 850n * MB },
		{ input: '４ＧＢ', bytes: 4n * GB },
		{ input: '+4 GB', bytes: 4n * GB },
		{ input: '1 GiB', bytes: 1_073_741_824n },
		{ input: '4 gib', bytes: 4n * 1_073_741_824n },
		{ input: '1.5 GiB', bytes: 1_610_612_736n },
		{ input: '512 MiB', bytes: 536_870_912n },
		{ input: '1 KiB', bytes: 1_024n },
		{ input: '1 TiB', bytes: 1_099_511_627_776n },
		{ input: '0,500 GB', bytes: 500n * MB },
		{ input: '1234,567 MB', bytes: 1_234_567_000n },
		{ input: '1,80 GB', bytes: 1_800_000_000n },
		{ input: '1,8000 GB', bytes: 1_800_000_000n },
		{ input: '1,234,567 KB', bytes: 1_234_567n * KB },
		{ input: '12,34,567 B', bytes: 1_234_567n },
		{ input: '1,234.5 MB', bytes: 1_234_500_000n },
		{ input: '1.234,5 MB', bytes: 1_234_500_000n },
		{ input: '1 800 MB', bytes: 1_800n * MB },
		{ input: '1\u202f800,5 Mo', bytes: 1_800_500_000n },
		{ input: "1'800 MB", bytes: 1_800n * MB },
		{ input: '.5 GB', bytes: 500n * MB },
		{ input: ',5 GB', bytes: 500n * MB },
		{ input: '5. GB', bytes: 5n * GB },
		{ input: '1.800 MB', bytes: 1_800_000n },
		{ input: '1 PB', bytes: MAX_SIZE_BYTES },
		{ input: '0.000000001 GB', bytes: 1n },
	])('reads "$input" as $bytes bytes', ({ input, bytes }) => {
		expect(parseSize(input, UP)).toEqual({ ok: true, value: bytes });
	});

	test.each<{ input: string; code: SizeErrorCode }>([
		{ input: '', code: 'empty' },
		{ input: '   ', code: 'empty' },
		{ input: '-4 GB', code: 'negative' },
		{ input: '−4 GB', code: 'negative' },
		{ input: '-0 GB', code: 'negative' },
		{ input: 'abc', code: 'not-a-number' },
		{ input: 'GB', code: 'not-a-number' },
		{ input: '1e3 GB', code: 'not-a-number' },
		{ input: '4..2 GB', code: 'not-a-number' },
		{ input: '4,,2 GB', code: 'not-a-number' },
		{ input: '4.2.1 GB', code: 'not-a-number' },
		{ input: '1,2,3 GB', code: 'not-a-number' },
		{ input: '1,234,5678 MB', code: 'not-a-number' },
		{ input: '1.234.5 GB', code: 'not-a-number' },
		{ input: '1,234.567,8 GB', code: 'not-a-number' },
		{ input: '0,123,456 MB', code: 'not-a-number' },
		{ input: '4 2 GB', code: 'not-a-number' },
		{ input: '. GB', code: 'not-a-number' },
		{ input: 'Infinity GB', code: 'not-a-number' },
		{ input: 'NaN', code: 'not-a-number' },
		{ input: '0x10 GB', code: 'not-a-number' },
		{ input: '4 GB!', code: 'not-a-number' },
		{ input: '4 GB 2 MB', code: 'not-a-number' },
		{ input: '12', code: 'missing-unit' },
		{ input: '4,2', code: 'missing-unit' },
		{ input: '4 XB', code: 'unknown-unit' },
		{ input: '4 constructor', code: 'unknown-unit' },
		{ input: '4 gbs', code: 'unknown-unit' },
		{ input: '2 PB', code: 'too-large' },
		{ input: '1000.000000000001 TB', code: 'too-large' },
		{ input: '1 PiB', code: 'too-large' },
		{ input: '99999999999999999999 GB', code: 'too-large' },
		{ input: '0 GB', code: 'zero' },
		{ input: '0,0 MB', code: 'zero' },
		{ input: `${'1'.repeat(41)} B`, code: 'too-long' },
	])('refuses "$input" with code $code', ({ input, code }) => {
		const result = parseSize(input, UP);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe(code);
	});

	// Error text is a contract with support tooling and the articles that quote it.
	test.each([
		{ input: '12', message: 'Add a unit to "12", e.g. 12 GB.' },
		{ input: '1,8', message: 'Add a unit to "1,8", e.g. 1,8 GB.' },
		{ input: '', message: 'Enter a size, e.g. 4.2 GB.' },
		{ input: 'abc', message: '"abc" is not a size. Type a number and a unit, e.g. 4.2 GB.' },
		{
			input: '-4 GB',
			message: 'A size can’t be below zero. Type the number without a minus sign, e.g. 4.2 GB.',
		},
		{
			input: '4 XB',
			message: '"XB" is not a unit this check knows. Use KB, MB, GB or TB, e.g. 4 GB.',
		},
		{
			input: '2 PB',
			message:
				'"2 PB" is more than 1 PB, far more than any iPhone or iCloud plan holds. Check the number and the unit.',
		},
		{ input: '0 GB', message: 'Enter a size larger than 0, e.g. 4.2 GB.' },
		{
			input: 'x'.repeat(41),
			message: 'That is too long for a size. Type a number and a unit, e.g. 4.2 GB.',
		},
	])('explains "$input" as: $message', ({ input, message }) => {
		expect(parseSize(input, UP)).toEqual({
			ok: false,
			error: expect.objectContaining({ message }),
		});
	});

	test('rounds a part of a byte up when asked to', () => {
		expect(parseSize('0.0000000001 GB', UP)).toEqual({ ok: true, value: 1n });
		expect(parseSize('1.0000000001 GB', UP)).toEqual({ ok: true, value: GB + 1n });
	});

	test('rounds a part of a byte down when asked to', () => {
		expect(parseSize('1.0000000009 GB', DOWN_ZERO_OK)).toEqual({ ok: true, value: GB });
		expect(parseSize('0.0000000001 GB', DOWN_ZERO_OK)).toEqual({ ok: true, value: 0n });
	});

	test('accepts 0 only when zero is allowed', () => {
		expect(parseSize('0 GB', DOWN_ZERO_OK)).toEqual({ ok: true, value: 0n });
		expect(parseSize('0 GB', UP).ok).toBe(false);
	});

	test('rounds up by default and refuses 0 by default', () => {
		expect(parseSize('0.0000000001 GB')).toEqual({ ok: true, value: 1n });
		expect(parseSize('0 GB').ok).toBe(false);
	});

	test('reads a size without float error at every decimal place', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: 0n, max: 999_999_999_999n }),
				fc.integer({ min: 0, max: 12 }),
				(digits, places) => {
					const text = digits.toString().padStart(places + 1, '0');
					const typed = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
					// digits / 10^places TB, exactly, is digits × 10^(12 - places) bytes: no rounding is needed.
					const expected = digits * 10n ** BigInt(12 - places);
					fc.pre(expected <= MAX_SIZE_BYTES);
					expect(parseSize(`${typed} TB`, DOWN_ZERO_OK)).toEqual({ ok: true, value: expected });
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('formatBytes', () => {
	test.each([
		{ bytes: 0n, rounding: 'up', text: '0 bytes' },
		{ bytes: 1n, rounding: 'up', text: '1 byte' },
		{ bytes: 999n, rounding: 'up', text: '999 bytes' },
		{ bytes: 1_000n, rounding: 'up', text: '1 kB' },
		{ bytes: 850n * MB, rounding: 'nearest', text: '850 MB' },
		{ bytes: 4_200_000_000n, rounding: 'nearest', text: '4.2 GB' },
		{ bytes: 8_610_000_000n, rounding: 'up', text: '8.61 GB' },
		{ bytes: 8_610_000_001n, rounding: 'up', text: '8.62 GB' },
		{ bytes: 8_619_999_999n, rounding: 'down', text: '8.61 GB' },
		{ bytes: 12_345_000_000n, rounding: 'up', text: '12.4 GB' },
		{ bytes: 123_456_000_000n, rounding: 'down', text: '123 GB' },
		{ bytes: 999_600_000_000n, rounding: 'up', text: '1 TB' },
		{ bytes: 999_600_000_000n, rounding: 'down', text: '999 GB' },
		{ bytes: 100_000_001n, rounding: 'up', text: '101 MB' },
		{ bytes: 2n * TB, rounding: 'nearest', text: '2 TB' },
		{ bytes: MAX_SIZE_BYTES, rounding: 'up', text: '1000 TB' },
	] as const)('writes $bytes bytes rounded $rounding as "$text"', ({ bytes, rounding, text }) => {
		expect(formatBytes(bytes, 'en', rounding)).toBe(text);
	});

	test.each([
		{ locale: 'de', text: '8,61 GB' },
		{ locale: 'fr', text: '8,61 Go' },
		{ locale: 'en-GB', text: '8.61 GB' },
	])('uses the decimal mark and unit of $locale', ({ locale, text }) => {
		expect(withPlainSpaces(formatBytes(8_610_000_000n, locale))).toBe(text);
	});

	test('falls back to the default locale for a malformed locale tag instead of throwing', () => {
		expect(() => formatBytes(4n * GB, 'not a locale!')).not.toThrow();
	});

	// Readers copy figures back into the form, so what we show must read back on the safe side of the truth.
	// Locales whose unit names parseSize knows; Japanese, for one, writes bytes as バイト.
	const LOCALES = ['en', 'en-GB', 'en-IN', 'de', 'fr', 'es', 'it', 'nl', 'sv', 'pt-BR', 'da', 'nb'];
	test('never shows less than the truth when rounding up, in any of several locales', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: 0n, max: MAX_SIZE_BYTES }),
				fc.constantFrom(...LOCALES),
				(bytes, locale) => {
					const shown = parseSize(formatBytes(bytes, locale, 'up'), DOWN_ZERO_OK);
					expect(shown.ok && shown.value >= bytes).toBe(true);
				},
			),
			{ numRuns: 2000 },
		);
	});

	test('never shows more than the truth when rounding down, in any of several locales', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: 0n, max: MAX_SIZE_BYTES }),
				fc.constantFrom(...LOCALES),
				(bytes, locale) => {
					const shown = parseSize(formatBytes(bytes, locale, 'down'), DOWN_ZERO_OK);
					expect(shown.ok && shown.value <= bytes).toBe(true);
				},
			),
			{ numRuns: 2000 },
		);
	});

	test('stays within 1% of the truth', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 1n, max: MAX_SIZE_BYTES }), (bytes) => {
				const shown = parseSize(formatBytes(bytes, 'en', 'up'), DOWN_ZERO_OK);
				expect(shown.ok && (shown.value - bytes) * 100n <= bytes).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('explainSeparator', () => {
	test.each([
		{
			input: '1,800 MB',
			note: 'Read as 1800 MB (the comma separates thousands). For 1.8 MB, type 1.8 MB.',
		},
		{
			input: '100,000 GB',
			note: 'Read as 100000 GB (the comma separates thousands). For 100 GB, type 100 GB.',
		},
		{
			input: '1.800 MB',
			note: 'Read as 1.8 MB (the dot is a decimal mark). For 1800 MB, type 1800 MB.',
		},
		{
			input: '1.250 gb',
			note: 'Read as 1.25 gb (the dot is a decimal mark). For 1250 gb, type 1250 gb.',
		},
	])('explains how "$input" was read', ({ input, note }) => {
		expect(explainSeparator(input)).toBe(note);
	});

	test.each(['1,8 GB', '0,500 GB', '1800 MB', '1,8000 GB', '1,234,567 KB', '4 GB', ''])(
		'says nothing about "%s", which can only be read one way',
		(input) => {
			expect(explainSeparator(input)).toBeUndefined();
		},
	);

	test('agrees with parseSize on the reading it describes', () => {
		expect(parseSize('1,800 MB')).toEqual({ ok: true, value: 1_800n * MB });
		expect(parseSize('1.800 MB')).toEqual({ ok: true, value: 1_800_000n });
	});
});
