import type { InstantArticle } from './instant.ts';
import type { QueryRulesData } from './rules.ts';

/**
 * What the search page carries inside its HTML, made at build time: the query rules (already checked by
 * `query-rules-schema.ts`, without the reviewers' notes) and the instant index of the page's language,
 * which Best match reads too.
 */
export interface SearchPageData {
	rules: { ignore: string[]; phrases: { readers: string[]; pages: string }[] };
	instant: InstantArticle[];
	/** What the page's script says, in the page's language. */
	words: SearchWords;
}

/** The sentences the search page's script writes (src/lib/i18n/ui/, group `search`). */
export const SEARCH_WORD_KEYS = [
	'searching',
	'couldNotLoad',
	'stopped',
	'riskNote',
	'matchingSteps',
	'exactMessage',
	'describedMessage',
	'typeSomething',
	'noMatch',
	'oneMatch',
	'manyMatch',
	'closest',
	'shortened',
] as const;
export type SearchWords = Record<(typeof SEARCH_WORD_KEYS)[number], string>;

/** The rules in the shape `compileRules` takes. */
export function toRulesData(data: SearchPageData['rules']): QueryRulesData {
	return {
		ignore: { why: '', words: data.ignore },
		rules: data.phrases.map((phrase) => ({ why: '', ...phrase })),
	};
}

const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Whether an entry has the instant index's shape down to its steps' lists. Only this build writes the
 * index; what the guard must catch is a page cached from another build, whose entries differ in shape.
 */
function isInstantArticle(value: unknown): value is InstantArticle {
	if (!Array.isArray(value)) return false;
	const [path, title, , steps] = value as unknown[];
	return (
		typeof path === 'string' &&
		typeof title === 'string' &&
		Array.isArray(steps) &&
		steps.every((step) => Array.isArray(step) && Array.isArray((step as unknown[])[2]))
	);
}

/**
 * The page's data, or undefined when the embedded JSON is missing or not in this shape (a stale cached
 * page after a deploy): the page then searches without rules, instant results or Best match rather than
 * showing wrong ones.
 * A plain guard, not a schema library, since this runs in the reader's browser.
 */
export function parseSearchPageData(json: string | null | undefined): SearchPageData | undefined {
	if (!json) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	const { rules, instant, words } = value as Record<string, unknown>;
	if (
		typeof words !== 'object' ||
		words === null ||
		!SEARCH_WORD_KEYS.every((key) => typeof (words as Record<string, unknown>)[key] === 'string') ||
		typeof rules !== 'object' ||
		rules === null ||
		!Array.isArray(instant) ||
		!instant.every(isInstantArticle)
	)
		return undefined;
	const { ignore, phrases } = rules as Record<string, unknown>;
	if (!isStringArray(ignore) || !Array.isArray(phrases)) return undefined;
	const phrasesOk = phrases.every(
		(phrase) =>
			typeof phrase === 'object' &&
			phrase !== null &&
			isStringArray((phrase as Record<string, unknown>)['readers']) &&
			typeof (phrase as Record<string, unknown>)['pages'] === 'string',
	);
	return phrasesOk ? (value as SearchPageData) : undefined;
}
