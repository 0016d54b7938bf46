/**
 * Sizes written for readers as their iPhone writes them ("8.61 GB", "8,61 GB"), and how a reader writes
 * numbers: both from Intl, in the reader's own locale.
 */
import { GB, KB, MB, TB, type DecimalMark, type Rounding } from './size.ts';

/**
 * The decimal mark of the first locale Intl supports among `locales` (the reader's languages): "," for
 * de-DE, pt-BR, es-AR or es-ES, "." for en, es-MX or es-419. A locale whose mark is neither (Arabic's
 * "٫") reads as "." does, since the digits typed there are ASCII ones anyway.
 */
export function decimalMarkOf(locales: Intl.LocalesArgument): DecimalMark {
	let format: Intl.NumberFormat;
	try {
		format = new Intl.NumberFormat(locales);
	} catch {
		format = new Intl.NumberFormat();
	}
	const mark = format.formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
	return mark === ',' ? ',' : '.';
}

type Locales = Intl.LocalesArgument;

interface DisplayUnit {
	bytes: bigint;
	intlUnit: 'byte' | 'kilobyte' | 'megabyte' | 'gigabyte' | 'terabyte';
	symbol: string;
}

// Decimal units only, because iPhone and iCloud show sizes that way; a reader can compare our figures with theirs.
const BYTE_UNIT: DisplayUnit = { bytes: 1n, intlUnit: 'byte', symbol: 'B' };
const DISPLAY_UNITS: readonly DisplayUnit[] = [
	BYTE_UNIT,
	{ bytes: KB, intlUnit: 'kilobyte', symbol: 'KB' },
	{ bytes: MB, intlUnit: 'megabyte', symbol: 'MB' },
	{ bytes: GB, intlUnit: 'gigabyte', symbol: 'GB' },
	{ bytes: TB, intlUnit: 'terabyte', symbol: 'TB' },
];

/** The largest display unit that `bytes` fills at least once (bytes for anything under 1 KB). */
function unitIndexFor(bytes: bigint): number {
	let index = 0;
	DISPLAY_UNITS.forEach((unit, i) => {
		if (bytes >= unit.bytes) index = i;
	});
	return index;
}

function unitAt(index: number): DisplayUnit {
	return DISPLAY_UNITS[index] ?? BYTE_UNIT;
}

/** "4200000000" with 9 decimals → "4.2": exact digits, trailing zeros dropped. */
function toDecimalString(scaled: bigint, decimals: number): string {
	if (decimals === 0) return scaled.toString();
	const digits = scaled.toString().padStart(decimals + 1, '0');
	const whole = digits.slice(0, -decimals);
	const fraction = digits.slice(-decimals).replace(/0+$/u, '');
	return fraction === '' ? whole : `${whole}.${fraction}`;
}

function divide(numerator: bigint, divisor: bigint, rounding: Rounding | 'nearest'): bigint {
	const quotient = numerator / divisor;
	const remainder = numerator % divisor;
	if (remainder === 0n) return quotient;
	if (rounding === 'up') return quotient + 1n;
	if (rounding === 'down') return quotient;
	return remainder * 2n >= divisor ? quotient + 1n : quotient;
}

/** Intl.NumberFormat for a unit, falling back to the default locale if the reader's locale tag is malformed. */
function unitFormat(
	locale: Locales,
	unit: DisplayUnit,
	maximumFractionDigits: number,
): Intl.NumberFormat {
	const options: Intl.NumberFormatOptions = {
		style: 'unit',
		unit: unit.intlUnit,
		// "700 bytes" reads better than the short "700 byte"; the other units keep their symbols ("4.2 GB").
		unitDisplay: unit.intlUnit === 'byte' ? 'long' : 'short',
		maximumFractionDigits,
		// No grouping: "1,000" means 1 to some readers and 1000 to others; sizes here are short anyway.
		useGrouping: false,
	};
	try {
		return new Intl.NumberFormat(locale, options);
	} catch {
		return new Intl.NumberFormat(undefined, options);
	}
}

/**
 * Bytes as a reader expects to see them ("8.61 GB", "850 MB"): decimal units, about 3 significant digits, in the
 * reader's locale. `rounding: 'up'` never shows less than the truth, which is what a shortfall needs.
 */
export function formatBytes(
	bytes: bigint,
	locale: Locales,
	rounding: Rounding | 'nearest' = 'nearest',
): string {
	let index = unitIndexFor(bytes);
	for (;;) {
		const unit = unitAt(index);
		const whole = bytes / unit.bytes;
		const decimals = unit.bytes === 1n ? 0 : whole < 10n ? 2 : whole < 100n ? 1 : 0;
		const step = 10n ** BigInt(decimals);
		const scaled = divide(bytes * step, unit.bytes, rounding);
		// Rounding 999.6 MB up gives "1000 MB"; say "1 GB" instead, as iOS does.
		if (scaled >= 1000n * step && index < DISPLAY_UNITS.length - 1) {
			index += 1;
			continue;
		}
		return unitFormat(locale, unit, decimals).format(
			toDecimalString(scaled, decimals) as `${number}`,
		);
	}
}
