/** The URL parameter that carries a search term to the page a result opens, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind options shared by the search page and the relevance test, so both rank alike. */
export const PAGEFIND_OPTIONS = {
	highlightParam: HIGHLIGHT_PARAM,
	excerptLength: 24,
};

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB"]/g;
const BRACKETS = /[()[\]{}<>]/g;
const EDGE_PUNCTUATION = /^[\s'.,;:!?…-]+|[\s'.,;:!?…-]+$/g;

/**
 * Turn text pasted from a phone into a query Pagefind matches: straight apostrophes, no
 * surrounding quotes (a fully quoted query would demand an exact phrase), no trailing punctuation.
 */
export function normalizeQuery(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(QUOTES, "'")
		.replace(DOUBLE_QUOTES, ' ')
		.replace(BRACKETS, ' ')
		.replace(/\s+/g, ' ')
		.replace(EDGE_PUNCTUATION, '')
		.trim();
}

/** The parts of a Pagefind result's data that the results list shows. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
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
	const steps = (data.sub_results ?? [])
		.filter((sub) => sub.url.includes('#') && sub.url !== pageUrl)
		.sort((a, b) => score(b) - score(a))
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

/** What the results count says, for sighted readers and screen readers alike. */
export function describeCount(count: number, query: string): string {
	if (query === '') return 'Type a message or a few words about the problem.';
	if (count === 0) return `No articles match “${query}”.`;
	return `${count} ${count === 1 ? 'article matches' : 'articles match'} “${query}”.`;
}

/** A piece of a Pagefind excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Split an excerpt into text parts, so it can be rendered as text nodes rather than parsed as HTML. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>(.*?)<\/mark>/g;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
		parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
	return parts;
}

/** Drop any tag Pagefind left in, then decode entities: the result is only ever used as text. */
function decodeEntities(text: string): string {
	return text.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}
