/**
 * The locales to write dates in on a page whose Intl tag is `pageIntl` (LOCALE_INFO[locale].intl): first
 * the reader's own locales in the page's language (navigator.languages; en-GB on an English page, es-MX on
 * a Spanish one), so a reader keeps the clock and date order they are used to, then the page's own tag. A
 * reader's locales in other languages are left out: the date sits in a sentence in the page's language.
 */
export function dateLocales(pageIntl: string, readerLocales: readonly string[]): string[] {
	const language = pageIntl.split('-')[0]?.toLowerCase();
	const own = readerLocales.filter((tag) => tag.split('-')[0]?.toLowerCase() === language);
	return [...own, pageIntl];
}
