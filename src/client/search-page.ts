import { findBestMatch, type BestMatchEntry } from '../lib/search/best-match.ts';
import { bestMatchEntries, searchInstant, toSearchHitShape } from '../lib/search/instant.ts';
import { compileRules, type QueryRules } from '../lib/search/rules.ts';
import {
	capQuery,
	cleanPastedText,
	describeCount,
	MAX_QUERY_LENGTH,
	normalizeQuery,
} from '../lib/search/query.ts';
import {
	parseSearchPageData,
	SEARCH_WORD_KEYS,
	toRulesData,
	type SearchWords,
} from '../lib/search/page-data.ts';
import { fill } from '../lib/i18n/text.ts';
import { planSearch, type SearchOutcome } from '../lib/search/plan.ts';
import { toVocabulary, type Vocabulary } from '../lib/search/spelling.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-loader.ts';
import { resultsList } from './search-results.ts';
import './unanswered.ts';

/** Instant rows shown at once: as many as Pagefind's first page of results. */
const INSTANT_ROWS = 5;
const DEBOUNCE_MS = 200;
/** `?verbatim=1` searches exactly what the reader typed: the "Search instead for" link. */
const VERBATIM_PARAM = 'verbatim';

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/**
 * Resolves once the page has painted what it shows now. Pagefind starts after the first paint: its script
 * is preloaded and its WebAssembly fetched ahead from the start (pagefind-loader.ts), but running them would
 * hold back the frame that shows the instant rows.
 */
const afterPaint = () =>
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

void afterPaint().then(() => loadPagefind().catch(() => undefined));

/**
 * The words of the page's language (`data-vocabulary`), fetched only when a search finds too little; a
 * failure just means no typo correction.
 */
function loadVocabulary(): Promise<Vocabulary | undefined> {
	const address = root?.dataset['vocabulary'];
	if (address === undefined) return Promise.resolve(undefined);
	vocabulary ??= fetch(address)
		.then((response) =>
			response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
		)
		.then((words: unknown) =>
			Array.isArray(words)
				? toVocabulary(words.filter((word): word is string => typeof word === 'string'))
				: undefined,
		)
		.catch(() => {
			vocabulary = undefined;
			return undefined;
		});
	return vocabulary;
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const status = byId('search-status');
const list = byId<HTMLOListElement>('search-results');
const empty = byId('search-empty');
const failed = byId('search-failed');
const correction = byId('search-correction');
const moreRow = byId('search-more-row');

const pageData = parseSearchPageData(byId('search-data')?.textContent);
const rules: QueryRules = compileRules(toRulesData(pageData?.rules ?? { ignore: [], phrases: [] }));
const instantIndex = pageData?.instant ?? [];
const bestMatchList: BestMatchEntry[] = bestMatchEntries(instantIndex);

// The page's sentences; a page without its data (never built that way) still searches, in silence.
const words: SearchWords =
	pageData?.words ?? (Object.fromEntries(SEARCH_WORD_KEYS.map((key) => [key, ''])) as SearchWords);
const results = list ? resultsList(list, moreRow, words) : undefined;

let latestRequest = 0;
let debounce: ReturnType<typeof setTimeout> | undefined;
let firstResultMarked = false;
let bestMatch: BestMatchEntry | undefined;

/** Show the message the query names, with its step; works without Pagefind. */
function renderBestMatch(raw: string) {
	const region = byId('best-match');
	if (!region) return;
	const match = raw.trim() === '' ? undefined : findBestMatch(cleanPastedText(raw), bestMatchList);
	bestMatch = match;
	region.hidden = match === undefined;
	if (!match) return;
	const step = byId<HTMLAnchorElement>('best-match-step');
	byId('best-match-message')?.replaceChildren(`“${match.message}”`);
	byId('best-match-kind')?.replaceChildren(
		match.exact ? words.exactMessage : words.describedMessage,
	);
	byId('best-match-article')?.replaceChildren(match.articleTitle);
	if (step) {
		step.href = match.href;
		step.textContent = match.stepTitle;
	}
	performance.mark('search:best-match');
}

function searchUrl(query: string, verbatim: boolean): string {
	const url = new URL('/search/', location.href);
	url.searchParams.set('q', query);
	if (verbatim) url.searchParams.set(VERBATIM_PARAM, '1');
	return url.pathname + url.search;
}

function renderCorrection(raw: string, corrected: string | undefined) {
	if (!correction) return;
	correction.hidden = corrected === undefined;
	if (corrected === undefined) return;
	const correctedLink = byId<HTMLAnchorElement>('search-corrected');
	const originalLink = byId<HTMLAnchorElement>('search-original');
	if (correctedLink) {
		correctedLink.textContent = corrected;
		correctedLink.href = searchUrl(corrected, false);
	}
	if (originalLink) {
		originalLink.textContent = cleanPastedText(raw);
		originalLink.href = searchUrl(raw, true);
	}
}

function markFirstResult() {
	if (firstResultMarked) return;
	firstResultMarked = true;
	performance.mark('search:first-result');
}

/** Show the instant index's answer at once, while Pagefind loads. */
function showInstant(query: string): boolean {
	const hits = searchInstant(query, instantIndex)
		.slice(0, INSTANT_ROWS)
		.map((hit) => ({ path: hit.path, score: hit.score, item: toSearchHitShape(hit, query) }));
	const shown = results?.showInstant(hits, bestMatch?.href) ?? false;
	if (shown) markFirstResult();
	return shown;
}

function showFailure(reason: string) {
	if (status) status.textContent = reason;
	if (failed) failed.hidden = false;
	list?.removeAttribute('aria-busy');
}

/** Hide what belongs to the last search's outcome. */
function resetResults() {
	for (const element of [empty, failed, correction]) if (element) element.hidden = true;
}

/**
 * Search for `raw`, which `takeQuery` has already cut to the cap; `shortened` says it did, and every
 * status line of this search then starts with the notice.
 */
async function runSearch(raw: string, verbatim = false, shortened = false) {
	if (!status || !list || !results) return;
	const request = ++latestRequest;
	results.begin(request);
	const notice = fill(words.shortened, { count: MAX_QUERY_LENGTH });
	const say = (text: string) => (shortened ? `${notice} ${text}` : text);
	renderBestMatch(raw);
	const query = verbatim ? cleanPastedText(raw) : normalizeQuery(raw, rules);
	if (query === '') {
		resetResults();
		results.clear();
		status.textContent = say(describeCount(0, '', words));
		return;
	}
	status.textContent = say(words.searching);
	list.setAttribute('aria-busy', 'true');
	// Pagefind's search takes the main thread for a while: let the instant rows be painted first.
	if (showInstant(query)) await afterPaint();
	if (request !== latestRequest) return;
	let engine: Pagefind;
	let outcome: SearchOutcome<PagefindResult>;
	try {
		engine = await loadPagefind();
	} catch {
		if (request === latestRequest) showFailure(say(words.couldNotLoad));
		return;
	}
	try {
		const adapter = { search: async (text: string) => (await engine.search(text))?.results ?? [] };
		outcome = await planSearch(query, adapter, { loadVocabulary, correct: !verbatim });
		if (request !== latestRequest) return;
		resetResults();
		if (!(await results.refine(request, outcome.results, bestMatch?.href))) return;
	} catch {
		if (request === latestRequest) showFailure(say(words.stopped));
		return;
	}
	list.removeAttribute('aria-busy');
	renderCorrection(raw, outcome.corrected);
	// Rows the reader had reached stay even when Pagefind found nothing: they still match.
	const shown = Math.max(outcome.results.length, results.rows());
	if (empty) empty.hidden = shown > 0;
	// Say what the reader typed (or the correction searched), not the trimmed-down query Pagefind was given.
	// The pages with every word are the matches; when Pagefind found none, the rows the reader kept are.
	const count = outcome.relaxed || outcome.matching === 0 ? shown : outcome.matching;
	const searched = outcome.corrected ?? cleanPastedText(raw);
	status.textContent = say(describeCount(count, searched, words, outcome.relaxed));
	if (shown > 0) markFirstResult();
}

/** What the box was last cut to: searched again (Enter after a paste, Retry), it is still cut. */
let cutTo: string | undefined;

/**
 * Text for the search, cut to the longest query the page searches before anything else reads it: the
 * box then shows what is searched, and the address stays short enough for any host.
 */
function takeQuery(text: string): { query: string; shortened: boolean } {
	const taken = capQuery(text);
	if (!taken.shortened) return { query: text, shortened: text === cutTo };
	cutTo = taken.query;
	if (input) input.value = taken.query;
	return taken;
}

/** Search what the box holds, and keep the address in step with it. */
function searchBox() {
	if (!input) return;
	const { query, shortened } = takeQuery(input.value);
	syncUrl(query);
	void runSearch(query, false, shortened);
}

function syncUrl(raw: string) {
	const url = new URL(location.href);
	url.searchParams.delete(VERBATIM_PARAM);
	if (raw.trim() === '') url.searchParams.delete('q');
	else url.searchParams.set('q', raw);
	history.replaceState(null, '', url);
}

function resultLinks(): HTMLAnchorElement[] {
	return [...(list?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
}

function moveFocus(from: Element | null, step: 1 | -1) {
	const links = resultLinks();
	if (links.length === 0) return;
	const index = from instanceof HTMLAnchorElement ? links.indexOf(from) : -1;
	const next = index + step;
	if (next < 0) input?.focus();
	else links[Math.min(next, links.length - 1)]?.focus();
}

if (root && form && input) {
	document.querySelector('#search-fallback')?.remove();
	const params = new URLSearchParams(location.search);
	const initial = takeQuery(params.get('q') ?? '');
	input.value = initial.query;

	// Enter searches at once; only typing waits for a pause.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(debounce);
		searchBox();
	});
	input.addEventListener('input', () => {
		clearTimeout(debounce);
		debounce = setTimeout(searchBox, DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			moveFocus(null, 1);
		} else if (event.key === 'Escape') {
			input.value = '';
			syncUrl('');
			void runSearch('');
		}
	});
	list?.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			moveFocus(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Escape') {
			input.focus();
		}
	});
	byId('search-retry')?.addEventListener('click', () => {
		const params = new URLSearchParams(location.search);
		const { query, shortened } = takeQuery(input.value);
		void runSearch(
			query,
			params.get(VERBATIM_PARAM) === '1' && params.get('q') === query,
			shortened,
		);
	});
	byId('search-more')?.addEventListener('click', () => {
		void results?.more();
	});
	root.setAttribute('data-ready', '');
	performance.mark('search:interactive');
	void runSearch(initial.query, params.get(VERBATIM_PARAM) === '1', initial.shortened);
	if (initial.query === '') input.focus();
}
