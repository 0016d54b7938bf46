import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { createRelayHandler } from '../src/relay/handler';
import { APPLE_FEED_ORIGIN, RELAY_PATH } from '../src/lib/status-sources';

/** The folder the site under test was built into. */
export const DIST = process.env['OUT_DIR'] ?? 'dist';

/** Every page path the built sitemap lists, plus the 404 page, which a sitemap never lists. */
export function sitemapPaths(): string[] {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
	if (paths.length === 0) throw new Error(`No pages in ${DIST}/sitemap-0.xml: build the site first.`);
	return paths;
}

/** Article pages: the sitemap pages that are not one of the site's own index pages or troubleshooter pages. */
export function articlePaths(): string[] {
	const ownPages = new Set(['/', '/start-here/', '/errors/', '/search/', '/privacy/']);
	return sitemapPaths().filter((path) => !ownPages.has(path) && !path.startsWith(TROUBLESHOOTER));
}

const TROUBLESHOOTER = '/troubleshoot/';

/** Troubleshooter pages: /troubleshoot/ and one page per node, as the sitemap lists them. */
export function troubleshooterPaths(): string[] {
	return sitemapPaths().filter((path) => path.startsWith(TROUBLESHOOTER));
}

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

/**
 * Record, for the life of the page, Content Security Policy violations and every request to a host
 * other than the site's own (and the status feed's).
 */
export async function watchSecurity(page: Page, baseURL: string) {
	const ownHost = new URL(baseURL).host;
	const foreignRequests: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.host !== ownHost && !ALLOWED_THIRD_PARTY_HOSTS.has(url.host)) {
			foreignRequests.push(request.url());
		}
	});
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) => {
			violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	});
	return {
		foreignRequests,
		cspViolations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
	};
}

const HEALTHY_FEED = readFileSync(join(process.cwd(), '..', 'shared', 'reference', 'fixtures', 'apple-status-all-ok.js'), 'utf8');

/**
 * Answer the status widget as a deployment with the relay would, from a healthy Apple feed unless
 * another feed body is given. The machine running the tests may have no internet, and a static preview has no relay.
 */
export async function serveStatusRelay(page: Page, feed: string = HEALTHY_FEED) {
	const relay = createRelayHandler({ fetch: async () => new Response(feed, { status: 200 }), cacheTtlMs: 0 });
	await page.route(`**${RELAY_PATH}`, async (route) => {
		const response = await relay(new Request(route.request().url()));
		await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() });
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

/** Collect console errors and uncaught exceptions for the life of the page. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}
