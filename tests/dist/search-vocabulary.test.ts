import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { wordsOf } from '../../src/lib/content/article-text.ts';
import { localizePath } from '../../src/lib/i18n/locales.ts';
import { DIST, articlePaths, pageFile, publishedLocales } from '../support/built-site.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** A built page's words as a reader sees them: its text without markup, scripts or styles. */
const shownWords = (html: string) =>
	wordsOf(
		html
			.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#39;|&#x27;/g, "'")
			.replace(/&[a-z]+;|&#\d+;/g, ' '),
	);

// Typo correction may only turn a reader's word into one the pages in the reader's language show: the
// Spanish, Portuguese and German pages used to correct with the English list.
test.each(publishedLocales())('the %s search page corrects typos with its own language’s words', (locale) => {
	const searchPage = read(pageFile(localizePath('/search/', locale)));
	const address = /data-vocabulary="([^"]+)"/.exec(searchPage)?.[1];
	expect(address).toBe(localizePath('/search-vocabulary.json', locale));
	const vocabulary = JSON.parse(read(address ?? '')) as string[];
	// The articles, and the messages and labels they list, as the errors page shows them.
	const pages = [...articlePaths(locale), localizePath('/errors/', locale)];
	const onPages = new Set(pages.flatMap((path) => shownWords(read(pageFile(path)))));
	expect(vocabulary.length).toBeGreaterThan(100);
	expect(vocabulary.filter((word) => !onPages.has(word))).toEqual([]);
});
