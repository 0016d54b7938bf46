// Only names (the highlight parameter, Pagefind's addresses): the search module itself stays off pages until
// search is opened.
import { HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';
import {
	PAGEFIND_ENTRY,
	PAGEFIND_HIGHLIGHT_SCRIPT,
	PAGEFIND_SCRIPT,
} from '../lib/search/pagefind/files.ts';

// "/" jumps to the search box, as on most help centers, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
		return;
	const search = document.querySelector<HTMLInputElement>(
		'main input[type="search"], header input[type="search"]',
	);
	if (!search) return;
	event.preventDefault();
	search.focus();
	search.select();
});

/** Pagefind's highlight script: constructing it marks the searched words on the page. */
interface PagefindHighlightModule {
	default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

// A reader who focuses a search box (header, home, 404) is about to search: fetch Pagefind's files while
// they type, so the search page finds them in the cache. Prefetch links fill the HTTP cache without running
// anything on this page. The search page loads Pagefind itself (pagefind-loader.ts): a prefetch there
// would only ask for the same files twice.
let searchPrefetched = document.querySelector('[data-search-page]') !== null;
function prefetch(href: string) {
	const link = document.createElement('link');
	link.rel = 'prefetch';
	link.href = href;
	document.head.append(link);
}
document.addEventListener('focusin', (event) => {
	if (
		searchPrefetched ||
		!(event.target instanceof HTMLInputElement) ||
		event.target.type !== 'search'
	)
		return;
	searchPrefetched = true;
	prefetch(PAGEFIND_SCRIPT);
	void fetch(PAGEFIND_ENTRY)
		.then((response) => response.json())
		.then((entry: { languages?: Record<string, { hash?: string; wasm?: string }> }) => {
			const language =
				entry.languages?.[document.documentElement.lang.toLowerCase()] ??
				Object.values(entry.languages ?? {})[0];
			if (language?.wasm) prefetch(`/pagefind/wasm.${language.wasm}.pagefind`);
			if (language?.hash) prefetch(`/pagefind/pagefind.${language.hash}.pf_meta`);
		})
		.catch(() => undefined);
});

// Highlighting is only wanted after a search click, so its script loads only then.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	void import(/* @vite-ignore */ PAGEFIND_HIGHLIGHT_SCRIPT).then(
		(module: PagefindHighlightModule) => {
			new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
		},
	);
}
