/**
 * Typo correction against the site's own vocabulary in the page's language (`/search-vocabulary.json`,
 * `/<lang>/search-vocabulary.json`, made at build time from titles, messages, step headings and bodies by
 * `vocabulary.ts`). Hand-written rather than a library: the whole job is one edit distance over a few
 * thousand words, and a library would add more to the search page than this file weighs.
 */

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), so "iphnoe"
 * is one edit from "iphone" and "storgae" one from "storage". Stops early once the distance exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
			current[j] = value;
			rowBest = Math.min(rowBest, value);
		}
		if (rowBest > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** How many edits a word of this length may be away from its correction: short words get one, others two. */
function allowedEdits(word: string): number {
	if (word.length <= 3) return 0;
	return word.length <= 5 ? 1 : 2;
}

/** The site's words, most frequent first, for fast membership and ordered candidates. */
export interface Vocabulary {
	words: readonly string[];
	known: ReadonlySet<string>;
}

export function toVocabulary(words: readonly string[]): Vocabulary {
	return { words, known: new Set(words) };
}

/**
 * The vocabulary word nearest to `word`, or undefined when `word` is known, is a number, or nothing is near
 * enough. Among equally near words the more frequent one wins (the list is ordered by frequency).
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
	const lower = word.toLowerCase();
	if (vocabulary.known.has(lower) || /\d/.test(lower)) return undefined;
	const limit = allowedEdits(lower);
	if (limit === 0) return undefined;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of vocabulary.words) {
		if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
		const distance = editDistance(lower, candidate, bestDistance - 1);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
			if (distance === 1) break;
		}
	}
	return best;
}

/** A query's words with each unknown word replaced by its correction, and whether anything changed. */
export function correctWords(
	words: readonly string[],
	vocabulary: Vocabulary,
): { words: string[]; changed: boolean } {
	let changed = false;
	const corrected = words.map((word) => {
		const correction = correctWord(word, vocabulary);
		if (correction === undefined) return word;
		changed = true;
		return correction;
	});
	return { words: corrected, changed };
}
