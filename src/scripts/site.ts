// Only the parameter's name: the search module itself stays off pages until search is opened.
import { HIGHLIGHT_PARAM } from '~/lib/highlight';

// "/" jumps to the search box, as on most help centers, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
	const search = document.querySelector<HTMLInputElement>('main input[type="search"], header input[type="search"]');
	if (!search) return;
	event.preventDefault();
	search.focus();
	search.select();
});

/** Pagefind's highlight script: constructing it marks the searched words on the page. */
interface PagefindHighlightModule {
	default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

// Highlighting is only wanted after a search click, so its script loads only then.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	const path = '/pagefind/pagefind-highlight.js';
	void import(/* @vite-ignore */ path).then((module: PagefindHighlightModule) => {
		new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
	});
}
