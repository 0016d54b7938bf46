/**
 * The Wilson score interval for a share of yes answers. Hand-written: it is one formula, and a
 * statistics library would weigh more than this whole module.
 * Wilson (1927); unlike the normal approximation it stays inside 0..1 and works for small counts.
 */

/** The z value for a two-sided 95 % interval. */
const Z_95 = 1.959963984540054;

/** A share with its interval; every number is between 0 and 1. */
export interface ShareInterval {
	share: number;
	low: number;
	high: number;
}

/** The share of `successes` in `total` with its Wilson interval, or undefined when there is nothing to count. */
export function wilsonInterval(
	successes: number,
	total: number,
	z: number = Z_95,
): ShareInterval | undefined {
	if (
		!Number.isInteger(successes) ||
		!Number.isInteger(total) ||
		successes < 0 ||
		successes > total
	) {
		throw new RangeError(
			`wilsonInterval needs whole counts with 0 ≤ successes ≤ total, got ${successes} of ${total}`,
		);
	}
	if (total === 0) return undefined;
	const share = successes / total;
	const z2 = z * z;
	const centre = share + z2 / (2 * total);
	const margin = z * Math.sqrt((share * (1 - share)) / total + z2 / (4 * total * total));
	const scale = 1 + z2 / total;
	return {
		share,
		// Clamp the rounding error at the edges, so 0 of n starts at exactly 0 and n of n ends at exactly 1.
		low: successes === 0 ? 0 : (centre - margin) / scale,
		high: successes === total ? 1 : (centre + margin) / scale,
	};
}
