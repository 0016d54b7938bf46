// Issue 11's "Best match visible within 50 ms of the search page becoming interactive", on the reader's path.
// The search page's contract: it marks `search:interactive` once its script has wired up,
// `search:best-match` when the region named "Best match" is rendered, `search:first-result` when the first
// results render, and sets `data-ready` on `[data-search-page]`. A build without them (today's main) gets
// "n/a", not a failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { parse } from 'yaml';
import { settle, recordTraffic } from './browser.ts';
import { submitQuery } from './search-ui.ts';
import type { StaticServer } from './server.ts';
import type { BestMatchRun, BestMatchSummary } from './types.ts';
import { median } from './util.ts';

export const BEST_MATCH_LIMIT_MS = 50;
export const NO_BEST_MATCH = 'n/a (no Best match on this build)';

/**
 * A pasted error message: the first `errors` entry marked `exact: true` among `articles` (file names, in
 * order) in `dir`, else the first message at all; null when no article lists one.
 */
function pickErrorQuery(dir: string, articles: readonly string[]): string | null {
	let fallback: string | null = null;
	for (const file of articles) {
		const text = readFileSync(join(dir, file), 'utf8');
		const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
		const { errors = [] } = (parse(front) ?? {}) as {
			errors?: { message: string; exact?: boolean }[];
		};
		for (const error of errors) {
			// The schema's default: a message is exact unless it says otherwise.
			if (error.exact !== false) return error.message;
			fallback ??= error.message;
		}
	}
	return fallback;
}

/** The real articles first (they are in every corpus, on both sites), then the generated ones. */
export function errorQueryFor(corpusDir: string, realDir: string): string | null {
	const real = readdirSync(realDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const all = readdirSync(corpusDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const present = real.filter((f) => all.includes(f));
	return pickErrorQuery(corpusDir, [...present, ...all.filter((f) => !present.includes(f))]);
}

/**
 * Cold, like the reader's path: a fresh browser on an article page, the error message pasted into the header
 * search and Enter; then, on /search/, the page's marks once its search has finished (or 15 s).
 */
export async function measureBestMatch(
	browser: Browser,
	server: StaticServer,
	articlePath: string,
	query: string,
): Promise<BestMatchRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const traffic = recordTraffic(page);
	try {
		await page.goto(server.origin + articlePath, { waitUntil: 'load' });
		await settle(traffic);
		await submitQuery(page, 'ours', query);
		await page.waitForURL(/\/search\//, { timeout: 10_000 });
		// Finished: the Best match is there, or the status says something other than "Searching…".
		const finished = () => {
			const names = new Set(performance.getEntriesByType('mark').map((m) => m.name));
			if (names.has('search:best-match')) return true;
			const status = document.querySelector('main [role="status"]')?.textContent?.trim() ?? '';
			return names.has('search:first-result') || (status !== '' && !/searching/i.test(status));
		};
		const done = await page
			.waitForFunction(finished, null, { timeout: 15_000, polling: 20 })
			.then(() => true)
			.catch(() => false);
		// A Best match that renders after the results still counts; give it a moment.
		await page
			.waitForFunction(() => performance.getEntriesByName('search:best-match').length > 0, null, {
				timeout: 500,
			})
			.catch(() => undefined);
		const marks = await page.evaluate(() => {
			const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
			return {
				interactive: at('search:interactive'),
				bestMatch: at('search:best-match'),
				firstResult: at('search:first-result'),
			};
		});
		const ready = await page
			.locator('[data-search-page][data-ready]')
			.count()
			.then((n) => n > 0);
		const region = page.getByRole('region', { name: 'Best match' });
		const visible = await region
			.first()
			.isVisible()
			.catch(() => false);
		const link = visible
			? await region
					.first()
					.locator('a[href]')
					.first()
					.getAttribute('href')
					.catch(() => null)
			: null;
		const ms =
			marks.bestMatch != null && marks.interactive != null
				? marks.bestMatch - marks.interactive
				: null;
		const note = done ? null : 'the search had not finished after 15 s';
		return { ok: true, note, marks, ready, region: visible, link, ms };
	} catch (error) {
		const empty = { interactive: null, bestMatch: null, firstResult: null };
		const note = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
		return { ok: false, note, marks: empty, ready: false, region: false, link: null, ms: null };
	} finally {
		await context.close();
	}
}

export function summariseBestMatch(
	query: string | null,
	startPage: string,
	runs: BestMatchRun[],
): BestMatchSummary {
	const measured = runs.filter((r) => r.ms != null);
	const failed = runs.find((r) => !r.ok);
	let note: string | null = null;
	if (query == null) note = 'n/a (no article in this corpus lists an error message)';
	else if (measured.length === 0)
		note = failed && runs.every((r) => !r.ok) ? `not measured: ${failed.note}` : NO_BEST_MATCH;
	return {
		query,
		startPage,
		runs: runs.length,
		measured: measured.length,
		ms: median(measured.map((r) => r.ms)),
		runsMs: runs.map((r) => (r.ms == null ? null : Math.round(r.ms * 10) / 10)),
		regionShown: runs.filter((r) => r.region).length,
		ready: runs.filter((r) => r.ready).length,
		link: measured[0]?.link ?? runs.find((r) => r.link)?.link ?? null,
		note,
		firstRun: runs[0] ?? null,
	};
}
