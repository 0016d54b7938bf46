import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { LAST_RESORT_ARTICLE, START_ID, nodeHref } from '../src/lib/troubleshooter/tree.ts';

export {
	DIST,
	articlePaths,
	publishedLocales,
	pageFile,
	sitemapPaths,
	troubleshooterPaths,
} from '../tests/support/built-site.ts';

/**
 * Run axe with the WCAG 2.2 AA rule set and best practices; returns the violations. The one axe
 * set-up of the suite: page samples and interactive states get the same rules.
 */
export async function axeViolations(page: Page) {
	// One run takes seconds alone and far longer on a busy machine: each run brings its own allowance.
	test.setTimeout(test.info().timeout + 30_000);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map((violation) => ({
		id: violation.id,
		help: violation.help,
		targets: violation.nodes.map((node) => node.target.join(' ')),
	}));
}

/**
 * Bring every client:visible island into view and wait until it says it is ready: each island sets
 * `data-ready` on its root element once hydrated, and `aria-busy` while it is fetching.
 */
export async function wakeIslands(page: Page) {
	for (const island of await page.locator('astro-island').all()) {
		await island.scrollIntoViewIfNeeded();
		await expect(island.locator(':scope > [data-ready]')).toHaveCount(1);
	}
	await expect(page.locator('astro-island [aria-busy="true"]')).toHaveCount(0);
}

/** Open the search page, optionally with a query, and wait until its script is wired up. */
export async function openSearchPage(page: Page, query?: string) {
	await page.goto(query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('[data-search-page]')).toHaveAttribute('data-ready', '');
}

/** The troubleshooter's nodes, as content/troubleshooter.yaml writes them. */
export const TREE = parse(readFileSync('content/troubleshooter.yaml', 'utf8')) as Record<
	string,
	{ question?: string; fix?: string; check?: string; next?: string }
>;

/**
 * One node page of each kind the two troubleshooter templates draw: a question, an outcome that leads
 * on, an outcome that carries the storage check, and the last resort, which leads nowhere.
 */
export function troubleshooterSample(): Record<string, string> {
	const nodes = Object.entries(TREE);
	const first = (kind: string, matches: (node: (typeof TREE)[string]) => boolean) => {
		const found = nodes.find(([id, node]) => id !== START_ID && matches(node));
		if (!found) throw new Error(`content/troubleshooter.yaml has no ${kind} node`);
		return nodeHref(found[0]);
	};
	return {
		question: first('question', (node) => node.question !== undefined),
		outcome: first('outcome', (node) => node.fix !== undefined && !node.check && !!node.next),
		'storage outcome': first('storage outcome', (node) => node.check === 'storage'),
		'last resort': first('last resort', (node) =>
			Boolean(node.fix?.startsWith(`/${LAST_RESORT_ARTICLE}/`)),
		),
	};
}

/** What the test fixture (./fixtures.ts) watches on every page, as a sweep hands it over. */
export interface Watched {
	consoleErrors: string[];
	cspViolations: string[];
	foreignRequests: string[];
}

// A ceiling, not a measure: one page load with its islands awake, on a busy machine.
const MS_PER_PAGE = 4_000;

/**
 * Check every page in `paths` in one browser page, one after another, the way a reader would walk the
 * site: one test instead of one per page, without a new browser context for each. `check` returns what
 * is wrong with a page (or throws); the console errors, CSP violations and requests to other hosts a
 * page causes are taken from the fixture's lists and named with the page. Returns every problem, each
 * starting with its page, so that a failure lists every page that failed.
 */
export async function sweep(
	paths: readonly string[],
	watched: Watched,
	check: (path: string) => Promise<string[]>,
): Promise<string[]> {
	test.setTimeout(paths.length * MS_PER_PAGE);
	expect(paths.length, 'pages to check').toBeGreaterThan(0);
	const problems: string[] = [];
	for (const path of paths) {
		try {
			problems.push(...(await check(path)).map((problem) => `${path}: ${problem}`));
		} catch (error) {
			problems.push(`${path}: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 300)}`);
		}
		for (const [kind, list] of [
			['console error', watched.consoleErrors],
			['CSP violation', watched.cspViolations],
			['request to another host', watched.foreignRequests],
		] as const) {
			problems.push(...list.splice(0).map((entry) => `${path}: ${kind}: ${entry}`));
		}
	}
	return problems;
}
