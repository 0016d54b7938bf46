import { isEdgePunctuation, trimEdges } from './edges.ts';
import { fill } from '../i18n/text.ts';
import { HIGHLIGHT_PARAM } from './highlight.ts';
import { applyPhrases, bareWord, isIgnored, type QueryRules } from './rules.ts';

/**
 * Pagefind options shared by the search page and the relevance test (`npm run relevance`), so both rank
 * alike. Ranking keeps Pagefind's defaults except two, each measured on `e2e/relevance-set.json` (the
 * index-side weights are in ArticleLayout.astro and StepHeading.astro):
 * - `termSimilarity` 10 (default 1): Pagefind also matches words that merely start with a query word, so
 *   "apps" found "Apple Account", "up" found "update" and "not" found "nothing". Favouring close matches
 *   keeps those extensions from outranking the page that has the word itself.
 * - `metaWeights.title` 1 (default 5): the title is the page's h1, already indexed at weight 10. The extra
 *   five-fold title boost counted it again and lifted pages whose titles share everyday words
 *   ("Use the right Apple Account, with iCloud Drive on") above the page a message belongs to.
 */
export const PAGEFIND_OPTIONS = {
	highlightParam: HIGHLIGHT_PARAM,
	// Search in the page, not in a Web Worker: the worker is another 12 kB gz script to fetch and start
	// before the first result, and a help center's index is small enough to search on the main thread.
	noWorker: true,
	excerptLength: 24,
	ranking: {
		termSimilarity: 10,
		// risk is metadata for the results list, not words to match: "is it safe" must not hit every page.
		metaWeights: { title: 1, risk: 0 },
	},
};

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB"]/g;
const BRACKETS = /[()[\]{}<>]/g;
/** "99 percent", "99 per cent", "99pct": the pages write 99%. */
const PERCENT = /(\d)\s*(?:per\s?cent|pct)\b/gi;
/** "3gb" is one unknown word to Pagefind; the pages write "3 GB". */
const NUMBER_AND_UNIT = /\b(\d+(?:[.,]\d+)?)(kb|mb|gb|tb)\b/gi;

/**
 * Turn text pasted from a phone, or typed as a question, into a query Pagefind matches: straight
 * apostrophes, no surrounding quotes (a fully quoted query would demand an exact phrase), no trailing
 * punctuation, numbers written as the pages write them, the phrase rules of `content/search-synonyms.json`,
 * and none of the words it lists as carrying no topic. A query made only of such words is kept as it is,
 * so it still finds something.
 */
export function normalizeQuery(raw: string, rules: QueryRules): string {
	const text = cleanPastedText(raw)
		.replace(PERCENT, '$1%')
		.replace(
			NUMBER_AND_UNIT,
			(_, number: string, unit: string) => `${number} ${unit.toUpperCase()}`,
		);
	const cleaned = trimEdges(applyPhrases(text, rules), isEdgePunctuation);
	const kept = cleaned.split(' ').filter((word) => !isIgnored(word, rules));
	if (kept.length === 0) return cleaned;
	// Dropping words can bring a phrase together ("whats the app"), or leave a quote mark at the query's
	// edge that kept a phrase from matching, so the edges are trimmed and the rules run once more.
	return trimEdges(
		applyPhrases(trimEdges(kept.join(' '), isEdgePunctuation), rules),
		isEdgePunctuation,
	);
}

/** Pasted text as a reader would read it back: straight apostrophes, no quotes or brackets, no trailing punctuation. */
export function cleanPastedText(raw: string): string {
	const text = raw
		.normalize('NFKC')
		.replace(QUOTES, "'")
		.replace(DOUBLE_QUOTES, ' ')
		.replace(BRACKETS, ' ')
		.replace(/\s+/g, ' ');
	return trimEdges(text, isEdgePunctuation);
}

/**
 * The longest query the search page searches, in characters. The longest message an article lists and
 * the longest question in the relevance sets are both about 120 characters; 300 leaves room for a
 * message pasted with its title or a sentence around it. Longer text is a pasted log or page, not a
 * query: every word of a long query is also searched on its own (plan.ts), so its length is paid for
 * in Pagefind searches, and a link carrying it grows past what hosts accept (about 16 KB).
 */
export const MAX_QUERY_LENGTH = 300;

/** What the page tells a reader whose query was cut to `MAX_QUERY_LENGTH`. */

/** The query cut to `MAX_QUERY_LENGTH` characters, never in the middle of a character. */
export function capQuery(raw: string): { query: string; shortened: boolean } {
	if (raw.length <= MAX_QUERY_LENGTH) return { query: raw, shortened: false };
	const code = raw.charCodeAt(MAX_QUERY_LENGTH - 1);
	const cut = code >= 0xd800 && code <= 0xdbff ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
	return { query: raw.slice(0, cut), shortened: true };
}

/** The parts of a Pagefind result's data that the results list shows. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: {
		title: string;
		url: string;
		excerpt: string;
		weighted_locations?: { balanced_score: number }[];
	}[];
}

/** One result as the search page renders it. */
export interface SearchHit {
	title: string;
	summary: string;
	url: string;
	risk: string | undefined;
	steps: { title: string; url: string; excerpt: string }[];
}

/** Shape a Pagefind result for display: the article, then up to `maxSteps` steps, best match first. */
export function toSearchHit(data: PagefindResultData, maxSteps = 3): SearchHit {
	const pageUrl = data.url.split('#')[0] ?? data.url;
	const score = (sub: { weighted_locations?: { balanced_score: number }[] }) =>
		(sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
	// A step that matches more of the query's words beats one that repeats a single word often.
	const wordsMatched = (sub: { excerpt: string }) =>
		new Set(
			splitExcerpt(sub.excerpt)
				.filter((part) => part.marked)
				.map((part) => bareWord(part.text)),
		).size;
	const steps = (data.sub_results ?? [])
		.filter((sub) => sub.url.includes('#') && sub.url !== pageUrl)
		.sort((a, b) => wordsMatched(b) - wordsMatched(a) || score(b) - score(a))
		.slice(0, maxSteps)
		.map(({ title, url, excerpt }) => ({ title, url, excerpt }));
	return {
		title: data.meta['title'] ?? pageUrl,
		summary: data.meta['description'] ?? '',
		url: pageUrl,
		risk: data.meta['risk'],
		steps,
	};
}

/** The page a result address opens: result addresses carry the highlight parameter and a step's anchor. */
export function pathOf(url: string): string {
	return url.split(/[?#]/)[0] ?? url;
}

/** `path` (with an optional `#step`) as a result address, with the highlight parameter as Pagefind adds it. */
export function withHighlight(path: string, query: string): string {
	const [page = path, step] = path.split('#');
	const params = new URLSearchParams();
	for (const term of query.split(/\s+/)) if (term !== '') params.append(HIGHLIGHT_PARAM, term);
	const search = params.toString();
	return `${page}${search === '' ? '' : `?${search}`}${step === undefined ? '' : `#${step}`}`;
}

/**
 * The hits with the article of the Best match first, when it is among them: the page that lists the pasted
 * message as one it fixes answers it better than a page that happens to use its words more often.
 */
export function bestMatchFirst(
	hits: readonly SearchHit[],
	bestMatchHref: string | undefined,
): SearchHit[] {
	const path = bestMatchHref === undefined ? undefined : pathOf(bestMatchHref);
	const index = path === undefined ? -1 : hits.findIndex((hit) => pathOf(hit.url) === path);
	if (index <= 0) return [...hits];
	return [hits[index] as SearchHit, ...hits.slice(0, index), ...hits.slice(index + 1)];
}

/**
 * What the results count says, for sighted readers and screen readers alike. When no page has every word
 * (`closest`), a count would only say how many pages share any word of a sentence, nearly all of them:
 * the reader is told instead that the list starts with the closest pages.
 */
export function describeCount(
	count: number,
	query: string,
	words: CountWords,
	closest = false,
): string {
	if (query === '') return words.typeSomething;
	const template =
		count === 0
			? words.noMatch
			: closest
				? words.closest
				: count === 1
					? words.oneMatch
					: words.manyMatch;
	return fill(template, { count, query });
}

/** The search page's sentences about a count, in the page's language (src/lib/i18n/ui/). */
export interface CountWords {
	typeSomething: string;
	noMatch: string;
	oneMatch: string;
	manyMatch: string;
	closest: string;
}

/** A piece of a Pagefind excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

/** Split an excerpt into text parts, so it can be rendered as text nodes rather than parsed as HTML. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>(.*?)<\/mark>/g;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last)
			parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
		parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length)
		parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
	return parts;
}

/**
 * The excerpt without the step's heading at its start. Pagefind's excerpt of a section begins with the
 * section's heading, often cut at the front ("…the backup really stuck? Compare sizes. Before you…"), and
 * the results list already shows that heading as the step's link just above. The heading, or its end from
 * its second-to-last word on, is dropped with the stop Pagefind adds after it; an excerpt that is nothing
 * but the heading is kept as it is.
 */
export function withoutHeading(parts: readonly ExcerptPart[], heading: string): ExcerptPart[] {
	const text = parts.map((part) => part.text).join('');
	const words = heading
		.trim()
		.split(/\s+/)
		.filter((word) => word !== '');
	// Longest first: the whole heading, then its ends of two words or more. Compared slice by slice, so a
	// letter whose lower case is longer never shifts where the cut falls.
	const ends = words
		.map((_, first) => words.slice(first).join(' '))
		.filter((_, first) => first === 0 || words.length - first >= 2);
	const found = ends.find(
		(end) => text.slice(0, end.length).toLocaleLowerCase() === end.toLocaleLowerCase(),
	);
	if (found === undefined) return [...parts];
	let cut = found.length;
	cut += /^[\s.:]*/.exec(text.slice(cut))?.[0].length ?? 0;
	if (cut >= text.length) return [...parts];
	const kept: ExcerptPart[] = [];
	let position = 0;
	for (const part of parts) {
		const end = position + part.text.length;
		if (end > cut) kept.push({ ...part, text: part.text.slice(Math.max(0, cut - position)) });
		position = end;
	}
	return kept;
}

/** Drop any tag Pagefind left in, then decode entities: the result is only ever used as text. */
function decodeEntities(text: string): string {
	return text
		.replace(/<[^>]*>/g, '')
		.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}
