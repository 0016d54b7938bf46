// Pagefind on the search page: loaded once, tried again after a failure, its files fetched early and inflated.
import { withFetchedAhead } from '../lib/search/pagefind/fetch-ahead.ts';
import { PAGEFIND_SCRIPT, pagefindWasm } from '../lib/search/pagefind/files.ts';
import { withNativeInflate } from '../lib/search/pagefind/inflate.ts';
import { PAGEFIND_OPTIONS, type PagefindResultData } from '../lib/search/query.ts';

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

// Pagefind fetches its files with the page's `fetch`: start its WebAssembly now (see fetch-ahead) and hand
// its files over already inflated (see pagefind-inflate). A browser without DecompressionStream leaves
// them to Pagefind's own inflater.
const fetchAhead = withFetchedAhead(
	window.fetch.bind(window),
	[pagefindWasm(document.documentElement.lang)],
	location.origin,
);
window.fetch =
	typeof DecompressionStream === 'function'
		? withNativeInflate(fetchAhead, location.origin)
		: fetchAhead;

let pagefind: Promise<Pagefind> | undefined;
let failedLoads = 0;

/**
 * Load Pagefind once; a failed load is forgotten, so the next search (or Retry) tries again. The browser
 * remembers a module that failed to load under its address, so a new attempt asks under a new one.
 */
export function loadPagefind(): Promise<Pagefind> {
	// A runtime path keeps the bundler from resolving Pagefind, which only exists after indexing.
	const path = failedLoads === 0 ? PAGEFIND_SCRIPT : `${PAGEFIND_SCRIPT}?attempt=${failedLoads}`;
	pagefind ??= import(/* @vite-ignore */ path)
		.then(async (module: Pagefind) => {
			await module.options(PAGEFIND_OPTIONS);
			await module.init();
			return module;
		})
		.catch((error: unknown) => {
			pagefind = undefined;
			failedLoads++;
			throw error;
		});
	return pagefind;
}
