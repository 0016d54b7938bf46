import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimalMarkOf, formatBytes } from './format.ts';
import { MAX_SIZE_BYTES, parseSize } from './size.ts';

const MB = 10n ** 6n;
const GB = 10n ** 9n;
const TB = 10n ** 12n;
// Intl puts a no-break space (U+00A0 or U+202F, depending on locale and ICU version) before the unit.
const withPlainSpaces = (text: string) => text.replace(/\s/gu, ' ');
const DOWN_ZERO_OK = { rounding: 'down', allowZero: true } as const;

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
		{ locale: 'pt-BR', text: '8,61 GB' },
		{ locale: 'es-AR', text: '8,61 GB' },
		{ locale: 'es-MX', text: '8.61 GB' },
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
	const LOCALES = [
		'en',
		'en-GB',
		'en-IN',
		'de',
		'de-CH',
		'fr',
		'es',
		'es-419',
		'es-MX',
		'it',
		'nl',
		'sv',
		'pt-BR',
		'da',
		'nb',
	];
	/** What a reader in `locale` gets when typing back what was shown to them. */
	const readBack = (shown: string, locale: string) =>
		parseSize(shown, { ...DOWN_ZERO_OK, decimalMark: decimalMarkOf(locale) });
	test('never shows less than the truth when rounding up, in any of several locales', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: 0n, max: MAX_SIZE_BYTES }),
				fc.constantFrom(...LOCALES),
				(bytes, locale) => {
					const shown = readBack(formatBytes(bytes, locale, 'up'), locale);
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
					const shown = readBack(formatBytes(bytes, locale, 'down'), locale);
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

describe('decimalMarkOf', () => {
	// Intl's own data (CLDR): Spanish for Latin America (es-419) and Mexico write "1.5", Spain, Argentina and
	// Colombia "1,5", so the reader's own locale decides, not the page's language.
	test.each([
		{ locales: ['en-US'], mark: '.' },
		{ locales: ['es-419'], mark: '.' },
		{ locales: ['es-MX'], mark: '.' },
		{ locales: ['es'], mark: ',' },
		{ locales: ['es-AR'], mark: ',' },
		{ locales: ['es-ES'], mark: ',' },
		{ locales: ['pt-BR'], mark: ',' },
		{ locales: ['de-DE'], mark: ',' },
		{ locales: ['de-CH'], mark: '.' },
		{ locales: ['ar-EG'], mark: '.' },
		{ locales: ['not a locale!', 'de-DE'], mark: '.' },
	])('gives "$mark" for $locales', ({ locales, mark }) => {
		expect(decimalMarkOf(locales)).toBe(mark);
	});
});
