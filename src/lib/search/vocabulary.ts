import type { ArticleEntry } from '../content/articles.ts';
import { visibleText, wordsOf } from '../content/article-text.ts';
import { stepsOf } from '../content/markdown.ts';

/** An article as the vocabulary reads it: the collection entry with its MDX body. */
export interface ArticleWithBody extends ArticleEntry {
	body?: string | undefined;
}

/**
 * The words of the whole site, most frequent first: titles, summaries, messages, step headings and bodies.
 * Typo correction picks from these, so a correction is always a word some page uses. Words shorter than
 * four letters are left out (no correction is tried for them), numbers too (the index keeps them as they are),
 * and the words search ignores: "icould" must become "icloud", not "could". `showLabel` gives an on-screen
 * label's words as the page's language shows them (visibleText), so a translation's list holds no English
 * label its pages don't show.
 */
export function buildVocabulary(
	entries: readonly ArticleWithBody[],
	ignored: ReadonlySet<string> = new Set(),
	showLabel?: (app: string, label: string) => string,
): string[] {
	const counts = new Map<string, number>();
	for (const entry of entries) {
		const body = entry.body ?? '';
		const texts = [
			entry.data.title,
			entry.data.description,
			...entry.data.errors.map((error) => error.message),
			...entry.data.labels.map((label) => label.label),
			...stepsOf(body).map((step) => step.title),
			visibleText(body, showLabel),
		];
		for (const word of texts.flatMap(wordsOf)) {
			if (word.length < 4 || /\d/.test(word) || ignored.has(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
