// The search page's list of results: instant rows first, Pagefind's rows when they arrive, Show more.
import { fill } from '../lib/i18n/text.ts';
import { fuseRankings, type Candidate } from '../lib/search/fuse.ts';
import {
	bestMatchFirst,
	pathOf,
	splitExcerpt,
	withoutHeading,
	toSearchHit,
	type PagefindResultData,
	type SearchHit,
} from '../lib/search/query.ts';

/** Results shown at first and per "Show more": each costs a fragment download, and the first few are what readers open. */
const PAGE_SIZE = 5;
/**
 * Pagefind's results fetched for the first page, to be ranked with the instant rows: each costs a fragment
 * download (about 2 KB), and the instant index's candidates fill the rest of the page. Measured on
 * `e2e/relevance-set.json`: 3 ranks 88.2 % first against 89.3 % for 5, for two fragments fewer on every
 * first search; the first search's bytes must stay under 0.85× Starlight's (bench/README.md).
 */
const FIRST_FETCH = 3;

function renderExcerpt(parent: HTMLElement, excerpt: string, heading: string) {
	for (const part of withoutHeading(splitExcerpt(excerpt), heading)) {
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
			renderExcerpt(excerpt, step.excerpt, step.title);
			stepItem.append(link, excerpt);
			steps.append(stepItem);
		}
		item.append(steps);
	}
	return item;
}

interface Result {
	score: number;
	data(): Promise<PagefindResultData>;
}

/** The list's operations; its state stays in closures, which the minifier can shorten, unlike class fields. */
export interface ResultsList {
	/** How many rows the list shows. */
	rows(): number;
	/** A new search starts: what the reader reached, and Show more, belonged to the last one. */
	begin(search: number): void;
	clear(): void;
	/**
	 * Show the instant index's rows, and keep them with their scores for `refine`; with none, the list
	 * keeps what it shows until Pagefind answers.
	 */
	showInstant(hits: readonly Candidate<SearchHit>[], bestMatchHref: string | undefined): boolean;
	/**
	 * The first page ranked from Pagefind's results and the instant rows together (fuse.ts), in place of
	 * the instant rows; false when a newer search started meanwhile.
	 */
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
	/** How many of `results` have been fetched (shown, waiting in `pending`, or left out as shown). */
	let taken = 0;
	/** Pagefind's rows fetched for the first page that the fused ranking put below it: Show more's first. */
	let pending: SearchHit[] = [];
	let instant: readonly Candidate<SearchHit>[] = [];
	/** The pages the list shows, so Show more and Pagefind's rows never repeat one. */
	let shownPaths = new Set<string>();
	/** The search each row was shown for: only this search's rows count as ones the reader is about to tap. */
	const rowSearch = new WeakMap<Element, number>();
	/** How many rows, from the top, the reader has reached with the pointer, a finger or the keyboard. */
	let reached = 0;
	const hideMore = () => {
		if (moreRow) moreRow.hidden = taken >= results.length && pending.length === 0;
	};

	const render = (hits: readonly SearchHit[]) =>
		hits.map((hit) => {
			shownPaths.add(pathOf(hit.url));
			const row = renderHit(hit, words);
			rowSearch.set(row, current);
			return row;
		});

	/**
	 * Up to `count` more of Pagefind's results that the list does not show yet, with their scores;
	 * undefined when a newer search has started. A result's page is known only once its data is fetched,
	 * so this may take two fetches.
	 */
	async function fetchMore(
		search: number,
		count: number,
	): Promise<Candidate<SearchHit>[] | undefined> {
		const found: Candidate<SearchHit>[] = [];
		while (found.length < count && taken < results.length) {
			const next = results.slice(taken, taken + count - found.length);
			const data = await Promise.all(next.map((result) => result.data()));
			if (search !== current) return undefined;
			taken += next.length;
			data.forEach((item, index) => {
				const hit = toSearchHit(item);
				const path = pathOf(hit.url);
				if (!shownPaths.has(path) && !found.some((candidate) => candidate.path === path))
					found.push({ path, score: next[index]?.score ?? 0, item: hit });
			});
		}
		return found;
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
			pending = [];
			instant = [];
			hideMore();
		},
		clear() {
			list.replaceChildren();
		},
		showInstant(hits, bestMatchHref) {
			instant = hits;
			if (hits.length === 0) return false;
			shownPaths = new Set();
			list.replaceChildren(
				...render(
					bestMatchFirst(
						hits.map((hit) => hit.item),
						bestMatchHref,
					),
				),
			);
			return true;
		},
		/**
		 * Without moving what the reader is about to tap: the rows from the top down to the furthest one the
		 * reader has reached (pointer over it, a finger on it, focus in it) stay exactly where and as they
		 * are, and the fused ranking fills the list below them, leaving out pages already shown. Rows the
		 * reader has not reached are replaced: a reader who has not moved towards a row has nothing under
		 * the finger to lose. Reordering the whole list on arrival, or never reordering it, would each be
		 * wrong for one of the two: the first risks a tap landing on another page, the second keeps the
		 * instant index's rougher order for everyone.
		 */
		async refine(search, found, bestMatchHref) {
			const kept = [...list.children]
				.slice(0, reached)
				.filter((row) => rowSearch.get(row) === search);
			results = found;
			taken = 0;
			pending = [];
			shownPaths = new Set(
				kept.flatMap((row) => {
					const href = row.querySelector('a')?.getAttribute('href');
					return href ? [pathOf(href)] : [];
				}),
			);
			const fetched = await fetchMore(search, FIRST_FETCH);
			if (!fetched) return false;
			const candidates = instant.filter((candidate) => !shownPaths.has(candidate.path));
			const ranked = fuseRankings(fetched, candidates);
			// Too few for a page (the instant index found little): Pagefind's next results fill it.
			const ranking = new Set([...fetched, ...candidates].map((candidate) => candidate.path));
			const more = await fetchMore(search, PAGE_SIZE - ranked.length);
			if (!more) return false;
			for (const candidate of more)
				if (!ranking.has(candidate.path)) {
					fetched.push(candidate);
					ranked.push(candidate.item);
				}
			const fromPagefind = new Set(fetched.map((candidate) => candidate.item));
			pending = ranked.slice(PAGE_SIZE).filter((hit) => fromPagefind.has(hit));
			list.replaceChildren(
				...kept,
				...render(bestMatchFirst(ranked.slice(0, PAGE_SIZE), bestMatchHref)),
			);
			hideMore();
			return true;
		},
		async more() {
			const before = list.children.length;
			const search = current;
			const waiting = pending.splice(0, PAGE_SIZE);
			const fetched = await fetchMore(search, PAGE_SIZE - waiting.length);
			if (!fetched) return;
			list.append(
				...render(
					[...waiting, ...fetched.map((candidate) => candidate.item)].filter(
						(hit) => !shownPaths.has(pathOf(hit.url)),
					),
				),
			);
			hideMore();
			list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[before]?.focus();
		},
	};
}
