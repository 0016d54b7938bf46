/**
 * Sizes as people type them ("4.2 GB", "1,8 GB", "850mb") read into whole bytes (./format.ts writes them back).
 * Nothing here is in words: errors and notes are codes and values, which the storage check words in the page's
 * language (src/lib/i18n/ui/islands.<lang>.ts).
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

/** A size that could not be read: why, and what the reader's message quotes back to them. */
export interface SizeError {
	code: SizeErrorCode;
	/** The input as read: spaces tidied, full-width characters made plain. */
	typed: string;
	/** The number as typed, sign included ("12" in "12"); empty when there is none. */
	number: string;
	/** The unit as typed ("XB" in "4 XB"); empty when there is none. */
	unit: string;
}

/** The bytes in a typed size, or why there are none. */
export type SizeResult = { ok: true; value: bigint } | { ok: false; error: SizeError };

/** The mark a reader puts before the fraction of a number: "4.2" or "4,2". */
export type DecimalMark = '.' | ',';

/** How `parseSize` treats fractions of a byte and a size of 0, and which mark is the reader's decimal mark. */
export interface ParseSizeOptions {
	rounding: Rounding;
	allowZero: boolean;
	/** Decides only a lone mark followed by three digits ("1,800", "1.800"); "." when left out. */
	decimalMark?: DecimalMark;
}

/** The largest size accepted: 1 PB. Anything bigger is a typo (iCloud+ tops out at 12 TB). */
export const MAX_SIZE_BYTES = 10n ** 15n;

/** Longer input is refused before any arithmetic; no real size needs this many characters. */
const MAX_INPUT_LENGTH = 40;

/** Decimal byte units, as iPhone and iCloud count them: the one place they are defined. */
export const KB = 10n ** 3n;
export const MB = 10n ** 6n;
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
// show ("Go", "Mo") mean the same decimal sizes, as do the words Spanish and Portuguese speakers say ("2 gigas",
// "500 megas"). German iPhones write "Byte", which matches "byte" below. PB/PiB are known only so "2 PB" can be
// called too large.
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
	['mega', MB],
	['megas', MB],
	['mo', MB],
	['megabyte', MB],
	['megabytes', MB],
	['g', GB],
	['gb', GB],
	['go', GB],
	['gig', GB],
	['gigs', GB],
	['giga', GB],
	['gigas', GB],
	['gigabyte', GB],
	['gigabytes', GB],
	['t', TB],
	['tb', TB],
	['to', TB],
	['tera', TB],
	['teras', TB],
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

// sign, number (digits and the separators people put in them), unit (letters only). Anything else, such as the
// "e" in "1e3" or the space inside "Infinity GB", makes the whole input fail to match.
const SIZE_PATTERN = /^([+\-\u2212\u2013]?) ?([\d.,'\u2019 ]*?) ?(\p{L}*)$/u;
const SEPARATOR = /[.,'\u2019 ]/u;
const SEPARATORS = /[.,'\u2019 ]/gu;

function fail(code: SizeErrorCode, typed: string, number = '', unit = ''): SizeResult {
	return { ok: false, error: { code, typed, number, unit } };
}

/** Collapse every kind of space (no-break, thin, full-width…) to one plain space, and full-width digits to ASCII. */
function normalizeSize(input: string): string {
	return input.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * True when a lone mark could separate thousands: 1–3 digits (not starting with 0) before it and exactly 3 after,
 * as in "1,800" or "1.800". Any other lone mark can only be a decimal mark: "1,8", "0,500", "1234.567".
 */
function couldSeparateThousands(number: string): boolean {
	return /^[1-9]\d{0,2}[.,]\d{3}$/u.test(number);
}

/** Digit groups such as "1,234,567" or the Indian "12,34,567": 1–3 digits, then groups of 2–3, ending in 3. */
function isValidGrouping(groups: readonly string[]): boolean {
	const [first, ...rest] = groups;
	if (first === undefined || !/^[1-9]\d{0,2}$/u.test(first)) return false;
	return rest.every((group, index) =>
		(index === rest.length - 1 ? /^\d{3}$/u : /^\d{2,3}$/u).test(group),
	);
}

/**
 * The digits before and after the decimal mark, or undefined when the number is malformed ("4..2", "1,2,3").
 * `readerMark` decides only a lone mark that could separate thousands: the reader's own decimal mark is one, the
 * other mark separates thousands ("1,800" is 1800 with ".", 1.8 with ","). Every other number reads the same for
 * every reader.
 */
function splitNumber(
	number: string,
	readerMark: DecimalMark,
): { whole: string; fraction: string } | undefined {
	if (!/\d/u.test(number) || /[.,'\u2019 ]{2}/u.test(number)) return undefined;
	const dots = number.split('.').length - 1;
	const commas = number.split(',').length - 1;
	let decimalMark: DecimalMark | undefined;
	if (dots > 0 && commas > 0)
		decimalMark = number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',';
	else if (dots + commas === 1) {
		const lone = dots === 1 ? '.' : ',';
		if (lone === readerMark || !couldSeparateThousands(number)) decimalMark = lone;
	}
	// Otherwise every dot or comma separates groups of digits ("1,234,567", "1.800.000"), or there are none.

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

/** A typed size read as text: its sign, the digits either side of the decimal mark, and its unit as typed. */
interface ReadSize {
	text: string;
	sign: string;
	numberAsTyped: string;
	whole: string;
	fraction: string;
	unit: string;
}

/** The number and unit in `text` (already normalized), or why there are none; nothing is converted yet. */
function readSize(text: string, decimalMark: DecimalMark): ReadSize | SizeError {
	if (text === '') return { code: 'empty', typed: text, number: '', unit: '' };
	if (text.length > MAX_INPUT_LENGTH)
		return { code: 'too-long', typed: text, number: '', unit: '' };
	const match = SIZE_PATTERN.exec(text);
	const [, sign = '', numberText = '', unit = ''] = match ?? [];
	const number = match ? splitNumber(numberText.trim(), decimalMark) : undefined;
	if (number === undefined) return { code: 'not-a-number', typed: text, number: '', unit: '' };
	return { text, sign, numberAsTyped: `${sign}${numberText.trim()}`, ...number, unit };
}

const isError = (read: ReadSize | SizeError): read is SizeError => 'code' in read;

/**
 * Read a typed size into whole bytes.
 *
 * - Units: KB, MB, GB, TB are decimal (1 GB = 10^9 bytes, as Apple counts); KiB, MiB, GiB, TiB are binary.
 *   Case does not matter, the space before the unit is optional, and "4G" means 4 GB. A number without a unit is
 *   refused rather than guessed.
 * - Dots and commas: with both, the last one is the decimal mark ("1,234.5", "1.234,5"); a mark that appears
 *   more than once separates groups ("1,234,567", "1.234.567"). A lone mark is a decimal mark ("4.2", "1,8 GB",
 *   "0,500 GB"), except one with exactly 3 digits after it and 1–3 digits (not starting with 0) before it that is
 *   not the reader's decimal mark (`options.decimalMark`, "." when left out): that one separates thousands, so
 *   "1,800 MB" is 1800 MB to a reader who writes "1.8" and 1.8 MB to one who writes "1,8" (and the other way round
 *   for "1.800 MB"). Spaces and apostrophes may separate groups of thousands ("1 800 MB").
 * - Fractions of a byte are rounded `options.rounding`: callers round a backup up and free space down, so rounding
 *   can never make a verdict say "enough".
 * - Never throws: empty, negative, zero (unless `allowZero`), unknown units and sizes over 1 PB are typed errors.
 */
export function parseSize(
	input: string,
	options: ParseSizeOptions = { rounding: 'up', allowZero: false },
): SizeResult {
	const read = readSize(normalizeSize(input), options.decimalMark ?? '.');
	if (isError(read)) return { ok: false, error: read };
	const { text, sign, numberAsTyped, whole, fraction, unit } = read;
	if (sign !== '' && sign !== '+') return fail('negative', text, numberAsTyped);
	if (unit === '') return fail('missing-unit', text, numberAsTyped);
	const unitBytes = UNIT_BYTES.get(unit.toLowerCase());
	if (unitBytes === undefined) return fail('unknown-unit', text, numberAsTyped, unit);

	const scaled = BigInt(`${whole}${fraction}` || '0') * unitBytes;
	const divisor = 10n ** BigInt(fraction.length);
	const roundUp = options.rounding === 'up' && scaled % divisor !== 0n;
	const bytes = scaled / divisor + (roundUp ? 1n : 0n);
	if (bytes > MAX_SIZE_BYTES) return fail('too-large', text, numberAsTyped, unit);
	if (bytes === 0n && !options.allowZero) return fail('zero', text, numberAsTyped, unit);
	return { ok: true, value: bytes };
}

/** "0012.500" → "12.5" with `mark`: the same number whatever zeros were typed around it. */
function writeNumber(whole: string, fraction: string, mark: DecimalMark): string {
	const digits = whole.replace(/^0+(?=\d)/u, '') || '0';
	const decimals = fraction.replace(/0+$/u, '');
	return decimals === '' ? digits : `${digits}${mark}${decimals}`;
}

/**
 * `input`, typed by a reader whose decimal mark is `from`, as a reader whose mark is `to` reads the same size:
 * unchanged when both read it alike ("1,8 GB", "4 GB", and anything that is not a size), else with the number
 * written plainly in `to`'s style ("1.800 MB" from "," to "." is "1800 MB"). The storage check's links use it
 * to say the same thing in every language.
 */
export function rewriteSize(input: string, from: DecimalMark, to: DecimalMark): string {
	const text = normalizeSize(input);
	const asTyped = readSize(text, from);
	const asRead = readSize(text, to);
	if (isError(asTyped) || isError(asRead)) return input;
	const number = writeNumber(asTyped.whole, asTyped.fraction, to);
	if (number === writeNumber(asRead.whole, asRead.fraction, to)) return input;
	return `${asTyped.sign}${number}${asTyped.unit === '' ? '' : ` ${asTyped.unit}`}`;
}

/** Which mark a note is about, and how it was read: the key of its sentence in the page's words. */
type SeparatorNoteKind = 'commaThousands' | 'dotThousands' | 'commaDecimal' | 'dotDecimal';

/** How a size that could be read two ways was read (`read`), and what to type for the other meaning. */
export interface SeparatorNote {
	kind: SeparatorNoteKind;
	read: string;
	other: string;
}

/**
 * A note for sizes whose separator could be read two ways ("1,800 MB", "1.800 MB"), saying how `parseSize` read
 * it for a reader whose decimal mark is `decimalMark`, and how to type the other meaning, both written in that
 * reader's style; undefined when the size is not ambiguous.
 */
export function explainSeparator(
	input: string,
	decimalMark: DecimalMark = '.',
): SeparatorNote | undefined {
	const match = /^(\d{1,3})([.,])(\d{3}) ?(\p{L}+)$/u.exec(normalizeSize(input));
	if (!match) return undefined;
	const [, whole = '', mark, fraction = '', unit = ''] = match;
	if (whole.startsWith('0')) return undefined;
	const asThousands = `${whole}${fraction} ${unit}`;
	const asDecimal = `${writeNumber(whole, fraction, decimalMark)} ${unit}`;
	const name = mark === ',' ? 'comma' : 'dot';
	return mark === decimalMark
		? { kind: `${name}Decimal`, read: asDecimal, other: asThousands }
		: { kind: `${name}Thousands`, read: asThousands, other: asDecimal };
}
