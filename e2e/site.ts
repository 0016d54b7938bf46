import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export {
	DIST,
	articlePaths,
	sitemapPaths,
	troubleshooterPaths,
} from '../tests/support/built-site.ts';

/** Run axe with the WCAG 2.2 AA rule set and best practices; returns the violations. */
export async function axeViolations(page: Page) {
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
