import { splitLocale, type Locale } from '../locales.ts';
import { de } from './de.ts';
import { en, type UiText } from './en.ts';
import { es } from './es.ts';
import { ptBr } from './pt-br.ts';

const UI: Record<Locale, UiText> = { en, es, 'pt-br': ptBr, de };

/** The site's own words in a language. */
export function uiText(locale: Locale): UiText {
	return UI[locale];
}

/** The language of the page at `url`, and its words. */
export function pageText(url: URL): { locale: Locale; t: UiText } {
	const { locale } = splitLocale(url.pathname);
	return { locale, t: UI[locale] };
}

/** How a "Based on:" line names a kind of report in a language: "a press report". */
export function reportPhrases(locale: Locale): Record<'press' | 'first-hand', string> {
	const words = UI[locale].article;
	return { press: words.pressReport, 'first-hand': words.firstHandReport };
}
