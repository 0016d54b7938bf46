// Pagefind through its JS API alone (kept for comparison; no target is checked on it).
import type { Browser } from '@playwright/test';
import { recordTraffic, settle, type TrafficEntry } from './browser.ts';
import { BLANK_PATH, type Sent, type StaticServer } from './server.ts';
import { sum } from './util.ts';

export interface Queries {
	cold: string;
	warm: string;
}

interface ApiPhase {
	ms: number;
	results: number;
	first: string | null;
	wire: number;
	requests: number;
	files: string[];
	/** What the page's own request events saw: less than `wire` when a worker fetched something. */
	pageSeenWire: number;
	raw: number;
}

export interface ApiRun {
	cold: ApiPhase;
	warm: ApiPhase;
}

function pagefindBytes(sent: Sent[], seen: TrafficEntry[]) {
	const pf = sent.filter((e) => e.path.startsWith('/pagefind/'));
	const decoded = seen.filter((e) => e.path.startsWith('/pagefind/'));
	return {
		wire: sum(pf.map((e) => e.bytes)),
		requests: pf.length,
		files: pf.map((e) => `${e.path} ${e.bytes}`),
		pageSeenWire: sum(decoded.map((e) => e.wire)),
		raw: sum(decoded.map((e) => e.raw)),
	};
}

/**
 * Pagefind on a blank page of the same origin, so only Pagefind's own files count: cold = first query in a
 * fresh browser context (empty cache), warm = a second query in the same page. Time = from
 * import('/pagefind/pagefind.js') to the first result's data. Bytes = what the server sent under /pagefind/
 * meanwhile (Pagefind fetches from a Web Worker too, which a page's request events may not show).
 */
export async function measureSearchApi(
	browser: Browser,
	server: StaticServer,
	queries: Queries,
): Promise<ApiRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(server.origin + BLANK_PATH);
	const traffic = recordTraffic(page);
	const coldMark = server.mark();
	const cold = await page.evaluate(async (q) => {
		const t0 = performance.now();
		const path = '/pagefind/pagefind.js';
		const pf = (await import(path)) as NonNullable<Window['__pf']> & { init(): Promise<void> };
		await pf.init();
		const search = await pf.search(q);
		const first = search.results[0] ? await search.results[0].data() : null;
		const ms = performance.now() - t0;
		window.__pf = pf;
		return { ms, results: search.results.length, first: first?.url ?? null };
	}, queries.cold);
	await settle(traffic, 300);
	const coldBytes = pagefindBytes(server.since(coldMark), await traffic.take());
	const warmMark = server.mark();
	const warm = await page.evaluate(async (q) => {
		const t0 = performance.now();
		const search = await window.__pf!.search(q);
		const first = search.results[0] ? await search.results[0].data() : null;
		return {
			ms: performance.now() - t0,
			results: search.results.length,
			first: first?.url ?? null,
		};
	}, queries.warm);
	await settle(traffic, 300);
	const warmBytes = pagefindBytes(server.since(warmMark), await traffic.take());
	await context.close();
	return { cold: { ...cold, ...coldBytes }, warm: { ...warm, ...warmBytes } };
}
