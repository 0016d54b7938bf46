// Article pages: found in a build, then loaded one by one from a cold cache, islands woken.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
	inlineAssets,
	jsAssets,
	recordTraffic,
	settle,
	type JsAsset,
	type Traffic,
} from './browser.ts';
import type { Bytes, IslandsOnPage, PagesSummary } from './types.ts';
import { gz, median, round, sum, walk } from './util.ts';

export interface ArticlePage {
	path: string;
	islands: boolean;
}

export interface PageMeasure {
	path: string;
	html: Bytes;
	css: Bytes & { requests: number; inlineRaw: number; files: string[] };
	js: Bytes & { requests: number; inlineRaw: number; inlineCount: number; files: string[] };
	layoutShiftOnLoad: number | null;
	islands: IslandsOnPage;
	jsAwake: Bytes;
	jsAssets: JsAsset[];
	other: { raw: number };
	requests: number;
	wire: number;
	consoleErrors: string[];
	foreignRequests: string[];
}

/** Article pages: every `<slug>/index.html` below the root whose page is indexed for search. */
export function discoverArticles(dist: string): ArticlePage[] {
	const pages: ArticlePage[] = [];
	for (const file of walk(dist)) {
		if (!file.endsWith(`${sep}index.html`)) continue;
		const rel = relative(dist, file);
		if (rel === 'index.html' || rel.startsWith(`pagefind${sep}`)) continue;
		const html = readFileSync(file, 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const path = `/${rel.slice(0, -'index.html'.length).split(sep).join('/')}`;
		pages.push({ path, islands: html.includes('<astro-island') });
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** A deterministic, evenly spread sample of `count` items. */
export function spread<T>(list: readonly T[], count: number): T[] {
	if (list.length <= count) return [...list];
	return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]!);
}

/** Layout shifts (every shift not caused by a recent input), summed in the page from its start. */
function observeLayoutShifts(): void {
	const shifts: NonNullable<Window['__benchShift']> = { sum: 0, entries: [] };
	window.__benchShift = shifts;
	interface Shift extends PerformanceEntry {
		value: number;
		hadRecentInput: boolean;
		sources?: { node?: Node | null }[];
	}
	const describe = (node: Node | null | undefined) => {
		if (!(node instanceof Element)) return '?';
		const firstClass = node.className ? `.${String(node.className).split(' ')[0]}` : '';
		return `${node.nodeName.toLowerCase()}${firstClass}`;
	};
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Shift[]) {
				if (entry.hadRecentInput) continue;
				shifts.sum += entry.value;
				shifts.entries.push({
					value: Math.round(entry.value * 1e4) / 1e4,
					at: Math.round(entry.startTime),
					sources: (entry.sources ?? []).map((x) => describe(x.node)),
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	} catch {
		// no Layout Instability API
	}
}

const NO_ISLANDS: IslandsOnPage = {
	count: 0,
	hydrated: 0,
	layoutShift: null,
	shifts: [],
	js: { raw: 0, gzip: 0, requests: 0, files: [] },
	otherRequests: [],
};

/**
 * Scrolls each island into view and waits until Astro has hydrated it (it drops the `ssr` attribute then):
 * what a reader who scrolls to it runs (client:visible).
 */
async function wakeIslands(page: Page, traffic: Traffic, shiftOnLoad: number | null) {
	const count = await page.locator('astro-island').count();
	if (count === 0) return { islands: { ...NO_ISLANDS }, assets: [] };
	let hydrated = 0;
	for (const island of await page.locator('astro-island').all()) {
		try {
			await island.scrollIntoViewIfNeeded({ timeout: 5_000 });
			await island.evaluate(
				(el) =>
					new Promise<void>((resolvePromise, reject) => {
						const done = () => !el.hasAttribute('ssr');
						if (done()) return resolvePromise();
						const observer = new MutationObserver(() => {
							if (!done()) return;
							observer.disconnect();
							resolvePromise();
						});
						observer.observe(el, { attributes: true });
						setTimeout(() => {
							observer.disconnect();
							reject(new Error('not hydrated after 10 s'));
						}, 10_000);
					}),
			);
			hydrated++;
		} catch {
			// counted as not hydrated
		}
	}
	await settle(traffic);
	const after = await traffic.take();
	const afterJs = after.filter((e) => e.kind === 'js');
	const shift = await page.evaluate(() => window.__benchShift ?? null);
	const islands: IslandsOnPage = {
		count,
		hydrated,
		// Shifts after load: the island changing size as it hydrates (or as its data arrives) moves what follows.
		layoutShift: shift && shiftOnLoad != null ? round(shift.sum - shiftOnLoad, 4) : null,
		shifts: shift ? shift.entries.slice(-5) : [],
		js: {
			raw: sum(afterJs.map((e) => e.raw)),
			gzip: sum(afterJs.map((e) => e.gzip)),
			requests: afterJs.length,
			files: afterJs.map((e) => e.path),
		},
		otherRequests: after.filter((e) => e.kind !== 'js').map((e) => `${e.path} ${e.status}`),
	};
	return { islands, assets: jsAssets(after, [], 'islands') };
}

/**
 * What one page costs from a cold cache: on load, before any interaction, then (`wake`) once every island on
 * it has been scrolled into view and has hydrated. Console errors and requests to other hosts are recorded,
 * not blocked.
 */
export async function measurePage(
	browser: Browser,
	origin: string,
	path: string,
	wake = true,
): Promise<PageMeasure> {
	const context = await browser.newContext();
	await context.addInitScript(observeLayoutShifts);
	const page = await context.newPage();
	const consoleErrors: string[] = [];
	const foreignRequests: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message.slice(0, 300)));
	page.on('request', (request) => {
		const url = request.url();
		if (/^https?:/.test(url) && !url.startsWith(`${origin}/`)) foreignRequests.push(url);
	});
	const traffic = recordTraffic(page);
	const response = await page.goto(origin + path, { waitUntil: 'load' });
	if (!response || response.status() !== 200)
		throw new Error(`${path} answered ${response?.status()}`);
	await settle(traffic);
	const entries = await traffic.take();
	const doc = entries.find((e) => e.kind === 'html');
	const inline = inlineAssets(doc ? doc.body.toString('utf8') : '');
	const js = entries.filter((e) => e.kind === 'js');
	const css = entries.filter((e) => e.kind === 'css');
	const assets = jsAssets(entries, inline.jsBlocks, 'load');
	const shiftOnLoad = await page.evaluate(() => window.__benchShift?.sum ?? null);
	const woken = wake ? await wakeIslands(page, traffic, shiftOnLoad) : null;
	const islands = woken?.islands ?? {
		...NO_ISLANDS,
		count: await page.locator('astro-island').count(),
	};
	assets.push(...(woken?.assets ?? []));
	await context.close();
	const jsLoad = {
		raw: sum(js.map((e) => e.raw)) + inline.js.length,
		gzip: sum(js.map((e) => e.gzip)) + gz(inline.js),
	};
	return {
		path,
		html: { raw: doc?.raw ?? 0, gzip: doc?.gzip ?? 0 },
		css: {
			raw: sum(css.map((e) => e.raw)) + inline.css.length,
			gzip: sum(css.map((e) => e.gzip)) + gz(inline.css),
			requests: css.length,
			inlineRaw: inline.css.length,
			files: css.map((e) => e.path),
		},
		js: {
			...jsLoad,
			requests: js.length,
			inlineRaw: inline.js.length,
			inlineCount: inline.jsCount,
			files: js.map((e) => e.path),
		},
		layoutShiftOnLoad: shiftOnLoad == null ? null : round(shiftOnLoad, 4),
		islands,
		// All the JS the page runs once its islands are awake (= js on a page without islands).
		jsAwake: { raw: jsLoad.raw + islands.js.raw, gzip: jsLoad.gzip + islands.js.gzip },
		jsAssets: assets,
		other: {
			raw: sum(entries.filter((e) => !['html', 'css', 'js'].includes(e.kind)).map((e) => e.raw)),
		},
		requests: entries.length,
		wire: sum(entries.map((e) => e.wire)),
		consoleErrors,
		foreignRequests,
	};
}

export function summarisePages(found: number, measured: readonly PageMeasure[]): PagesSummary {
	const pick = (fn: (p: PageMeasure) => number) => median(measured.map(fn));
	const max = (fn: (p: PageMeasure) => number) => Math.max(...measured.map(fn));
	return {
		found,
		measured: measured.length,
		median: {
			htmlRaw: pick((p) => p.html.raw),
			htmlGzip: pick((p) => p.html.gzip),
			cssRaw: pick((p) => p.css.raw),
			cssGzip: pick((p) => p.css.gzip),
			jsRaw: pick((p) => p.js.raw),
			jsGzip: pick((p) => p.js.gzip),
			jsInlineRaw: pick((p) => p.js.inlineRaw),
			jsAwakeRaw: pick((p) => p.jsAwake.raw),
			jsAwakeGzip: pick((p) => p.jsAwake.gzip),
			jsRequests: pick((p) => p.js.requests),
			cssRequests: pick((p) => p.css.requests),
			requests: pick((p) => p.requests),
			wire: pick((p) => p.wire),
		},
		max: {
			jsRaw: max((p) => p.js.raw),
			jsGzip: max((p) => p.js.gzip),
			jsAwakeRaw: max((p) => p.jsAwake.raw),
			jsAwakeGzip: max((p) => p.jsAwake.gzip),
			jsAwakeGzipPath: measured.reduce((a, b) => (b.jsAwake.gzip > a.jsAwake.gzip ? b : a)).path,
			cssRaw: max((p) => p.css.raw),
			cssGzip: max((p) => p.css.gzip),
		},
		jsFiles: [...new Set(measured.flatMap((p) => p.js.files))].sort(),
		cssFiles: [...new Set(measured.flatMap((p) => p.css.files))].sort(),
		pages: measured.map((p) => ({
			path: p.path,
			htmlRaw: p.html.raw,
			htmlGzip: p.html.gzip,
			cssRaw: p.css.raw,
			cssGzip: p.css.gzip,
			jsRaw: p.js.raw,
			jsGzip: p.js.gzip,
			jsRequests: p.js.requests,
			...(p.islands.count
				? {
						islands: p.islands.count,
						islandsHydrated: p.islands.hydrated,
						jsAwakeRaw: p.jsAwake.raw,
						jsAwakeGzip: p.jsAwake.gzip,
						islandFiles: p.islands.js.files,
					}
				: {}),
			requests: p.requests,
			wire: p.wire,
			...(p.consoleErrors.length ? { consoleErrors: p.consoleErrors } : {}),
			...(p.foreignRequests.length ? { foreignRequests: p.foreignRequests } : {}),
		})),
	};
}

/** Notes for pages that logged console errors, contacted other hosts, or whose islands did not wake up. */
export function noteTroubles(notes: string[], key: string, measured: readonly PageMeasure[]): void {
	const withErrors = measured.filter((p) => p.consoleErrors.length);
	const first = withErrors[0];
	if (first) {
		notes.push(
			`${withErrors.length} ${key} page(s) logged console errors, e.g. ${first.path}: ${first.consoleErrors[0]}`,
		);
	}
	const foreign = measured.filter((p) => p.foreignRequests.length);
	if (foreign[0]) {
		notes.push(
			`${foreign.length} ${key} page(s) requested other hosts, e.g. ${foreign[0].path}: ${foreign[0].foreignRequests[0]}`,
		);
	}
	const asleep = measured.filter((p) => p.islands.count > p.islands.hydrated);
	if (asleep[0]) {
		notes.push(
			`${asleep.length} ${key} page(s) have islands that did not hydrate once in view, e.g. ${asleep[0].path}.`,
		);
	}
}
