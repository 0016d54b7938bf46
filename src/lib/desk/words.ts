/**
 * The desk's own words (the replies' closing line, the Markdown pages, the change list and feed, the
 * /desk/ page) are the `desk` group of the site's dictionary, src/lib/i18n/ui/. Every generator takes its
 * words as an argument.
 */
import type { Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui/index.ts';
import type { UiText } from '../i18n/ui/en.ts';

export type DeskWords = UiText['desk'];

/** The desk's words in a language. */
export function deskWords(locale: Locale): DeskWords {
	return uiText(locale).desk;
}
