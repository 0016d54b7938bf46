import { LOCALE_INFO, type Locale } from './locales.ts';

/**
 * One formatter per language: making an Intl.DateTimeFormat costs far more than using one, and the build
 * writes a date under every step of every article (5 of a 1,000-article build's 40 s went there).
 */
const longDates = new Map<Locale, Intl.DateTimeFormat>();

/** A date as the language writes it in full: "November 26, 2026", "26 de noviembre de 2026". */
export function longDate(day: Date, locale: Locale): string {
	let format = longDates.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
			dateStyle: 'long',
			timeZone: 'UTC',
		});
		longDates.set(locale, format);
	}
	return format.format(day);
}
