/**
 * Sizes as people type them ("4.2 GB", "1,8 GB", "850mb") read into whole bytes, and bytes written back for readers.
 *
 * Everything is BigInt: "4.2 GB" is 4_200_000_000n exactly, with no float in between, so a size near a limit can
 * never be nudged across it by binary rounding.
 */

/** Which way to round a size that is not a whole number of bytes (e.g. "0.0000000001 GB"). */
export type Rounding = 'up' | 'down';

/** Why a typed size was not accepted; support tooling matches on these codes. */
export type SizeErrorCode =
	| 'empty'
	| 'too-long'
	| 'not-a-number'
	| 'negative'
	| 'missing-unit'
	| 'unknown-unit'
	| 'too-large'
	| 'zero';

/** A size that could not be read, with a message for the reader. */
export interface SizeError {
	code: SizeErrorCode;
	message: string;
}

/** The bytes in a typed size, or why there are none. */
export type SizeResult = { ok: true; value: bigint } | { ok: false; error: SizeError };

/** How `parseSize` treats fractions of a byte and a size of 0. */
export interface ParseSizeOptions {
	rounding: Rounding;
	allowZero: boolean;
}

/** The largest size accepted: 1 PB. Anything bigger is a typo (iCloud+ tops out at 12 TB). */
export const MAX_SIZE_BYTES = 10n ** 15n;

/** Longer input is refused before any arithmetic; no real size needs this many characters. */
const MAX_INPUT_LENGTH = 40;

/** Decimal byte units, as iPhone and iCloud count them: the one place they are defined. */
const KB = 10n ** 3n;
const MB = 10n ** 6n;
export const GB = 10n ** 9n;
export const TB = 10n ** 12n;
const PB = 10n ** 15n;
const KIB = 2n ** 10n;
const MIB = 2n ** 20n;
const GIB = 2n ** 30n;
const TIB = 2n ** 40n;
const PIB = 2n ** 50n;

// Keys are lower case: units are matched case-insensitively, so "gb", "GB" and "Gb" all mean gigabytes (nobody
// sizes a backup in bits). KB/MB/GB/TB are decimal, as iOS 11 and later count them (support.apple.com/102119);
// KiB/MiB/GiB/TiB are binary. The B-less forms ("4G", "850 M") and the French octet units that iPhones in French
// show ("Go", "Mo") mean the same decimal sizes. PB/PiB are known only so "2 PB" can be called too large.
// A Map, not an object literal, so that "constructor" or "__proto__" can never look like a unit.
const UNIT_BYTES = new Map<string, bigint>([
	['b', 1n],
	['byte', 1n],
	['bytes', 1n],
	['o', 1n],
	['octet', 1n],
	['octets', 1n],
	['k', KB],
	['kb', KB],
	['ko', KB],
	['kilobyte', KB],
	['kilobytes', KB],
	['m', MB],
	['mb', MB],
	['mo', MB],
	['megabyte', MB],
	['megabytes', MB],
	['g', GB],
	['gb', GB],
	['go', GB],
	['gig', GB],
	['gigs', GB],
	['gigabyte', GB],
	['gigabytes', GB],
	['t', TB],
	['tb', TB],
	['to', TB],
	['terabyte', TB],
	['terabytes', TB],
	['p', PB],
	['pb', PB],
	['po', PB],
	['petabyte', PB],
	['petabytes', PB],
	['kib', KIB],
	['kio', KIB],
	['mib', MIB],
	['mio', MIB],
	['gib', GIB],
	['gio', GIB],
	['tib', TIB],
	['tio', TIB],
	['pib', PIB],
	['pio', PIB],
]);

const EXAMPLE = 'e.g. 4.2 GB';
// sign, number (digits and the separators people put in them), unit (letters only). Anything else, such as the
// "e" in "1e3" or the space inside "Infinity GB", makes the whole input fail to match.
const SIZE_PATTERN = /^([+\-\u2212\u2013]?) ?([\d.,'\u2019 ]*?) ?(\p{L}*)$/u;
const SEPARATOR = /[.,'\u2019 ]/u;
const SEPARATORS = /[.,'\u2019 ]/gu;

function fail(code: SizeErrorCode, message: string): SizeResult {
	return { ok: false, error: { code, message } };
}

/** Collapse every kind of space (no-break, thin, full-width…) to one plain space, and full-width digits to ASCII. */
function normalizeSize(input: string): string {
	return input.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * True when a lone comma is a thousands separator: 1–3 digits (not starting with 0) before it and exactly 3 after,
 * as in "1,800". Every other lone comma is a decimal mark: "1,8", "0,500", "1234,567", "1 234,5".
 */
function isThousandsComma(number: string): boolean {
	return /^[1-9]\d{0,2},\d{3}$/u.test(number);
}

/** Digit groups such as "1,234,567" or the Indian "12,34,567": 1–3 digits, then groups of 2–3, ending in 3. */
function isValidGrouping(groups: readonly string[]): boolean {
	const [first, ...rest] = groups;
	if (first === undefined || !/^[1-9]\d{0,2}$/u.test(first)) return false;
	return rest.every((group, index) =>
		(index === rest.length - 1 ? /^\d{3}$/u : /^\d{2,3}$/u).test(group),
	);
}

/** The digits before and after the decimal mark, or undefined when the number is malformed ("4..2", "1,2,3"). */
function splitNumber(number: string): { whole: string; fraction: string } | undefined {
	if (!/\d/u.test(number) || /[.,'\u2019 ]{2}/u.test(number)) return undefined;
	const dots = number.split('.').length - 1;
	const commas = number.split(',').length - 1;
	let decimalMark: '.' | ',' | undefined;
	if (dots > 0 && commas > 0)
		decimalMark = number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',';
	else if (dots === 1) decimalMark = '.';
	else if (commas === 1 && !isThousandsComma(number)) decimalMark = ',';
	// Otherwise every dot or comma separates groups of digits ("1,234,567", "1,800"), or there are none.

	const markAt = decimalMark === undefined ? -1 : number.lastIndexOf(decimalMark);
	const whole = markAt === -1 ? number : number.slice(0, markAt);
	const fraction = markAt === -1 ? '' : number.slice(markAt + 1);
	if (!/^\d*$/u.test(fraction)) return undefined;

	const groupSeparators = new Set(whole.match(SEPARATORS) ?? []);
	if (groupSeparators.size > 1) return undefined;
	const groups = whole.split(SEPARATOR);
	if (groups.length > 1 && !isValidGrouping(groups)) return undefined;
	return { whole: groups.join(''), fraction };
}

/**
 * Read a typed size into whole bytes.
 *
 * - Units: KB, MB, GB, TB are decimal (1 GB = 10^9 bytes, as Apple counts); KiB, MiB, GiB, TiB are binary.
 *   Case does not matter, the space before the unit is optional, and "4G" means 4 GB. A number without a unit is
 *   refused rather than guessed.
 * - Dots and commas: a lone dot is a decimal mark ("4.2"). A lone comma followed by exactly 3 digits, with 1–3
 *   digits (not starting with 0) before it, separates thousands ("1,800 MB" = 1800 MB); any other lone comma is a
 *   decimal mark ("1,8 GB", "0,500 GB"). With both, the last one is the decimal mark ("1,234.5", "1.234,5").
 *   Spaces and apostrophes may separate groups of thousands ("1 800 MB").
 * - Fractions of a byte are rounded `options.rounding`: callers round a backup up and free space down, so rounding
 *   can never make a verdict say "enough".
 * - Never throws: empty, negative, zero (unless `allowZero`), unknown units and sizes over 1 PB are typed errors.
 */
export function parseSize(
	input: string,
	options: ParseSizeOptions = { rounding: 'up', allowZero: false },
): SizeResult {
	const text = normalizeSize(input);
	if (text === '') return fail('empty', `Enter a size, ${EXAMPLE}.`);
	if (text.length > MAX_INPUT_LENGTH) {
		return fail('too-long', `That is too long for a size. Type a number and a unit, ${EXAMPLE}.`);
	}
	const match = SIZE_PATTERN.exec(text);
	const [, sign = '', numberText = '', unitText = ''] = match ?? [];
	const number = match ? splitNumber(numberText.trim()) : undefined;
	if (number === undefined)
		return fail('not-a-number', `"${text}" is not a size. Type a number and a unit, ${EXAMPLE}.`);
	if (sign !== '' && sign !== '+') {
		return fail(
			'negative',
			`A size can’t be below zero. Type the number without a minus sign, ${EXAMPLE}.`,
		);
	}
	const numberAsTyped = `${sign}${numberText.trim()}`;
	if (unitText === '')
		return fail('missing-unit', `Add a unit to "${numberAsTyped}", e.g. ${numberAsTyped} GB.`);
	const unitBytes = UNIT_BYTES.get(unitText.toLowerCase());
	if (unitBytes === undefined) {
		return fail(
			'unknown-unit',
			`"${unitText}" is not a unit this check knows. Use KB, MB, GB or TB, e.g. ${numberAsTyped} GB.`,
		);
	}

	const scaled = BigInt(`${number.whole}${number.fraction}` || '0') * unitBytes;
	const divisor = 10n ** BigInt(number.fraction.length);
	const roundUp = options.rounding === 'up' && scaled % divisor !== 0n;
	const bytes = scaled / divisor + (roundUp ? 1n : 0n);
	if (bytes > MAX_SIZE_BYTES) {
		return fail(
			'too-large',
			`"${text}" is more than 1 PB, far more than any iPhone or iCloud plan holds. Check the number and the unit.`,
		);
	}
	if (bytes === 0n && !options.allowZero)
		return fail('zero', `Enter a size larger than 0, ${EXAMPLE}.`);
	return { ok: true, value: bytes };
}

/**
 * A note for sizes whose separator could be read two ways ("1,800 MB", "1.800 MB"), saying how it was read and how
 * to type the other meaning; undefined when the size is not ambiguous.
 */
export function explainSeparator(input: string): string | undefined {
	const match = /^(\d{1,3})([.,])(\d{3}) ?(\p{L}+)$/u.exec(normalizeSize(input));
	if (!match) return undefined;
	const [, whole = '', mark, fraction = '', unit = ''] = match;
	if (whole.startsWith('0')) return undefined;
	const asThousands = `${whole}${fraction} ${unit}`;
	const asDecimal = `${`${whole}.${fraction}`.replace(/\.?0+$/u, '')} ${unit}`;
	return mark === ','
		? `Read as ${asThousands} (the comma separates thousands). For ${asDecimal}, type ${asDecimal}.`
		: `Read as ${asDecimal} (the dot is a decimal mark). For ${asThousands}, type ${asThousands}.`;
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
