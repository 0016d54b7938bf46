import { describe, expect, test } from 'vitest';
import { dateLocales } from './reader-locales.ts';

describe('dateLocales', () => {
	test.each([
		{ locale: 'en', reader: ['en-GB', 'de-DE'], locales: ['en-GB', 'en'] },
		{ locale: 'en', reader: ['de-DE'], locales: ['en'] },
		{ locale: 'es-419', reader: ['es-MX', 'en-US'], locales: ['es-MX', 'es-419'] },
		{ locale: 'pt-BR', reader: ['pt-PT'], locales: ['pt-PT', 'pt-BR'] },
		{ locale: 'de-DE', reader: [], locales: ['de-DE'] },
	] as const)(
		'writes a date on a $locale page for a reader in $reader with $locales',
		({ locale, reader, locales }) => {
			expect(dateLocales(locale, reader)).toEqual(locales);
		},
	);
});
