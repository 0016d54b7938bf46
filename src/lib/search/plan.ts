import { bareWord } from './rules.ts';
import { correctWords, type Vocabulary } from './spelling.ts';

/**
 * What the search page does with a normalised query, over any engine (Pagefind in the page, a fake in
 * the tests):
 * 1. Search the whole query. A query of one or two words with enough results: done.
 * 2. Too few: fetch the site's vocabulary and correct words no page uses ("icould" → "icloud").
 * 3. A query of three words or more, or one that found too little, is also searched word by word, and
 *    each page's scores for the single words are added up (a disjunctive search: CombSUM over Pagefind's
 *    own BM25 scores). Pagefind alone ranks only the pages that have every word, and a reader's sentence
 *    rarely shares all its words with the page that answers it. Summing keeps a rare word's weight and a
 *    title's weight where Pagefind put them, which reciprocal-rank fusion threw away (measured on
 *    `e2e/relevance-set.json`: 86.5 % → 90.5 % top-1). Pages with every word get a small bonus.
 * 4. When no page has every word, the page says so: the results are the closest ones.
 */

/** A result as the plan needs it: a stable id, and the engine's relevance score (higher is better). */
export interface Ranked {
	id: string;
	score: number;
}

export interface SearchEngine<R extends Ranked> {
	search(query: string): Promise<R[]>;
}

export interface SearchOutcome<R extends Ranked> {
	results: R[];
	/** The query actually searched, when typo correction changed it. */
	corrected?: string;
	/** True when no page has all of the query's words and the results are the closest ones. */
	relaxed: boolean;
	/**
	 * How many pages have every word of the query: what the page counts as matching. A sentence's summed
	 * results also hold every page that shares one of its everyday words, nearly all of them.
	 */
	matching: number;
}

export interface PlanOptions {
	/** The site's vocabulary, fetched only when a search finds too little; undefined when it can't load. */
	loadVocabulary: () => Promise<Vocabulary | undefined>;
	/** False when the reader asked to search for exactly what they typed. */
	correct: boolean;
}

/** Fewer results than this and the plan tries corrections: a typo often still finds one loosely related page. */
const ENOUGH_RESULTS = 3;
/**
 * From this many words a query is summed word by word even when pages have all of its words. Below it,
 * enough pages with every word are answer enough: on `e2e/relevance-set.json` summing two-word queries too
 * ranked no query better, and each extra word costs a search over every page that has it.
 */
const SENTENCE_WORDS = 3;
/**
 * A page with every word of the query gains this share of the best summed score: enough to break near-ties
 * in its favour, not enough to lift a page that only shares the query's everyday words.
 */
const ALL_WORDS_BONUS = 0.2;

/**
 * Add up each page's scores over the word-by-word searches; the pages in `allWords` get the bonus. Each
 * page keeps the result of the search that says most about it, since that result's excerpts and highlight
 * are what its row shows: the whole query's when the page has every word (its excerpts mark them all),
 * otherwise the word it scored highest for. So "whatsapp backup stuck at 99" shows the step about 99 %,
 * not excerpts that mark the everyday "WhatsApp".
 */
export function sumScores<R extends Ranked>(
	perWord: readonly (readonly R[])[],
	allWords: readonly R[] = [],
): R[] {
	const totals = new Map<string, { result: R; best: number; score: number; first: number }>();
	let order = 0;
	for (const results of perWord)
		for (const result of results) {
			const entry = totals.get(result.id) ?? {
				result,
				best: result.score,
				score: 0,
				first: order++,
			};
			if (result.score > entry.best) Object.assign(entry, { result, best: result.score });
			entry.score += result.score;
			totals.set(result.id, entry);
		}
	const best = Math.max(0, ...[...totals.values()].map((entry) => entry.score));
	for (const result of allWords) {
		const entry = totals.get(result.id);
		if (!entry) continue;
		entry.result = result;
		entry.score += ALL_WORDS_BONUS * best;
	}
	return [...totals.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.map((entry) => ({ ...entry.result, score: entry.score }));
}

export async function planSearch<R extends Ranked>(
	query: string,
	engine: SearchEngine<R>,
	options: PlanOptions,
): Promise<SearchOutcome<R>> {
	let words = query.split(' ').filter((word) => bareWord(word) !== '');
	let results = await engine.search(query);
	let corrected: string | undefined;
	const vocabulary =
		options.correct && results.length < ENOUGH_RESULTS ? await options.loadVocabulary() : undefined;
	if (vocabulary) {
		const correction = correctWords(words.map(bareWord), vocabulary);
		if (correction.changed) {
			const correctedResults = await engine.search(correction.words.join(' '));
			if (correctedResults.length > 0) {
				words = correction.words;
				corrected = words.join(' ');
				results = correctedResults;
			}
		}
	}
	const withCorrection = corrected === undefined ? {} : { corrected };
	const matching = results.length;
	if (words.length < 2 || (results.length >= ENOUGH_RESULTS && words.length < SENTENCE_WORDS))
		return { results, relaxed: false, matching, ...withCorrection };
	const unique = [...new Set(words.map((word) => word.toLowerCase()))];
	// A word that finds nothing on its own is one Pagefind cannot match: it adds nothing to the sum.
	const perWord = await Promise.all(unique.map((word) => engine.search(word)));
	return {
		results: sumScores(perWord, results),
		relaxed: matching === 0,
		matching,
		...withCorrection,
	};
}
