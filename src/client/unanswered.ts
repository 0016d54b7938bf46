/**
 * Tells the /api side, first-party and without cookies, about a search its reader left without
 * opening a result (docs/unanswered-searches.md). Imported by the search page's script; it reads
 * only the page (the `q` in the address, the links clicked), so the search code needs no hook.
 *
 * The signal: the query on screen when the reader leaves the page (`pagehide`, or the tab hidden,
 * the last moment a phone reliably gives) without having opened any of its results or its Best
 * match. A search that found nothing is the plainest case. Why not "found nothing" alone: search
 * nearly always finds something now (corrected and relaxed searches), so it would stay silent while
 * readers still leave empty-handed. Why only on leaving: the box searches as the reader types, and
 * only the query they ended on says what they wanted; the half-typed ones before it are noise.
 * Each query is sent once, with `keepalive` so the request outlives the page, and only where the
 * host answers the availability file with true, as feedback asks first: elsewhere nothing is sent.
 */
import { UNANSWERED_AVAILABILITY_PATH, UNANSWERED_PATH } from '../lib/search/unanswered.ts';

/**
 * Opening one of these settles the query: a result, the Best match's step, or a correction ("Search
 * instead for"), whose own search page then reports for itself.
 */
const ANSWERS = '#search-results a, #best-match a, #search-correction a';

/** Queries the reader opened an answer for, or that were already sent: never sent (again). */
const settled = new Set<string>();
let counted = false;

const shownQuery = () => new URLSearchParams(location.search).get('q')?.trim() ?? '';

fetch(UNANSWERED_AVAILABILITY_PATH)
	.then((response) => (response.ok ? response.json() : undefined))
	.then((body?: { available?: unknown }) => (counted = body?.available === true))
	.catch(() => undefined);

// Every way of opening a link: a click, a tap, Enter, and the middle button (auxclick).
for (const type of ['click', 'auxclick'])
	document.addEventListener(type, (event) => {
		if (event.target instanceof Element && event.target.closest(ANSWERS)) settled.add(shownQuery());
	});

function leave() {
	const query = shownQuery();
	if (!counted || query === '' || settled.has(query)) return;
	settled.add(query);
	fetch(UNANSWERED_PATH, {
		method: 'POST',
		keepalive: true,
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ query, lang: document.documentElement.lang }),
	}).catch(() => undefined);
}

addEventListener('pagehide', leave);
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'hidden') leave();
});
