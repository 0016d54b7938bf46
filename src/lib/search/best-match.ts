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
	const words = wordsOf(
		text.replace(/\([^)]*\)/g, ' ').replace(/(\d)\s*(?:%|per\s?cent\b|pct\b)/gi, '$1percent'),
	);
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

/**
 * Typo verdicts already worked out. A pasted message is compared word by word with every message on the
 * site, and the same few hundred word pairs come up again and again (a 15-word paste: 8,772 comparisons,
 * 1,809 distinct pairs, at 1,000 articles), all while the search page shows its first rows.
 */
const typoApart = new Map<string, boolean>();
const TYPO_MEMORY = 20_000;
const HAS_DIGIT = /\d/;

/** Two words are the same when equal or, for longer words without digits, a typo apart: 0% is not 99%. */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	if (shorter < 4) return false;
	const allowed = shorter >= 6 ? 2 : 1;
	// Words further apart in length than the edits allowed can't be a typo apart: most pairs end here,
	// before the memo's key is built.
	if (Math.abs(a.length - b.length) > allowed || HAS_DIGIT.test(a) || HAS_DIGIT.test(b))
		return false;
	const key = a < b ? `${a} ${b}` : `${b} ${a}`;
	let same = typoApart.get(key);
	if (same === undefined) {
		same = editDistance(a, b, allowed) <= allowed;
		if (typoApart.size >= TYPO_MEMORY) typoApart.clear();
		typoApart.set(key, same);
	}
	return same;
}

/**
 * Where `needle` occurs in `haystack` word by word (typos allowed), or -1. With `cutShort`, the needle's
 * last word may be the start of the haystack's word: a paste or a query that stops mid-word ("storage ful").
 */
function findRun(haystack: readonly string[], needle: readonly string[], cutShort = false): number {
	const last = needle.length - 1;
	const same = (word: string, offset: number, other: string) =>
		sameWord(other, word) ||
		(cutShort && offset === last && word.length >= 3 && other.startsWith(word));
	for (let start = 0; start + needle.length <= haystack.length; start++) {
		if (needle.every((word, offset) => same(word, offset, haystack[start + offset] ?? '')))
			return start;
	}
	return -1;
}

/**
 * How many words the two share in the same order (typos allowed): the longest common subsequence. A
 * message pasted with a word changed, left out or added ("Make sure your phone…" for "…the phone…") keeps
 * most of its words in order.
 */
function wordsInCommon(a: readonly string[], b: readonly string[]): number {
	let previous = new Array<number>(b.length + 1).fill(0);
	for (const word of a) {
		const current = [0];
		b.forEach((other, index) =>
			current.push(
				sameWord(word, other)
					? (previous[index] ?? 0) + 1
					: Math.max(previous[index + 1] ?? 0, current[index] ?? 0),
			),
		);
		previous = current;
	}
	return previous[b.length] ?? 0;
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

const FUZZY_WORDS = 6;
/** The share of a fuzzy match's query words that the message must have too. */
const FUZZY_SHARE_OF_QUERY = 0.75;

/**
 * How well a query matches one message, from 0 (not at all) to 1 (word for word), or 0 when the match is
 * too loose to show: the whole message inside the query (which may add a few words around it), or the
 * query inside the message (a truncated paste, long enough to point at one message, its last word maybe cut
 * short), or, for four words or more, the query's words in the message's order with a word or two left
 * out; failing those, a paste with words changed as well as typos, when most words of both are shared in
 * order (ranked below the closer matches).
 */
export function matchScore(queryWords: readonly string[], messageWords: readonly string[]): number {
	if (queryWords.length === 0 || messageWords.length === 0) return 0;
	const longer = Math.max(queryWords.length, messageWords.length);
	if (messageWords.length <= queryWords.length) {
		const enough =
			messageWords.length >= 2 &&
			(messageWords.length >= 4 || messageWords.length / queryWords.length >= 0.5);
		if (enough && findRun(queryWords, messageWords) !== -1) return messageWords.length / longer;
	} else {
		const start = findRun(messageWords, queryWords, true);
		const share = queryWords.length / messageWords.length;
		if (start === 0 ? queryWords.length >= 3 || share >= 0.6 : start > 0 && queryWords.length >= 4)
			return share;
		if (start === -1 && queryWords.length >= 4 && inOrder(messageWords, queryWords))
			return 0.9 * share;
	}
	// The whole message, or its start only for a paste cut short. Six words or more: a reader's sentence
	// shares four or five everyday words with many messages, a pasted message shares more.
	if (queryWords.length < FUZZY_WORDS) return 0;
	// A part can't share more words than it has: one shorter than this fails the checks below whatever it
	// holds, so its words-in-common table (most of a long paste's cost, cold) is never filled.
	const shortest = Math.max(FUZZY_WORDS, FUZZY_SHARE_OF_QUERY * queryWords.length);
	for (const part of [messageWords, messageWords.slice(0, queryWords.length + 4)]) {
		if (part.length < shortest) continue;
		const common = wordsInCommon(queryWords, part);
		if (
			common >= FUZZY_WORDS &&
			common / queryWords.length >= FUZZY_SHARE_OF_QUERY &&
			common / part.length >= 0.6
		)
			return (0.8 * common) / longer;
	}
	return 0;
}

const wordsOfMessages = new WeakMap<BestMatchEntry, string[]>();

/** An entry's words, worked out once: the page matches every query against every message. */
function messageWords(entry: BestMatchEntry): string[] {
	let words = wordsOfMessages.get(entry);
	if (!words) wordsOfMessages.set(entry, (words = matchWords(entry.message)));
	return words;
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
		.map((entry) => ({ entry, score: matchScore(queryWords, messageWords(entry)) }))
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
