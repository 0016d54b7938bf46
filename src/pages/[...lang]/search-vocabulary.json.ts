import type { APIRoute } from 'astro';
import { buildVocabulary } from '../../lib/search/vocabulary.ts';
import { labelText, slotLabel } from '../../lib/i18n/glossary.ts';
import { shownLabelWords } from '../../lib/i18n/label-text.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { articlesIn, glossary, localeParams, searchRulesIn } from '../../site-data.ts';

export const getStaticPaths = localeParams;

/**
 * One language's words for typo correction, most frequent first: /search-vocabulary.json for English,
 * /<lang>/search-vocabulary.json for each translation, from that language's articles as their pages show
 * them. A reader's typo is corrected only to a word of the pages in their language, never to an English
 * one. The search page fetches it only when a query finds too little, so a search that works costs nothing
 * extra.
 */
export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) => {
	const ignored = new Set(searchRulesIn(locale).ignore.words.map((word) => word.toLowerCase()));
	// The label is looked up as <L> looks it up: curly apostrophes and entities read as the glossary's keys.
	const words = buildVocabulary(articlesIn(locale), ignored, (app, label) =>
		shownLabelWords(labelText(glossary, app, slotLabel(label), locale)),
	);
	return new Response(JSON.stringify(words), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
