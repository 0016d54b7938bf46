/**
 * The languages the help center speaks. English is the source language and keeps every address it ever
 * had; each other language lives under its prefix with the same article and step ids.
 */
export const LOCALES = ['en', 'es', 'pt-br', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const SOURCE_LOCALE: Locale = 'en';

interface LocaleInfo {
	/** `<html lang>`; Pagefind builds one index per value. */
	htmlLang: string;
	/** Address prefix, '' for English. */
	prefix: string;
	/** The language's name in that language, for the picker. */
	name: string;
	/** BCP 47 tag for Intl (numbers, dates): Spanish is written for Latin America. */
	intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
	en: { htmlLang: 'en', prefix: '', name: 'English', intl: 'en' },
	es: { htmlLang: 'es', prefix: '/es', name: 'Español', intl: 'es-419' },
	'pt-br': { htmlLang: 'pt-BR', prefix: '/pt-br', name: 'Português (Brasil)', intl: 'pt-BR' },
	de: { htmlLang: 'de', prefix: '/de', name: 'Deutsch', intl: 'de-DE' },
};

export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/** The language of a request as one of the site's (`pt-BR` is `pt-br`), or undefined. */
export function toLocale(lang: string): Locale | undefined {
	const tag = lang.toLowerCase();
	return isLocale(tag) ? tag : undefined;
}

/** `/make-enough-room/#x` in `es` → `/es/make-enough-room/#x`; only site paths move. */
export function localizePath(path: string, locale: Locale): string {
	if (locale === SOURCE_LOCALE || !path.startsWith('/') || path.startsWith('//')) return path;
	return `${LOCALE_INFO[locale].prefix}${path}`;
}

/** The locale an address belongs to, and the address as English has it. */
export function splitLocale(path: string): { locale: Locale; path: string } {
	for (const locale of LOCALES) {
		const { prefix } = LOCALE_INFO[locale];
		if (prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`))) {
			return { locale, path: path.slice(prefix.length) || '/' };
		}
	}
	return { locale: SOURCE_LOCALE, path };
}
