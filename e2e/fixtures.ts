import { test as base, expect, type Page } from '@playwright/test';
import { createRelayHandler } from '../src/api/app.ts';
import { APPLE_FEED_ORIGIN, RELAY_PATH } from '../src/lib/status/sources.ts';
import { appleFeedFixture } from '../tests/support/apple-feed.ts';

export { appleFeedFixture, expect };

interface Options {
	/**
	 * `healthy` (the default) answers `/api/icloud-status` as a deployed relay would; `not-deployed`
	 * leaves it to the server under test, as on a static host. Specs that route the sources themselves
	 * use `not-deployed`.
	 */
	statusRelay: 'healthy' | 'not-deployed';
	/** The body of Apple's feed that a healthy relay answers from: all services up unless set. */
	statusFeed: string;
}

interface PageWatch {
	/**
	 * Console errors and uncaught exceptions. A test that provokes one on purpose removes it from
	 * this list; anything left fails the test.
	 */
	consoleErrors: string[];
	/** Content Security Policy violations; any fails the test. */
	cspViolations: string[];
	/** Requests to hosts other than the site's own and Apple's status feed; any fails the test. */
	foreignRequests: string[];
}

interface Internal {
	relay: void;
	security: Awaited<ReturnType<typeof watchSecurity>>;
}

/** Take the console errors a test provokes on purpose out of `consoleErrors`, and return them. */
export function takeConsoleErrors(consoleErrors: string[], pattern: RegExp): string[] {
	const taken = consoleErrors.filter((text) => pattern.test(text));
	consoleErrors.splice(
		0,
		consoleErrors.length,
		...consoleErrors.filter((text) => !pattern.test(text)),
	);
	return taken;
}

/** Console errors (with the address they came from) and uncaught exceptions, for the life of the page. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url } = message.location();
		errors.push(url ? `${message.text()} @ ${url}` : message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Hosts the site may contact besides itself: Apple's status feed for the iCloud status widget (as the CSP allows). */
const ALLOWED_THIRD_PARTY_HOSTS = new Set([new URL(APPLE_FEED_ORIGIN).host]);

let watchCount = 0;

/**
 * Record, for the life of the page and across navigations, Content Security Policy violations and
 * every request to a host other than the site's own (and the status feed's).
 */
async function watchSecurity(page: Page, baseURL: string) {
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
	return { foreignRequests, violations };
}

/**
 * Answer the status widget as a deployment with the relay would, from the given Apple feed body. The
 * machine running the tests may have no internet, and a static preview has no relay.
 */
async function serveStatusRelay(page: Page, feed: string) {
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
 * Playwright's `test`, watching every page for what a reader must never get: console errors, CSP
 * violations and requests to other hosts. Each spec imports `test` and `expect` from here.
 */
export const test = base.extend<Options & PageWatch & Internal>({
	statusRelay: ['healthy', { option: true }],
	statusFeed: [appleFeedFixture('apple-status-all-ok.js'), { option: true }],
	relay: [
		async ({ page, statusRelay, statusFeed }, use) => {
			if (statusRelay === 'healthy') await serveStatusRelay(page, statusFeed);
			await use();
		},
		{ auto: true },
	],
	consoleErrors: [
		async ({ page }, use) => {
			const errors = collectErrors(page);
			await use(errors);
			expect(errors, 'console errors and uncaught exceptions').toEqual([]);
		},
		{ auto: true },
	],
	security: async ({ page, baseURL }, use) => {
		await use(await watchSecurity(page, baseURL ?? ''));
	},
	cspViolations: [
		async ({ security }, use) => {
			await use(security.violations);
			expect(security.violations, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true },
	],
	foreignRequests: [
		async ({ security }, use) => {
			await use(security.foreignRequests);
			expect(security.foreignRequests, 'requests to other hosts').toEqual([]);
		},
		{ auto: true },
	],
});
