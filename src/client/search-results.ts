// The search page's list of results: instant rows first, Pagefind's rows when they arrive, Show more.
import { fill } from '../lib/i18n/text.ts';
import {
	bestMatchFirst,
	pathOf,
	splitExcerpt,
	toSearchHit,
	type PagefindResultData,
	type SearchHit,
} from '../lib/search/query.ts';

/** Results shown at first and per "Show more": each costs a fragment download, and the first few are what readers open. */
const PAGE_SIZE = 5;

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

function renderHit(hit: SearchHit, words: ResultWords): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const title = document.createElement('a');
	title.href = hit.url;
	title.className = 'search-result-title';
	title.textContent = hit.title;
	item.append(title);
	if (hit.summary !== '') {
		const summary = document.createElement('p');
		summary.textContent = hit.summary;
		item.append(summary);
	}
	if (hit.risk === 'data-loss') {
		const risk = document.createElement('p');
		risk.className = 'meta';
		risk.textContent = words.riskNote;
		item.append(risk);
	}
	if (hit.steps.length > 0) {
		const steps = document.createElement('ul');
		steps.className = 'search-result-steps';
		steps.setAttribute('aria-label', fill(words.matchingSteps, { title: hit.title }));
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

interface Result {
	data(): Promise<PagefindResultData>;
}

/** The list's operations; its state stays in closures, which the minifier can shorten, unlike class fields. */
export interface ResultsList {
	/** How many rows the list shows. */
	rows(): number;
	/** A new search starts: what the reader reached, and Show more, belonged to the last one. */
	begin(search: number): void;
	clear(): void;
	/** Show the instant index's rows; with none, the list keeps what it shows until Pagefind answers. */
	showInstant(hits: readonly SearchHit[], bestMatchHref: string | undefined): boolean;
	/** Pagefind's rows in place of the instant ones; false when a newer search started meanwhile. */
	refine(
		search: number,
		results: readonly Result[],
		bestMatchHref: string | undefined,
	): Promise<boolean>;
	/** Show more: the next page of results, with focus on the first new one. */
	more(): Promise<void>;
}

/** What a result row says besides its page's words, in the page's language. */
interface ResultWords {
	riskNote: string;
	matchingSteps: string;
}

export function resultsList(
	list: HTMLOListElement,
	moreRow: HTMLElement | null,
	words: ResultWords,
): ResultsList {
	/** The search the list shows; a search that is no longer this one leaves the list alone. */
	let current = 0;
	let results: readonly Result[] = [];
	/** How many of `results` have been looked at (shown, or left out as already shown). */
	let taken = 0;
	/** The pages the list shows, so Show more and Pagefind's rows never repeat one. */
	let shownPaths = new Set<string>();
	/** The search each row was shown for: only this search's rows count as ones the reader is about to tap. */
	const rowSearch = new WeakMap<Element, number>();
	/** How many rows, from the top, the reader has reached with the pointer, a finger or the keyboard. */
	let reached = 0;
	const hideMore = (hidden: boolean) => {
		if (moreRow) moreRow.hidden = hidden;
	};

	const render = (hits: readonly SearchHit[]) =>
		hits.map((hit) => {
			const row = renderHit(hit, words);
			rowSearch.set(row, current);
			return row;
		});

	/**
	 * The next page of results that the list does not show yet; undefined when a newer search has started.
	 * A result's page is known only once its data is fetched, so a page may take two fetches.
	 */
	async function nextHits(search: number): Promise<SearchHit[] | undefined> {
		const hits: SearchHit[] = [];
		while (hits.length < PAGE_SIZE && taken < results.length) {
			const next = results.slice(taken, taken + PAGE_SIZE - hits.length);
			const data = await Promise.all(next.map((result) => result.data()));
			if (search !== current) return undefined;
			taken += next.length;
			for (const hit of data.map((item) => toSearchHit(item))) {
				if (shownPaths.has(pathOf(hit.url))) continue;
				shownPaths.add(pathOf(hit.url));
				hits.push(hit);
			}
		}
		hideMore(taken >= results.length);
		return hits;
	}

	// Note how far down the list the reader has reached, counting only this search's rows.
	for (const type of ['pointerover', 'pointerdown', 'focusin'])
		list.addEventListener(type, (event) => {
			const row = event.target instanceof Element ? event.target.closest('li.search-result') : null;
			if (!row || row.parentElement !== list || rowSearch.get(row) !== current) return;
			reached = Math.max(reached, [...list.children].indexOf(row) + 1);
		});

	return {
		rows: () => list.children.length,
		begin(search) {
			current = search;
			reached = 0;
			results = [];
			hideMore(true);
		},
		clear() {
			list.replaceChildren();
		},
		showInstant(hits, bestMatchHref) {
			if (hits.length === 0) return false;
			list.replaceChildren(...render(bestMatchFirst(hits, bestMatchHref)));
			return true;
		},
		/**
		 * Without moving what the reader is about to tap: the rows from the top down to the furthest one the
		 * reader has reached (pointer over it, a finger on it, focus in it) stay exactly where and as they
		 * are, and Pagefind's ranking fills the list below them, leaving out pages already shown. Rows the
		 * reader has not reached are replaced in Pagefind's order: a reader who has not moved towards a row
		 * has nothing under the finger to lose. Reordering the whole list on arrival, or never reordering it,
		 * would each be wrong for one of the two: the first risks a tap landing on another page, the second
		 * keeps the instant index's rougher order for everyone.
		 */
		async refine(search, found, bestMatchHref) {
			const kept = [...list.children]
				.slice(0, reached)
				.filter((row) => rowSearch.get(row) === search);
			results = found;
			taken = 0;
			shownPaths = new Set(
				kept.flatMap((row) => {
					const href = row.querySelector('a')?.getAttribute('href');
					return href ? [pathOf(href)] : [];
				}),
			);
			const hits = await nextHits(search);
			if (!hits) return false;
			list.replaceChildren(...kept, ...render(bestMatchFirst(hits, bestMatchHref)));
			return true;
		},
		async more() {
			const before = list.children.length;
			const hits = await nextHits(current);
			if (!hits) return;
			list.append(...render(hits));
			list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[before]?.focus();
		},
	};
}
