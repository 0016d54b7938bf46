import { wordsOf } from '../content/article-text.ts';
import { editDistance } from './spelling.ts';

/**
 * "Best match": the message a reader pasted, found among the articles' `errors`, with the step that fixes
 * it. The entries come from the instant index (instant.ts), made at build time and shipped with the search
 * page, so the match shows before Pagefind has loaded, and does not depend on it.
 */
export interface BestMatchEntry {
	message: string;
	/** True when the message is quoted word for word from a source; otherwise it is our wording of a symptom. */
	exact: boolean;
	articleTitle: string;
	stepTitle: string;
	href: string;
}

/** Ways of saying the same negation, written one way: Couldn't for Can't, "can not", "cannot". */
const SAME_WORD: Record<string, string> = {
	cant: "can't",
	cannot: "can't",
	"couldn't": "can't",
	couldnt: "can't",
	wont: "won't",
	"wouldn't": "won't",
	doesnt: "doesn't",
	isnt: "isn't",
	dont: "don't",
};
const TWO_WORDS: Record<string, string> = {
	'can not': "can't",
	'could not': "can't",
	'will not': "won't",
	'does not': "doesn't",
	'is not': "isn't",
	'do not': "don't",
};

/** The words of a message or query, compared case-, quote- and negation-blind; bracketed asides are left out. */
export function matchWords(text: string): string[] {
	const words = wordsOf(text.replace(/\([^)]*\)/g, ' ').replace(/(\d)\s*%/g, '$1percent'));
	const joined: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index] ?? '';
		const pair = TWO_WORDS[`${word} ${words[index + 1] ?? ''}`];
		if (pair) {
			joined.push(pair);
			index++;
		} else {
			joined.push(SAME_WORD[word] ?? word);
		}
	}
	return joined;
}

/** Two words are the same when equal or, for longer words, a typo apart. */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	if (shorter < 4) return false;
	const allowed = shorter >= 6 ? 2 : 1;
	return editDistance(a, b, allowed) <= allowed;
}

/** Where `needle` occurs in `haystack` word by word (typos allowed), or -1. */
function findRun(haystack: readonly string[], needle: readonly string[]): number {
	for (let start = 0; start + needle.length <= haystack.length; start++) {
		if (needle.every((word, offset) => sameWord(haystack[start + offset] ?? '', word)))
			return start;
	}
	return -1;
}

/** Whether every word of `needle` occurs in `haystack` in the same order, with other words between (typos allowed). */
function inOrder(haystack: readonly string[], needle: readonly string[]): boolean {
	let position = 0;
	for (const word of needle) {
		while (position < haystack.length && !sameWord(haystack[position] ?? '', word)) position++;
		if (position === haystack.length) return false;
		position++;
	}
	return true;
}

/**
 * How well a query matches one message, from 0 (not at all) to 1 (word for word), or 0 when the match is
 * too loose to show: the whole message inside the query (which may add a few words around it), or the
 * query inside the message (a truncated paste, long enough to point at one message), or, for four words
 * or more, the query's words in the message's order with a word or two left out.
 */
export function matchScore(queryWords: readonly string[], messageWords: readonly string[]): number {
	if (queryWords.length === 0 || messageWords.length === 0) return 0;
	const longer = Math.max(queryWords.length, messageWords.length);
	if (messageWords.length <= queryWords.length) {
		const enough =
			messageWords.length >= 2 &&
			(messageWords.length >= 4 || messageWords.length / queryWords.length >= 0.5);
		return enough && findRun(queryWords, messageWords) !== -1 ? messageWords.length / longer : 0;
	}
	const start = findRun(messageWords, queryWords);
	if (start === -1)
		return inOrder(messageWords, queryWords) && queryWords.length >= 4
			? (0.9 * queryWords.length) / messageWords.length
			: 0;
	const share = queryWords.length / messageWords.length;
	const enough = start === 0 ? queryWords.length >= 3 || share >= 0.6 : queryWords.length >= 4;
	return enough ? share : 0;
}

/**
 * The entry the query names, or undefined when none matches closely enough, or when a partial match fits
 * more than one step ("Backup stuck at" could be 0% or 99%): a guess between them would be a wrong answer.
 */
export function findBestMatch(
	query: string,
	entries: readonly BestMatchEntry[],
): BestMatchEntry | undefined {
	const queryWords = matchWords(query);
	const scored = entries
		.map((entry) => ({ entry, score: matchScore(queryWords, matchWords(entry.message)) }))
		.filter((item) => item.score > 0);
	const best = scored.reduce<(typeof scored)[number] | undefined>(
		(top, item) => (top === undefined || item.score > top.score ? item : top),
		undefined,
	);
	if (!best) return undefined;
	const rivals = scored.filter(
		(item) => item.entry.href !== best.entry.href && (best.score < 1 || item.score === 1),
	);
	return rivals.length === 0 ? best.entry : undefined;
}
