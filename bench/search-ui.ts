// The reader's path to a first result, cold, on either site.
import type { Browser, Page } from '@playwright/test';
import { recordTraffic, settle } from './browser.ts';
import type { StaticServer } from './server.ts';
import type { KindOfSearchByte, Site } from './types.ts';
import { sum } from './util.ts';

/**
 * Files of a site's article page that exist only for its search: they count toward the first search even
 * when the page fetches them on load (Starlight loads its search UI at idle, on every page, before any
 * click). Ours loads no Pagefind file with an article (npm test checks it) and its search UI is the
 * /search/ page, fetched when the reader submits the header form; but its article pages do load two small
 * search-related scripts, counted here the same way as Starlight's.
 */
const SEARCH_ONLY_ON_LOAD: Record<Site, RegExp[]> = {
	ours: [
		// The chunk src/client/site.ts shares with the search page: the highlight parameter and Pagefind's
		// addresses (src/lib/search/highlight.ts, src/lib/search/pagefind/files.ts), named after the latter.
		/^\/_astro\/pagefind-files\.[^/]+\.js$/,
		// src/client/site.ts, the site-wide script: today only the "/" shortcut to the search box and the loader
		// of Pagefind's highlighter after a search click (the counterpart of Starlight's Search.astro script).
		/^\/_astro\/Base\.astro_astro_type_script_index_\d+_lang\.[^/]+\.js$/,
	],
	ref: [
		// Starlight's <site-search> element: the dialog, Ctrl+K, and the idle import of Pagefind's UI below.
		/^\/_astro\/Search\.astro_astro_type_script_index_\d+_lang\.[^/]+\.js$/,
		// @pagefind/default-ui, bundled by Starlight.
		/^\/_astro\/ui-core\.[^/]+\.js$/,
		// Anything of Pagefind itself, should a version preload it.
		/^\/pagefind\//,
	],
};

/** Where each site lists its results; only links added there (after parsing) are results. */
const RESULTS_CONTAINER: Record<Site, string> = {
	ours: 'main ol[aria-label="Search results"]',
	ref: '#starlight__search',
};

function kindOf(path: string): KindOfSearchByte {
	if (path.startsWith('/pagefind/')) {
		if (/\.js$/.test(path)) return 'pagefindJs';
		return /wasm/.test(path) ? 'pagefindWasm' : 'pagefindIndex';
	}
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.css$/.test(path)) return 'css';
	return path.endsWith('/') || path.endsWith('.html') ? 'html' : 'other';
}

type FirstResult = NonNullable<Window['__benchFirstResult']>;

export type ReaderRun =
	| { ok: false; note: string }
	| {
			ok: true;
			ms: number;
			msToDom: number;
			firstResult: string;
			resultsPage: string;
			wire: number;
			searchOnLoadWire: number;
			afterActionWire: number;
			pagefindWire: number;
			requests: number;
			wireByKind: Partial<Record<KindOfSearchByte, number>>;
			files: string[];
	  };

/** Init script: notes the reader's action and the frame after the first result link appeared. */
function watchFirstResult({
	site,
	paths,
	container,
}: {
	site: Site;
	paths: string[];
	container: string;
}): void {
	const wanted = new Set(paths);
	const mark = () => sessionStorage.setItem('__benchT0', String(Date.now()));
	if (site === 'ours') {
		document.addEventListener(
			'keydown',
			(e) => {
				const target = e.target instanceof Element ? e.target : null;
				if (e.key === 'Enter' && target?.closest('form[action="/search/"]')) mark();
			},
			true,
		);
	} else {
		document.addEventListener(
			'input',
			(e) => {
				if (e.target instanceof Element && e.target.closest('#starlight__search')) mark();
			},
			true,
		);
	}
	const check = (node: Node) => {
		if (window.__benchFirstResult || window.__benchFound || !(node instanceof Element)) return;
		const links = node.matches('a[href]') ? [node] : [...node.querySelectorAll('a[href]')];
		for (const link of links) {
			const url = new URL((link as HTMLAnchorElement).href, location.href);
			if (url.origin !== location.origin || !wanted.has(url.pathname) || !link.closest(container))
				continue;
			const at = Date.now();
			window.__benchFound = true;
			requestAnimationFrame(() => {
				const t0 = Number(sessionStorage.getItem('__benchT0'));
				const page = location.pathname + location.search;
				window.__benchFirstResult = { at, shown: Date.now(), t0, href: url.pathname, page };
				void window.__benchReport?.(window.__benchFirstResult);
			});
			return;
		}
	};
	// Watched from the document's first node on: our search page paints its instant rows while its module
	// script runs, which is before DOMContentLoaded. Static links (sidebars, lists) are still no results,
	// because only links inside the results container count, and both sites send that container empty.
	new MutationObserver((records) => {
		for (const record of records) for (const node of record.addedNodes) check(node);
	}).observe(document, { childList: true, subtree: true });
}

/** The reader's action: ours submits the header form; on Starlight, open the dialog and type. */
export async function submitQuery(page: Page, site: Site, query: string): Promise<void> {
	if (site === 'ours') {
		const input = page.locator('form[action="/search/"] input[name="q"]').first();
		await input.fill(query);
		await input.press('Enter');
		return;
	}
	await page.click('button[data-open-modal]');
	const input = page.locator('#starlight__search input');
	await input.waitFor();
	await input.fill(query);
}

/**
 * A fresh browser (empty cache) on an article page, loaded and settled, then the reader's action.
 * Time = from the action (the Enter keydown on ours; the input event of the typed query on Starlight, whose
 * UI then waits for its own debounce) to the frame after the first result link appeared; both ends are
 * taken in the page (Date.now()), across the navigation on ours.
 * Bytes = every byte sent from the action on (server log) + the site's search-only files that the article
 * page had already fetched on load (SEARCH_ONLY_ON_LOAD).
 */
export async function measureSearchUi(
	browser: Browser,
	server: StaticServer,
	site: Site,
	articlePath: string,
	query: string,
	articlePaths: string[],
): Promise<ReaderRun> {
	const context = await browser.newContext();
	// The page hands the first result over through a binding rather than being polled: Playwright's polling
	// (waitForFunction) installs its injected script in each new document, and on our site the results
	// are a new document (the /search/ page), so its ~20 ms of compiling ran on the search page's main thread
	// before our script, while Starlight's dialog gets its results in the document that already had it.
	let report: (first: FirstResult) => void = () => undefined;
	const reported = new Promise<FirstResult>((resolve) => (report = resolve));
	await context.exposeBinding('__benchReport', (_source, first: FirstResult) => report(first));
	await context.addInitScript(watchFirstResult, {
		site,
		paths: articlePaths,
		container: RESULTS_CONTAINER[site],
	});
	const page = await context.newPage();
	const traffic = recordTraffic(page);
	const loadMark = server.mark();
	await page.goto(server.origin + articlePath, { waitUntil: 'load' });
	await settle(traffic);
	const onLoad = server.since(loadMark);
	await traffic.take();
	const searchOnLoad = onLoad.filter((e) =>
		SEARCH_ONLY_ON_LOAD[site].some((re) => re.test(e.path)),
	);
	const actionMark = server.mark();
	await submitQuery(page, site, query);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const first = await Promise.race([
		reported,
		new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 20_000))),
	]);
	clearTimeout(timer);
	await settle(traffic, 300);
	const afterAction = server.since(actionMark);
	await traffic.take();
	await context.close();
	if (!first) return { ok: false, note: 'no result link appeared within 20 s' };
	if (!first.t0) return { ok: false, note: 'the reader action was not seen in the page' };
	// By kind, from the reader's action on (what the article page had fetched is searchOnLoadWire).
	const wireByKind: Partial<Record<KindOfSearchByte, number>> = {};
	for (const e of afterAction)
		wireByKind[kindOf(e.path)] = (wireByKind[kindOf(e.path)] ?? 0) + e.bytes;
	const pagefind = [...searchOnLoad, ...afterAction].filter((e) => e.path.startsWith('/pagefind/'));
	return {
		ok: true,
		ms: first.shown - first.t0,
		msToDom: first.at - first.t0,
		firstResult: first.href,
		resultsPage: first.page,
		wire: sum(searchOnLoad.map((e) => e.bytes)) + sum(afterAction.map((e) => e.bytes)),
		searchOnLoadWire: sum(searchOnLoad.map((e) => e.bytes)),
		afterActionWire: sum(afterAction.map((e) => e.bytes)),
		pagefindWire: sum(pagefind.map((e) => e.bytes)),
		requests: searchOnLoad.length + afterAction.length,
		wireByKind,
		files: [
			...searchOnLoad.map((e) => `${e.path} ${e.bytes} (on load)`),
			...afterAction.map((e) => `${e.path} ${e.bytes}`),
		],
	};
}
