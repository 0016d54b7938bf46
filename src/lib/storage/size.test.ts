import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	explainSeparator,
	MAX_SIZE_BYTES,
	parseSize,
	rewriteSize,
	type DecimalMark,
	type SizeErrorCode,
} from './size.ts';

const KB = 10n ** 3n;
const MB = 10n ** 6n;
const GB = 10n ** 9n;
const TB = 10n ** 12n;
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
		{ input: '700 Byte', bytes: 700n },
		{ input: '2 gigas', bytes: 2n * GB },
		{ input: '500 megas', bytes: 500n * MB },
	])('reads "$input" as $bytes bytes', ({ input, bytes }) => {
		expect(parseSize(input, UP)).toEqual({ ok: true, value: bytes });
	});

	// A reader in Germany, Brazil or Spain types sizes as their iPhone shows them ("1,5 GB"). Only a lone
	// mark with three digits after it reads differently from a reader who writes "1.5".
	test.each<{ input: string; comma: bigint; dot: bigint }>([
		{ input: '1,5 GB', comma: 1_500_000_000n, dot: 1_500_000_000n },
		{ input: '1.5 GB', comma: 1_500_000_000n, dot: 1_500_000_000n },
		{ input: '12,34 GB', comma: 12_340_000_000n, dot: 12_340_000_000n },
		{ input: '1,500 GB', comma: 1_500_000_000n, dot: 1_500n * GB },
		{ input: '1.500 MB', comma: 1_500n * MB, dot: 1_500_000n },
		{ input: '0,500 GB', comma: 500n * MB, dot: 500n * MB },
		{ input: '1234,567 MB', comma: 1_234_567_000n, dot: 1_234_567_000n },
		{ input: '1.234,5 MB', comma: 1_234_500_000n, dot: 1_234_500_000n },
		{ input: '1.234.567 KB', comma: 1_234_567n * KB, dot: 1_234_567n * KB },
		{ input: '1 500 MB', comma: 1_500n * MB, dot: 1_500n * MB },
		{ input: '1\u202f500,5 MB', comma: 1_500_500_000n, dot: 1_500_500_000n },
		{ input: '8,2 GB', comma: 8_200_000_000n, dot: 8_200_000_000n },
	])(
		'reads "$input" as $comma bytes with a decimal comma, $dot with a decimal point',
		({ input, comma, dot }) => {
			expect(parseSize(input, { ...UP, decimalMark: ',' })).toEqual({ ok: true, value: comma });
			expect(parseSize(input, { ...UP, decimalMark: '.' })).toEqual({ ok: true, value: dot });
		},
	);

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

	// The storage check words each error in the page's language, quoting these parts of what was typed.
	test.each([
		{ input: '12', error: { code: 'missing-unit', typed: '12', number: '12', unit: '' } },
		{ input: '+1,8', error: { code: 'missing-unit', typed: '+1,8', number: '+1,8', unit: '' } },
		{ input: '', error: { code: 'empty', typed: '', number: '', unit: '' } },
		{ input: ' abc ', error: { code: 'not-a-number', typed: 'abc', number: '', unit: '' } },
		{ input: '-4 GB', error: { code: 'negative', typed: '-4 GB', number: '-4', unit: '' } },
		{ input: '4 XB', error: { code: 'unknown-unit', typed: '4 XB', number: '4', unit: 'XB' } },
		{ input: '2 PB', error: { code: 'too-large', typed: '2 PB', number: '2', unit: 'PB' } },
		{ input: '0 GB', error: { code: 'zero', typed: '0 GB', number: '0', unit: 'GB' } },
	])('says of "$input" what was wrong and what was typed', ({ input, error }) => {
		expect(parseSize(input, UP)).toEqual({ ok: false, error });
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

	test('reads a size without float error at every decimal place, with either decimal mark', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: 0n, max: 999_999_999_999n }),
				fc.integer({ min: 0, max: 12 }),
				fc.constantFrom<DecimalMark>('.', ','),
				(digits, places, decimalMark) => {
					const text = digits.toString().padStart(places + 1, '0');
					const typed =
						places === 0 ? text : `${text.slice(0, -places)}${decimalMark}${text.slice(-places)}`;
					// digits / 10^places TB, exactly, is digits × 10^(12 - places) bytes: no rounding is needed.
					const expected = digits * 10n ** BigInt(12 - places);
					fc.pre(expected <= MAX_SIZE_BYTES);
					expect(parseSize(`${typed} TB`, { ...DOWN_ZERO_OK, decimalMark })).toEqual({
						ok: true,
						value: expected,
					});
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('rewriteSize', () => {
	test.each([
		{ input: '1,5 GB', from: ',', to: '.', output: '1,5 GB' },
		{ input: '4 GB', from: ',', to: '.', output: '4 GB' },
		{ input: '1.500 MB', from: ',', to: '.', output: '1500 MB' },
		{ input: '1,500 GB', from: ',', to: '.', output: '1.5 GB' },
		{ input: '1,500 GB', from: '.', to: ',', output: '1500 GB' },
		{ input: '1.800 MB', from: '.', to: ',', output: '1,8 MB' },
		{ input: '001,500 GB', from: ',', to: '.', output: '001,500 GB' },
		{ input: '1,500', from: ',', to: '.', output: '1.5' },
		{ input: '1.5 GB', from: '.', to: '.', output: '1.5 GB' },
		{ input: 'abc', from: ',', to: '.', output: 'abc' },
	] as const)('writes "$input" from a "$from" reader for a "$to" reader as "$output"', (row) => {
		expect(rewriteSize(row.input, row.from, row.to)).toBe(row.output);
	});

	test('keeps the size: what one reader typed, rewritten, reads the same for the other', () => {
		const typedSize = fc
			.tuple(
				fc.integer({ min: 0, max: 999_999 }),
				fc.constantFrom('', '.', ',', ' '),
				fc.integer({ min: 0, max: 999 }),
				fc.constantFrom(' GB', 'MB', ' TB'),
			)
			.map(([whole, mark, part, unit]) => `${whole}${mark}${mark === '' ? '' : part}${unit}`);
		fc.assert(
			fc.property(
				typedSize,
				fc.constantFrom<DecimalMark>('.', ','),
				fc.constantFrom<DecimalMark>('.', ','),
				(typed, from, to) => {
					const outcome = (text: string, decimalMark: DecimalMark) => {
						const result = parseSize(text, { ...DOWN_ZERO_OK, decimalMark });
						return result.ok ? result.value : result.error.code;
					};
					expect(outcome(rewriteSize(typed, from, to), to)).toEqual(outcome(typed, from));
				},
			),
			{ numRuns: 1000 },
		);
	});
});

describe('explainSeparator', () => {
	test.each([
		{
			input: '1,800 MB',
			decimalMark: '.',
			note: { kind: 'commaThousands', read: '1800 MB', other: '1.8 MB' },
		},
		{
			input: '100,000 GB',
			decimalMark: '.',
			note: { kind: 'commaThousands', read: '100000 GB', other: '100 GB' },
		},
		{
			input: '1.800 MB',
			decimalMark: '.',
			note: { kind: 'dotDecimal', read: '1.8 MB', other: '1800 MB' },
		},
		{
			input: '1.250 gb',
			decimalMark: '.',
			note: { kind: 'dotDecimal', read: '1.25 gb', other: '1250 gb' },
		},
		{
			input: '1.500 MB',
			decimalMark: ',',
			note: { kind: 'dotThousands', read: '1500 MB', other: '1,5 MB' },
		},
		{
			input: '1,500 GB',
			decimalMark: ',',
			note: { kind: 'commaDecimal', read: '1,5 GB', other: '1500 GB' },
		},
	] as const)('explains how "$input" was read for a "$decimalMark" reader', (row) => {
		expect(explainSeparator(row.input, row.decimalMark)).toEqual(row.note);
	});

	test.each(['1,8 GB', '0,500 GB', '1800 MB', '1,8000 GB', '1,234,567 KB', '4 GB', ''])(
		'says nothing about "%s", which can only be read one way',
		(input) => {
			expect(explainSeparator(input, '.')).toBeUndefined();
			expect(explainSeparator(input, ',')).toBeUndefined();
		},
	);

	test('agrees with parseSize on the reading it describes', () => {
		for (const decimalMark of ['.', ','] as const)
			for (const input of ['1,800 MB', '1.800 MB']) {
				const note = explainSeparator(input, decimalMark);
				expect(parseSize(input, { ...UP, decimalMark })).toEqual(
					parseSize(note?.read ?? '', { ...UP, decimalMark }),
				);
			}
	});
});
