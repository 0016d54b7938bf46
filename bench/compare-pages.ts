// The side-by-side in the browser: article pages, islands, search and Lighthouse, on servers of both builds.
import { join } from 'node:path';
import { loadChromium } from './browser.ts';
import { CORPUS_DIRS } from './compare-builds.ts';
import { measureIslands } from './islands.ts';
import { lighthouseAll } from './lighthouse.ts';
import {
	discoverArticles,
	measurePage,
	noteTroubles,
	spread,
	summarisePages,
	type ArticlePage,
	type PageMeasure,
} from './pages.ts';
import { measureSearch } from './search.ts';
import { loadStatusRelay, serve, type StaticServer } from './server.ts';
import { CORPORA, siteLabel, SITES, type Key, type Options, type Results } from './types.ts';
import { fail, firstLine, log, WORK } from './util.ts';

export async function measureInBrowser(results: Results, opts: Options): Promise<void> {
	const { browser, executablePath, version } = await loadChromium();
	results.environment.chromium = { executablePath, version };
	const { relay, note: relayNote } = await loadStatusRelay();
	results.environment.statusRelay = relay
		? { path: relay.path, fixture: relay.fixture }
		: { missing: relayNote ?? '' };
	if (!relay) {
		results.notes.push(
			`Our static server has no /api/icloud-status relay (${relayNote}): the status widgets fall back to Apple's feed.`,
		);
	}
	const servers: Partial<Record<Key, StaticServer>> = {};
	try {
		for (const corpus of CORPORA) {
			for (const site of SITES) {
				servers[`${site}/${corpus}`] = await serve(
					join(WORK, 'dist', `${site}-${corpus}`),
					site === 'ours' ? relay : null,
				);
			}
		}
		const articlesOf: Partial<Record<Key, ArticlePage[]>> = {};
		const measuredOf: Partial<Record<Key, PageMeasure[]>> = {};
		for (const corpus of CORPORA) {
			for (const site of SITES) {
				const key: Key = `${site}/${corpus}`;
				const all = discoverArticles(join(WORK, 'dist', `${site}-${corpus}`));
				articlesOf[key] = all;
				if (all.length === 0)
					fail(`No article pages (index.html with data-pagefind-body) in the ${key} build.`);
				const sample = corpus === 'real' ? all : spread(all, opts.sample);
				log(
					`Loading ${sample.length} of ${all.length} ${siteLabel(site)} ${corpus} article pages in Chromium…`,
				);
				const measured: PageMeasure[] = [];
				for (const article of sample) {
					try {
						measured.push(await measurePage(browser, servers[key]!.origin, article.path));
					} catch (error) {
						results.notes.push(`Page ${article.path} (${key}) not measured: ${firstLine(error)}`);
					}
				}
				if (measured.length === 0)
					fail(`No ${key} article page could be measured:\n${results.notes.slice(-3).join('\n')}`);
				measuredOf[key] = measured;
				results.pages[key] = summarisePages(all.length, measured);
				noteTroubles(results.notes, key, measured);
			}
		}

		// Islands (real corpus): the home page's compact status widget and every island article, islands awake.
		log('Islands: the home page and the island articles, scrolled into view…');
		results.islands = await measureIslands(browser, servers, articlesOf, measuredOf, results.notes);

		for (const corpus of CORPORA) {
			const search = await measureSearch(
				browser,
				corpus,
				CORPUS_DIRS[corpus],
				servers,
				articlesOf,
				opts,
				results.notes,
			);
			for (const site of SITES) {
				const result = search.bySite[site];
				if (result) results.search[`${site}/${corpus}`] = result;
			}
			results.bestMatch[corpus] = search.bestMatch;
		}

		// Lighthouse on the real corpus: home, one plain article, every island article.
		results.lighthouse = opts.lighthouse
			? await lighthouseAll(servers, articlesOf, executablePath)
			: { skipped: 'run without --no-lighthouse to score the pages' };
	} finally {
		await browser.close();
		for (const server of Object.values(servers)) await server.close();
	}
}
