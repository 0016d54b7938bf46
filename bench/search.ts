// Search on one corpus, both sites alternating: Pagefind's API alone, the reader's path, and (ours) Best match.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import {
	errorQueryFor,
	measureBestMatch,
	NO_BEST_MATCH,
	summariseBestMatch,
} from './best-match.ts';
import { REAL_DIR } from './corpus.ts';
import { PLAIN_ARTICLE } from './islands.ts';
import type { ArticlePage } from './pages.ts';
import { measureSearchApi, type ApiRun, type Queries } from './search-api.ts';
import { measureSearchUi, type ReaderRun } from './search-ui.ts';
import type { StaticServer } from './server.ts';
import {
	alternate,
	SITES,
	type ApiSummary,
	type BestMatchRun,
	type BestMatchSummary,
	type Corpus,
	type Key,
	type Options,
	type ReaderSummary,
	type SearchResult,
	type Site,
} from './types.ts';
import { fail, firstLine, log, median, WORK } from './util.ts';

const QUERIES: Record<Corpus, Queries> = {
	real: { cold: 'icloud drive', warm: 'whatsapp switch' },
	synthetic: { cold: 'backup stuck', warm: 'storage full' },
};

export interface CorpusSearch {
	bySite: Partial<Record<Site, SearchResult>>;
	bestMatch: BestMatchSummary;
}

function summariseApi(runs: ApiRun[], phase: keyof ApiRun, query: string): ApiSummary {
	const first = runs[0]![phase];
	return {
		ms: median(runs.map((r) => r[phase].ms)),
		wire: median(runs.map((r) => r[phase].wire)),
		pageSeenWire: median(runs.map((r) => r[phase].pageSeenWire)),
		raw: median(runs.map((r) => r[phase].raw)),
		requests: median(runs.map((r) => r[phase].requests)),
		results: first.results,
		firstResult: first.first,
		query,
		files: first.files,
		runsMs: runs.map((r) => Math.round(r[phase].ms)),
		runsWire: runs.map((r) => r[phase].wire),
	};
}

function summariseReader(
	runs: ReaderRun[],
	startPage: string,
	query: string,
	notes: string[],
	key: Key,
): ReaderSummary {
	const good = runs.flatMap((r) => (r.ok ? [r] : []));
	const failed = runs.flatMap((r) => (r.ok ? [] : [r]));
	const first = good[0];
	if (!first) return { ok: false, note: failed[0]?.note ?? 'not measured' };
	if (failed[0]) {
		notes.push(
			`Search, reader's path (${key}): ${failed.length} of ${runs.length} runs failed (${failed[0].note}).`,
		);
	}
	return {
		ok: true,
		startPage,
		query,
		runs: good.length,
		failedRuns: failed.length,
		ms: median(good.map((r) => r.ms)),
		msToDom: median(good.map((r) => r.msToDom)),
		wire: median(good.map((r) => r.wire)),
		searchOnLoadWire: median(good.map((r) => r.searchOnLoadWire)),
		afterActionWire: median(good.map((r) => r.afterActionWire)),
		pagefindWire: median(good.map((r) => r.pagefindWire)),
		requests: median(good.map((r) => r.requests)),
		wireByKind: first.wireByKind,
		files: first.files,
		firstResult: first.firstResult,
		resultsPage: first.resultsPage,
		runsMs: good.map((r) => Math.round(r.ms)),
		runsWire: good.map((r) => r.wire),
	};
}

/** The same article page on both sites, without islands: the plain article on the real corpus. */
function startPageOf(corpus: Corpus, articlesOf: Partial<Record<Key, ArticlePage[]>>): string {
	const ours = articlesOf[`ours/${corpus}`] ?? [];
	const refPaths = new Set((articlesOf[`ref/${corpus}`] ?? []).map((x) => x.path));
	const common = ours.filter((x) => refPaths.has(x.path) && !x.islands);
	return (
		(common.find((x) => x.path === PLAIN_ARTICLE) ?? common[0] ?? ours[0])?.path ?? PLAIN_ARTICLE
	);
}

export async function measureSearch(
	browser: Browser,
	corpus: Corpus,
	corpusDir: string,
	servers: Partial<Record<Key, StaticServer>>,
	articlesOf: Partial<Record<Key, ArticlePage[]>>,
	opts: Options,
	notes: string[],
): Promise<CorpusSearch> {
	const server = (site: Site) => servers[`${site}/${corpus}`]!;
	log(
		`Search (${corpus}): Pagefind API ${opts.searchRuns}× cold + warm per site, then the reader's path ${opts.uiRuns}× per site…`,
	);
	const api: Record<Site, ApiRun[]> = { ours: [], ref: [] };
	for (let i = 0; i < opts.searchRuns; i++) {
		for (const site of alternate(i)) {
			try {
				api[site].push(await measureSearchApi(browser, server(site), QUERIES[corpus]));
			} catch (error) {
				notes.push(`Search API run ${i + 1} (${site}/${corpus}) failed: ${firstLine(error)}`);
			}
		}
	}
	const startPage = startPageOf(corpus, articlesOf);
	const hasSearchPage = existsSync(join(WORK, 'dist', `ours-${corpus}`, 'search', 'index.html'));
	const ui: Record<Site, ReaderRun[]> = { ours: [], ref: [] };
	for (let i = 0; i < opts.uiRuns; i++) {
		for (const site of alternate(i)) {
			if (site === 'ours' && !hasSearchPage) continue;
			const paths = (articlesOf[`${site}/${corpus}`] ?? []).map((x) => x.path);
			try {
				ui[site].push(
					await measureSearchUi(
						browser,
						server(site),
						site,
						startPage,
						QUERIES[corpus].cold,
						paths,
					),
				);
			} catch (error) {
				ui[site].push({ ok: false, note: firstLine(error) });
			}
		}
	}
	const bySite: Partial<Record<Site, SearchResult>> = {};
	for (const site of SITES) {
		const key: Key = `${site}/${corpus}`;
		const runs = api[site];
		if (runs.length === 0)
			fail(`Pagefind could not be queried on the ${key} build:\n${notes.slice(-3).join('\n')}`);
		const cold = summariseApi(runs, 'cold', QUERIES[corpus].cold);
		const warm = summariseApi(runs, 'warm', QUERIES[corpus].warm);
		if (!cold.results) notes.push(`Search (${key}): the cold query "${cold.query}" found nothing.`);
		if (!warm.results) notes.push(`Search (${key}): the warm query "${warm.query}" found nothing.`);
		const reader: ReaderSummary =
			site === 'ours' && !hasSearchPage
				? { ok: false, note: 'no /search/ page in this build' }
				: summariseReader(ui[site], startPage, QUERIES[corpus].cold, notes, key);
		if (!reader.ok) notes.push(`Search, reader's path (${key}) not measured: ${reader.note}.`);
		bySite[site] = { api: { cold, warm }, ui: reader };
	}
	const errorQuery = errorQueryFor(corpusDir, REAL_DIR);
	const bestRuns: BestMatchRun[] = [];
	if (errorQuery && hasSearchPage) {
		log(`Search (${corpus}): Best match for a pasted error message, ${opts.uiRuns}× on ours…`);
		for (let i = 0; i < opts.uiRuns; i++)
			bestRuns.push(await measureBestMatch(browser, server('ours'), startPage, errorQuery));
	}
	const bestMatch = summariseBestMatch(errorQuery, startPage, bestRuns);
	if (bestMatch.note && bestMatch.note !== NO_BEST_MATCH) {
		notes.push(`Best match (${corpus}): ${bestMatch.note}.`);
	}
	return { bySite, bestMatch };
}
