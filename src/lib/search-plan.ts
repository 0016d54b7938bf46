import { bareWord } from './query-rules';
import { correctWords, type Vocabulary } from './spelling';

/**
 * What the search page does with a normalised query, over any engine (Pagefind in the page, a fake in
 * the tests):
 * 1. Search the whole query. Enough results: done.
 * 2. Too few: fetch the site's vocabulary and correct words no page uses ("icould" → "icloud").
 * 3. Still nothing: relax. Search each word on its own, drop the words that find nothing, then merge the
 *    rankings of what is left (all remaining words together, and the strongest words alone) by
 *    reciprocal-rank fusion. The page then says that no page has every word.
 * 4. A long query that a page or two match in full gets the same merge, below those pages.
 */

/** A result as the plan needs it: something with a stable id. */
export interface Ranked {
	id: string;
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
}

export interface PlanOptions {
	/** The site's vocabulary, fetched only when a search finds too little; undefined when it can't load. */
	loadVocabulary: () => Promise<Vocabulary | undefined>;
	/** False when the reader asked to search for exactly what they typed. */
	correct: boolean;
}

/** Fewer results than this and the plan tries corrections: a typo often still finds one loosely related page. */
export const ENOUGH_RESULTS = 3;
/** How many of the strongest words are searched on their own when relaxing. */
const STRONGEST_WORDS = 4;
/** From this many words, a query that only a page or two match in full is also searched word by word. */
const LONG_QUERY_WORDS = 4;
/** The whole query's own ranking, when merged with the closest pages, outweighs any single word's. */
const WHOLE_QUERY_WEIGHT = 4;
/** Reciprocal-rank fusion's damping: small, as a list here holds a handful of pages, not thousands. */
const FUSION_K = 2;

/** Merge rankings: each list adds weight / (k + rank) to every result it holds; higher totals first. */
export function fuseRankings<R extends Ranked>(
	lists: readonly { results: readonly R[]; weight: number }[],
	k = FUSION_K,
): R[] {
	const scores = new Map<string, { result: R; score: number; first: number }>();
	let order = 0;
	for (const { results, weight } of lists) {
		results.forEach((result, index) => {
			const entry = scores.get(result.id) ?? { result, score: 0, first: order++ };
			entry.score += weight / (k + index + 1);
			scores.set(result.id, entry);
		});
	}
	return [...scores.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.map((entry) => entry.result);
}

export async function planSearch<R extends Ranked>(
	query: string,
	engine: SearchEngine<R>,
	options: PlanOptions,
): Promise<SearchOutcome<R>> {
	let words = query.split(' ').filter((word) => bareWord(word) !== '');
	let results = await engine.search(query);
	if (results.length >= ENOUGH_RESULTS) return { results, relaxed: false };

	let corrected: string | undefined;
	const vocabulary = options.correct ? await options.loadVocabulary() : undefined;
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
	if (words.length < 2 || (results.length > 0 && words.length < LONG_QUERY_WORDS))
		return { results, relaxed: false, ...withCorrection };
	const lists = await closestRankings(words, engine);
	if (results.length === 0)
		return { results: fuseRankings(lists), relaxed: true, ...withCorrection };
	// A long sentence that only one or two pages match word for word: those come first, the closest follow.
	return {
		results: fuseRankings([{ results, weight: WHOLE_QUERY_WEIGHT }, ...lists]),
		relaxed: false,
		...withCorrection,
	};
}

/** The rankings relaxation merges: all words that match something, together, then the strongest alone. */
async function closestRankings<R extends Ranked>(
	words: readonly string[],
	engine: SearchEngine<R>,
): Promise<{ results: R[]; weight: number }[]> {
	const unique = [...new Set(words.map((word) => word.toLowerCase()))];
	const single = await Promise.all(
		unique.map(async (word) => ({ word, results: await engine.search(word) })),
	);
	// A word that finds nothing on its own is one Pagefind cannot match: leave it out.
	const matched = single
		.filter((entry) => entry.results.length > 0)
		.sort((a, b) => a.results.length - b.results.length);
	const lists = matched
		.slice(0, STRONGEST_WORDS)
		.map((entry) => ({ results: entry.results, weight: 1 }));
	if (matched.length > 1) {
		const together = await engine.search(matched.map((entry) => entry.word).join(' '));
		lists.unshift({ results: together, weight: 2 });
	}
	return lists;
}
