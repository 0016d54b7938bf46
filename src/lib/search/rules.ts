/**
 * The reader's words turned into the words the pages use, by rules kept as content in
 * `content/search-synonyms.json` (checked at build time by `query-rules-schema.ts`). This module only
 * applies them, the same way for every rule, so it runs in the browser without a schema library.
 *
 * A rule's `readers` are phrase patterns, one word per space-separated token:
 * - a token lists alternatives with `|`: `turn|switch|power` matches any one of them;
 * - a token ending in `?` is optional: `the|my|your?`;
 * - `#` stands for a model number such as 12 or 6s.
 * The phrase must match whole words, in any case. Its match is replaced by the rule's `pages` words
 * (which may be empty, to drop a phrase).
 */

import { isNotWordCharacter, trimEdges } from './edges.ts';

/** One rule as the data file writes it. */
interface SynonymRule {
	/** Why the rule exists, for reviewers. */
	why: string;
	readers: string[];
	pages: string;
}

/** The data file: words that carry no topic, and phrase rules. */
export interface QueryRulesData {
	ignore: { why: string; words: string[] };
	rules: SynonymRule[];
}

/** Rules ready to apply. */
export interface QueryRules {
	ignored: Set<string>;
	phrases: CompiledPhrase[];
}

/**
 * A rule's pattern is built only when a query could match it: when the query has one of the words the
 * pattern starts with (its first word is never optional). Its word edges are Unicode letter classes, and
 * building and first running a pattern with them costs about 1 ms on a desktop core, far more on a phone:
 * for every rule, that would be tens of milliseconds on the search page's way to its first result, while
 * most queries match no rule at all. Even a cheaper pattern per rule cost 7 ms (Node, cold) to build.
 */
interface CompiledPhrase {
	/** The words a match starts with, lower-cased; undefined when it starts with a model number. */
	firstWords: readonly string[] | undefined;
	/** The full pattern, built on first use. */
	pattern: () => RegExp;
	replacement: string;
}

/**
 * A text's words, lower-cased, as a pattern's first word can match them: a hyphen is no word edge, so
 * "whats-re-boot" also offers "whats", "re", "boot", "whats-re", "re-boot".
 */
function wordsForRules(text: string): Set<string> {
	const words = new Set<string>();
	for (const word of text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) {
		const parts = word.split('-');
		parts.forEach((_, start) => {
			for (let end = start + 1; end <= parts.length; end++)
				words.add(parts.slice(start, end).join('-'));
		});
	}
	return words;
}

const WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}'])";
const WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}'])";
const MODEL_NUMBER = '\\d{1,2}[a-z]?';

function escapeRegExp(text: string): string {
	// Only the characters that are special in a `u`-flag pattern: there, escaping "-" or "/" is an error.
	return text.replace(/[.*+?^${}()[\]\\|]/g, '\\$&');
}

/** Why a pattern cannot be used, or undefined when it can. The schema reports this as a build failure. */
export function patternProblem(pattern: string): string | undefined {
	const tokens = pattern.trim().split(/\s+/);
	if (pattern.trim() === '') return 'is empty';
	if (tokens[0]?.endsWith('?'))
		return 'starts with an optional word; the first word must always be there';
	for (const token of tokens) {
		const alternatives = token.replace(/\?$/, '').split('|');
		if (alternatives.some((alternative) => alternative === ''))
			return `has an empty alternative in "${token}"`;
		if (alternatives.some((alternative) => /[\s?]/.test(alternative)))
			return `has a stray "?" inside "${token}"`;
	}
	return undefined;
}

/** The pattern's words as a regular expression source, without the word edges. */
function patternBody(pattern: string): string {
	const problem = patternProblem(pattern);
	if (problem) throw new Error(`The search pattern "${pattern}" ${problem}.`);
	const tokens = pattern.trim().split(/\s+/);
	const parts = tokens.map((token, index) => {
		const optional = token.endsWith('?');
		const alternatives = token
			.replace(/\?$/, '')
			.split('|')
			.map((alternative) => (alternative === '#' ? MODEL_NUMBER : escapeRegExp(alternative)));
		const group = `(?:${alternatives.join('|')})`;
		const separator = index === 0 ? '' : '\\s+';
		return optional ? `(?:${separator}${group})?` : `${separator}${group}`;
	});
	return parts.join('');
}

/** Compile one reader pattern to a regular expression over cleaned, lower-case-insensitive text. */
export function compilePattern(pattern: string): RegExp {
	return new RegExp(`${WORD_EDGE_BEFORE}${patternBody(pattern)}${WORD_EDGE_AFTER}`, 'giu');
}

/** Compile the data file's rules; longer patterns first, so "turn my phone off and on" wins over "turn my phone off". */
export function compileRules(data: QueryRulesData): QueryRules {
	const phrases = data.rules
		.flatMap((rule) => rule.readers.map((reader) => ({ reader, replacement: rule.pages })))
		.sort((a, b) => b.reader.split(/\s+/).length - a.reader.split(/\s+/).length)
		.map(({ reader, replacement }): CompiledPhrase => {
			const problem = patternProblem(reader);
			if (problem) throw new Error(`The search pattern "${reader}" ${problem}.`);
			const first = (reader.trim().split(/\s+/)[0] ?? '').toLowerCase().split('|');
			let pattern: RegExp | undefined;
			return {
				firstWords: first.includes('#') ? undefined : first,
				pattern: () => (pattern ??= compilePattern(reader)),
				replacement,
			};
		});
	return { ignored: new Set(data.ignore.words.map((word) => word.toLowerCase())), phrases };
}

/** Apply every phrase rule once, in order. */
export function applyPhrases(text: string, rules: QueryRules): string {
	let result = text;
	let words = wordsForRules(result);
	for (const { firstWords, pattern, replacement } of rules.phrases) {
		if (firstWords && !firstWords.some((word) => words.has(word))) continue;
		const replaced = result.replace(pattern(), replacement);
		if (replaced === result) continue;
		result = replaced;
		words = wordsForRules(result);
	}
	return result.replace(/\s+/g, ' ').trim();
}

/**
 * A word without the punctuation around it, lower-cased: "I." → "i", "Your" → "your", "a'" → "a". An
 * apostrophe inside a word belongs to it ("don't"); at its edge it is a quote mark, which the query's own
 * trimming drops too, so a word counts as the same word wherever it stands in the query.
 */
export function bareWord(word: string): string {
	return trimEdges(word.toLowerCase(), isAroundWord);
}

const isAroundWord = (char: string) => char === "'" || isNotWordCharacter(char);

/** Whether a word carries no topic by the data file's list. */
export function isIgnored(word: string, rules: QueryRules): boolean {
	return rules.ignored.has(bareWord(word));
}
