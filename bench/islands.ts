// Our pages with islands (real corpus): the home page and every island article, islands awake, with the JS
// each island brings of its own.
import type { Browser } from '@playwright/test';
import { BUDGETS } from '../src/lib/site/budgets.ts';
import { measurePage, noteTroubles, type ArticlePage, type PageMeasure } from './pages.ts';
import type { StaticServer } from './server.ts';
import type { IslandPage, IslandsResult, Key } from './types.ts';
import { firstLine, sum } from './util.ts';

/** The plain article every comparison starts from (search, Lighthouse, the islands' own share). */
export const PLAIN_ARTICLE = '/turn-on-icloud-for-whatsapp/';
/** Articles with an island, measured and scored even if the build stops marking them (they are then noted). */
export const ISLAND_ARTICLES = ['/make-enough-room/', '/is-icloud-down/'];
/** Issue 4: the storage island's JS, runtime included, within the project's island-page budget. */
export const STORAGE_PAGE = '/make-enough-room/';
/** The project's island-page JS budget (src/lib/site/budgets.ts), so the bench and `npm test` never disagree. */
export const ISLAND_LIMIT_GZIP = BUDGETS.islandPage.js;

type ByKey<T> = Partial<Record<Key, T>>;

/**
 * The island pages, islands awake. "Own" JS = every JS file or inline script of the page, on load or once
 * in view, that the plain article does not also load (the island's chunk, Preact, Astro's renderer and
 * island runtime).
 */
export async function measureIslands(
	browser: Browser,
	servers: ByKey<StaticServer>,
	articlesOf: ByKey<ArticlePage[]>,
	measuredOf: ByKey<PageMeasure[]>,
	notes: string[],
): Promise<IslandsResult> {
	const ours = measuredOf['ours/real'] ?? [];
	const oursArticles = articlesOf['ours/real'] ?? [];
	const refArticles = articlesOf['ref/real'] ?? [];
	const baseline =
		ours.find((p) => p.path === PLAIN_ARTICLE && !p.islands.count) ??
		ours.find((p) => !p.islands.count);
	const shared = new Set(baseline?.jsAssets.map((x) => x.name) ?? []);
	const targets = [{ path: '/', role: 'home page, compact status widget' }];
	const islandArticles = new Set(oursArticles.filter((x) => x.islands).map((x) => x.path));
	for (const path of ISLAND_ARTICLES) {
		if (oursArticles.some((x) => x.path === path)) islandArticles.add(path);
		else notes.push(`${path} is not in our real build: its island is not measured.`);
	}
	for (const path of [...islandArticles].sort()) targets.push({ path, role: 'island article' });

	const find = (key: Key, path: string) => measuredOf[key]?.find((p) => p.path === path);
	const pages: IslandPage[] = [];
	for (const { path, role } of targets) {
		let o = find('ours/real', path);
		let r = find('ref/real', path);
		try {
			o ??= await measurePage(browser, servers['ours/real']!.origin, path);
			if (!r && (path === '/' || refArticles.some((x) => x.path === path))) {
				r = await measurePage(browser, servers['ref/real']!.origin, path);
			}
		} catch (error) {
			notes.push(`Islands: ${path} not measured: ${firstLine(error)}`);
			continue;
		}
		if (path === '/') noteTroubles(notes, 'ours/real home', [o]);
		const own = o.jsAssets.filter((x) => !shared.has(x.name));
		pages.push({
			path,
			role,
			islands: o.islands.count,
			hydrated: o.islands.hydrated,
			jsOnLoad: { raw: o.js.raw, gzip: o.js.gzip },
			jsInView: o.islands.js,
			jsTotal: o.jsAwake,
			layoutShiftOnLoad: o.layoutShiftOnLoad,
			layoutShiftInView: o.islands.layoutShift,
			shifts: o.islands.shifts,
			islandOwn: {
				raw: sum(own.map((x) => x.raw)),
				gzip: sum(own.map((x) => x.gzip)),
				files: own.map((x) => `${x.name} ${x.gzip} B gz (${x.phase})`),
			},
			otherRequestsInView: o.islands.otherRequests,
			consoleErrors: o.consoleErrors,
			foreignRequests: o.foreignRequests,
			reference: r ? { jsOnLoad: { raw: r.js.raw, gzip: r.js.gzip }, cssGzip: r.css.gzip } : null,
		});
	}
	const storage = pages.find((p) => p.path === STORAGE_PAGE);
	return {
		baseline: baseline?.path ?? null,
		baselineJs: baseline ? baseline.jsAssets.map((x) => `${x.name} ${x.gzip} B gz`) : [],
		relay: Boolean(servers['ours/real']?.relay),
		pages,
		storage: storage
			? {
					path: storage.path,
					hydrated: storage.hydrated === storage.islands && storage.islands > 0,
					islandOwnGzip: storage.islandOwn.gzip,
					pageTotalGzip: storage.jsTotal.gzip,
					limitGzip: ISLAND_LIMIT_GZIP,
				}
			: null,
	};
}
