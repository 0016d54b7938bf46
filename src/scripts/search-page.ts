import { PAGEFIND_OPTIONS, cleanPastedText, describeCount, normalizeQuery, splitExcerpt, toSearchHit, type SearchHit } from '~/lib/search';
import type { PagefindResultData } from '~/lib/search';

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const RESULTS_SHOWN = 10;
const DEBOUNCE_MS = 200;

const form = document.querySelector<HTMLFormElement>('[data-search-page] form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const empty = document.querySelector<HTMLElement>('#search-empty');

let pagefind: Promise<Pagefind> | undefined;
let latestRequest = 0;
let debounce: ReturnType<typeof setTimeout> | undefined;

function loadPagefind(): Promise<Pagefind> {
	// A runtime path keeps the bundler from resolving Pagefind, which only exists after indexing.
	const path = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
		await module.options(PAGEFIND_OPTIONS);
		await module.init();
		return module;
	});
	return pagefind;
}

function renderExcerpt(parent: HTMLElement, excerpt: string) {
	for (const part of splitExcerpt(excerpt)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			parent.append(mark);
		} else {
			parent.append(part.text);
		}
	}
}

function renderHit(hit: SearchHit): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const title = document.createElement('a');
	title.href = hit.url;
	title.className = 'search-result-title';
	title.textContent = hit.title;
	const summary = document.createElement('p');
	summary.textContent = hit.summary;
	item.append(title, summary);
	if (hit.risk === 'data-loss') {
		const risk = document.createElement('p');
		risk.className = 'meta';
		risk.textContent = 'This fix deletes your old backup: read its warning first.';
		item.append(risk);
	}
	if (hit.steps.length > 0) {
		const steps = document.createElement('ul');
		steps.className = 'search-result-steps';
		steps.setAttribute('aria-label', `Matching steps in ${hit.title}`);
		for (const step of hit.steps) {
			const stepItem = document.createElement('li');
			const link = document.createElement('a');
			link.href = step.url;
			link.textContent = step.title;
			const excerpt = document.createElement('p');
			renderExcerpt(excerpt, step.excerpt);
			stepItem.append(link, excerpt);
			steps.append(stepItem);
		}
		item.append(steps);
	}
	return item;
}

async function runSearch(raw: string) {
	if (!status || !list || !empty) return;
	const query = normalizeQuery(raw);
	const request = ++latestRequest;
	if (query === '') {
		list.replaceChildren();
		empty.hidden = true;
		status.textContent = describeCount(0, '');
		return;
	}
	status.textContent = 'Searching…';
	const engine = await loadPagefind();
	const response = await engine.search(query);
	const data = await Promise.all((response?.results ?? []).slice(0, RESULTS_SHOWN).map((result) => result.data()));
	// A slower answer to an older query must not replace the current one.
	if (request !== latestRequest) return;
	list.replaceChildren(...data.map((item) => renderHit(toSearchHit(item))));
	empty.hidden = data.length > 0;
	// Say what the reader typed, not the trimmed-down query Pagefind was given.
	status.textContent = describeCount(response?.results.length ?? 0, cleanPastedText(raw));
}

function syncUrl(raw: string) {
	const url = new URL(location.href);
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

if (form && input) {
	document.querySelector('#search-fallback')?.remove();
	const initial = new URLSearchParams(location.search).get('q') ?? '';
	input.value = initial;
	void runSearch(initial);
	if (initial === '') input.focus();

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(debounce);
		syncUrl(input.value);
		void runSearch(input.value);
	});
	input.addEventListener('input', () => {
		clearTimeout(debounce);
		debounce = setTimeout(() => {
			syncUrl(input.value);
			void runSearch(input.value);
		}, DEBOUNCE_MS);
	});
	input.addEventListener('focus', () => void loadPagefind(), { once: true });
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
	// Tests and tools wait for this instead of guessing when the page is wired up.
	document.querySelector('[data-search-page]')?.setAttribute('data-ready', '');
}
