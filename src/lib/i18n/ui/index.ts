import { splitLocale, type Locale } from '../locales.ts';
import { de } from './de.ts';
import { en, type UiText } from './en.ts';
import { es } from './es.ts';
import { islandsDe } from './islands.de.ts';
import { islandsEn, type IslandText } from './islands.en.ts';
import { islandsEs } from './islands.es.ts';
import { islandsPtBr } from './islands.pt-br.ts';
import { ptBr } from './pt-br.ts';

/** Every word of the site in one language: the site's own (<lang>.ts) and its islands' (islands.<lang>.ts). */
export type SiteText = UiText & IslandText;

const UI: Record<Locale, SiteText> = {
	en: { ...en, ...islandsEn },
	es: { ...es, ...islandsEs },
	'pt-br': { ...ptBr, ...islandsPtBr },
	de: { ...de, ...islandsDe },
};

/** The site's own words in a language. */
export function uiText(locale: Locale): SiteText {
	return UI[locale];
}

/** The language of the page at `url`, and its words. */
export function pageText(url: URL): { locale: Locale; t: SiteText } {
	const { locale } = splitLocale(url.pathname);
	return { locale, t: UI[locale] };
}

/** How a "Based on:" line names a kind of report in a language: "a press report". */
export function reportPhrases(locale: Locale): Record<'press' | 'first-hand', string> {
	const words = UI[locale].article;
	return { press: words.pressReport, 'first-hand': words.firstHandReport };
}
