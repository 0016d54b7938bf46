import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { createRelayHandler } from '../src/relay/handler';
import { APPLE_FEED_ORIGIN, RELAY_PATH } from '../src/lib/status-sources';

export { DIST, articlePaths, sitemapPaths, troubleshooterPaths } from '../tests/built-site';

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

/** Hosts the site may contact besides itself: Apple's status feed for the iCloud status widget (as the CSP allows). */
const ALLOWED_THIRD_PARTY_HOSTS = new Set([new URL(APPLE_FEED_ORIGIN).host]);

let watchCount = 0;

/**
 * Record, for the life of the page and across navigations, Content Security Policy violations and
 * every request to a host other than the site's own (and the status feed's).
 */
export async function watchSecurity(page: Page, baseURL: string) {
	const ownHost = new URL(baseURL).host;
	const foreignRequests: string[] = [];
	const violations: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (
			url.protocol.startsWith('http') &&
			url.host !== ownHost &&
			!ALLOWED_THIRD_PARTY_HOSTS.has(url.host)
		) {
			foreignRequests.push(request.url());
		}
	});
	// A binding outlives each document, so a violation on a page navigated away from is still counted.
	const report = `reportCspViolation${++watchCount}`;
	await page.exposeFunction(report, (violation: string) => violations.push(violation));
	await page.addInitScript((name) => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const send = (window as unknown as Record<string, (violation: string) => void>)[name];
			send?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	}, report);
	return { foreignRequests, violations, cspViolations: () => Promise.resolve([...violations]) };
}

const HEALTHY_FEED = readFileSync(
	join(process.cwd(), '..', 'shared', 'reference', 'fixtures', 'apple-status-all-ok.js'),
	'utf8',
);

/**
 * Answer the status widget as a deployment with the relay would, from a healthy Apple feed unless
 * another feed body is given. The machine running the tests may have no internet, and a static preview has no relay.
 */
export async function serveStatusRelay(page: Page, feed: string = HEALTHY_FEED) {
	const relay = createRelayHandler({
		fetch: () => Promise.resolve(new Response(feed, { status: 200 })),
		cacheTtlMs: 0,
	});
	await page.route(`**${RELAY_PATH}`, async (route) => {
		const response = await relay(new Request(route.request().url()));
		await route.fulfill({
			status: response.status,
			headers: Object.fromEntries(response.headers),
			body: await response.text(),
		});
	});
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

/** Collect console errors (with the address they came from) and uncaught exceptions for the life of the page. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url } = message.location();
		errors.push(url ? `${message.text()} @ ${url}` : message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}
