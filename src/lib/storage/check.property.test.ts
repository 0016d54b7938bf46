import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkTypedSizes, parseBackupSize, parseFreeSpace } from './check.ts';
import type { DecimalMark } from './size.ts';

const MB = 10n ** 6n;
const GB = 10n ** 9n;
const TB = 10n ** 12n;

describe('parseBackupSize and parseFreeSpace', () => {
	test('round a part of a byte so that the verdict can only err towards "not enough"', () => {
		expect(parseBackupSize('0.0000000001 GB')).toEqual({ ok: true, value: 1n });
		expect(parseFreeSpace('2.0000000009 GB')).toEqual({ ok: true, value: 2n * GB });
	});

	test('refuse a backup of 0 but accept free space of 0', () => {
		expect(parseBackupSize('0 GB')).toEqual({
			ok: false,
			error: expect.objectContaining({ code: 'zero' }),
		});
		expect(parseFreeSpace('0 GB')).toEqual({ ok: true, value: 0n });
		expect(parseFreeSpace('0')).toEqual({
			ok: false,
			error: expect.objectContaining({ code: 'missing-unit' }),
		});
	});

	// The end-to-end promise: whatever decimal the reader types, rounding can never turn "not enough" into "enough".
	const units = fc.constantFrom(
		{ text: 'KB', bytes: 10n ** 3n },
		{ text: 'MB', bytes: MB },
		{ text: 'GB', bytes: GB },
		{ text: 'GiB', bytes: 2n ** 30n },
		{ text: 'TB', bytes: TB },
	);
	/** A size as typed ("12.0345 GB") and its exact value in bytes as a fraction, numerator / denominator. */
	const toTyped = (
		digits: bigint,
		places: number,
		unit: { text: string; bytes: bigint },
		decimalMark: DecimalMark,
	) => {
		const text = digits.toString().padStart(places + 1, '0');
		const number =
			places === 0 ? text : `${text.slice(0, -places)}${decimalMark}${text.slice(-places)}`;
		return {
			typed: `${number} ${unit.text}`,
			numerator: digits * unit.bytes,
			denominator: 10n ** BigInt(places),
		};
	};
	/** Sizes as typed by a reader who writes `decimalMark` as their decimal mark. */
	function typedWith(decimalMark: DecimalMark) {
		const typedSize = fc
			.record({
				digits: fc.bigInt({ min: 0n, max: 10n ** 12n }),
				places: fc.integer({ min: 0, max: 14 }),
				unit: units,
			})
			.map(({ digits, places, unit }) => toTyped(digits, places, unit, decimalMark));
		// Free space typed within a few units of the last digit of exactly 2.05 × the backup, in the backup's unit.
		const typedSizes = fc
			.record({
				digits: fc.bigInt({ min: 1n, max: 10n ** 12n }),
				places: fc.integer({ min: 0, max: 12 }),
				unit: units,
			})
			.chain(({ digits, places, unit }) => {
				const nearBoundary = fc
					.bigInt({ min: -3n, max: 3n })
					.map((delta) =>
						toTyped(
							digits * 205n + delta < 0n ? 0n : digits * 205n + delta,
							places + 2,
							unit,
							decimalMark,
						),
					);
				const free = fc.oneof(nearBoundary, typedSize);
				return fc.tuple(fc.constant(toTyped(digits, places, unit, decimalMark)), free, free);
			});
		return fc.oneof(typedSizes, fc.tuple(typedSize, typedSize, typedSize));
	}

	test.each<DecimalMark>(['.', ','])(
		'never says enough for sizes typed with "%s" whose exact values are short',
		(decimalMark) => {
			// The claim is about the "enough" answers: a run that drew none would pass and prove nothing.
			let enoughAnswers = 0;
			fc.assert(
				fc.property(typedWith(decimalMark), ([backup, icloud, iphone]) => {
					const check = checkTypedSizes(
						{ backup: backup.typed, icloud: icloud.typed, iphone: iphone.typed },
						decimalMark,
					);
					fc.pre(check.kind === 'answer');
					if (check.kind !== 'answer' || check.answer.verdict !== 'enough') return;
					enoughAnswers += 1;
					const roomIn = (free: typeof icloud) =>
						free.numerator * backup.denominator * 100n >=
						backup.numerator * free.denominator * 205n;
					expect(roomIn(icloud) && roomIn(iphone)).toBe(true);
				}),
				{ numRuns: 1500 },
			);
			expect(enoughAnswers, '"enough" answers drawn').toBeGreaterThan(0);
		},
	);
});
