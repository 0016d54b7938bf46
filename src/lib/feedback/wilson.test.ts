import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wilsonInterval } from './wilson.ts';

describe('wilsonInterval', () => {
	// Reference values found independently of the closed form: the roots p of |x/n − p| = z·√(p(1−p)/n),
	// solved by bisection.
	test.each([
		{ successes: 8, total: 10, low: 0.4901625, high: 0.9433178 },
		{ successes: 0, total: 10, low: 0, high: 0.2775328 },
		{ successes: 10, total: 10, low: 0.7224672, high: 1 },
		{ successes: 1, total: 1, low: 0.2065493, high: 1 },
		{ successes: 50, total: 100, low: 0.4038315, high: 0.5961685 },
		{ successes: 81, total: 263, low: 0.2552885, high: 0.3662096 },
	])('$successes of $total gives $low to $high', ({ successes, total, low, high }) => {
		const interval = wilsonInterval(successes, total);
		expect(interval?.share).toBeCloseTo(successes / total, 10);
		expect(interval?.low).toBeCloseTo(low, 4);
		expect(interval?.high).toBeCloseTo(high, 4);
	});

	test('has nothing to say about no answers', () => {
		expect(wilsonInterval(0, 0)).toBeUndefined();
	});

	test.each([
		[-1, 3],
		[4, 3],
		[1.5, 3],
		[1, Number.NaN],
	])('refuses %d of %d', (successes, total) => {
		expect(() => wilsonInterval(successes, total)).toThrow(RangeError);
	});

	test('always holds the share, stays within 0..1, and narrows as answers grow', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 5000 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(total, fraction) => {
					const successes = Math.round(fraction * total);
					const interval = wilsonInterval(successes, total);
					const more = wilsonInterval(successes * 4, total * 4);
					if (!interval || !more) return false;
					return (
						interval.low >= 0 &&
						interval.high <= 1 &&
						interval.low <= interval.share + 1e-12 &&
						interval.share <= interval.high + 1e-12 &&
						more.high - more.low < interval.high - interval.low
					);
				},
			),
		);
	});
});
