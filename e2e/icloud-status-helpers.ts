// Shared by the iCloud status widget's specs: the page, and Apple's feed and the relay routed from fixtures.
import type { Page, Route } from '@playwright/test';
import { expect, test as siteTest } from './fixtures.ts';
import { parseAppleFeed } from '../src/lib/status/feed.ts';
import { reportToRelayPayload } from '../src/lib/status/relay-payload.ts';
import { WATCHED_SERVICES, type ServiceState } from '../src/lib/status/report.ts';
import { APPLE_FEED_URL, APPLE_STATUS_PAGE_URL } from '../src/lib/status/sources.ts';

/** The article that holds the status widget. */
const PAGE_URL = '/is-icloud-down/';

const APPLE_FEED_GLOB = `${APPLE_FEED_URL}*`;
export const RELAY_GLOB = '**/api/icloud-status';
export { appleFeedFixture as fixture } from './fixtures.ts';

type Watched = (typeof WATCHED_SERVICES)[number];

/** A consumer feed with the watched services, each with the given events. */
export function feed(events: Partial<Record<Watched, unknown[]>>): string {
	const services = WATCHED_SERVICES.map((serviceName) => ({
		serviceName,
		redirectUrl: null,
		events: events[serviceName] ?? [],
	}));
	return JSON.stringify({
		drpost: false,
		drMessage: null,
		services: [{ serviceName: 'App Store', redirectUrl: null, events: [] }, ...services],
	});
}

/** One Apple event, ongoing unless told otherwise. */
export function event(
	statusType: string,
	eventStatus = 'ongoing',
	message = `INVENTED: ${statusType} ${eventStatus}.`,
) {
	return {
		messageId: `${statusType}-${eventStatus}`,
		statusType,
		eventStatus,
		message,
		epochStartDate: Date.now() - 3_600_000,
		epochEndDate: null,
		usersAffected: 'Some users are affected',
	};
}

/** The relay's JSON for a feed body, as our relay would answer it. */
export function relayPayload(body: string): string {
	const parsed = parseAppleFeed(body, Date.now());
	if (!parsed.ok) throw new Error(parsed.error);
	return JSON.stringify(reportToRelayPayload(parsed.value));
}

/** Counts of requests that reached each source. */
interface Hits {
	relay: number;
	apple: number;
	appleUrls: string[];
}

type Answer = { status?: number; contentType?: string; body: string } | 'abort' | 'hang';

/** Route the relay and Apple's feed; each answer may be a function of the request number (1-based). */
export async function routeSources(
	page: Page,
	answers: { relay?: Answer | ((n: number) => Answer); apple?: Answer | ((n: number) => Answer) },
): Promise<Hits> {
	const hits: Hits = { relay: 0, apple: 0, appleUrls: [] };
	const answer = async (route: Route, spec: Answer) => {
		if (spec === 'hang') return; // never answered: the widget's timeout must give up
		if (spec === 'abort') return route.abort('failed');
		return route.fulfill({
			status: spec.status ?? 200,
			contentType: spec.contentType ?? 'application/json',
			body: spec.body,
		});
	};
	if (answers.relay !== undefined) {
		const relay = answers.relay;
		await page.route(RELAY_GLOB, async (route) => {
			hits.relay += 1;
			await answer(route, typeof relay === 'function' ? relay(hits.relay) : relay);
		});
	}
	const apple = answers.apple ?? 'abort';
	await page.route(APPLE_FEED_GLOB, async (route) => {
		hits.apple += 1;
		hits.appleUrls.push(route.request().url());
		await answer(route, typeof apple === 'function' ? apple(hits.apple) : apple);
	});
	return hits;
}

/** A relay that isn't there, answered the way a host with an SPA fallback does: 200 with an HTML page (no console error). */
export const RELAY_ABSENT_HTML: Answer = {
	contentType: 'text/html',
	body: '<!doctype html><title>Home</title>',
};
export const appleFeed = (body: string): Answer => ({
	contentType: 'application/x-javascript',
	body,
});
export const relayJson = (feedBody: string): Answer => ({ body: relayPayload(feedBody) });

/** The site's shared test, with the relay left to each test: these specs route the sources themselves. */
export const test = siteTest.extend({ statusRelay: 'not-deployed' });

/** Open the page and bring the widget into view: it hydrates on `client:visible`. */
export async function openWidget(page: Page) {
	await page.goto(PAGE_URL);
	await widget(page).scrollIntoViewIfNeeded();
}

export const row = (page: Page, service: Watched) => page.locator(`[data-service="${service}"]`);
export const widget = (page: Page) => page.locator('.icloud-status');
export const serviceList = (page: Page) =>
	page.getByRole('list', { name: 'iCloud services on Apple’s System Status' });

export async function expectStates(page: Page, states: Record<Watched, ServiceState>) {
	for (const [service, state] of Object.entries(states) as [Watched, ServiceState][]) {
		await expect(row(page, service)).toHaveAttribute('data-state', state);
	}
}

export const LABELS: Record<ServiceState, string> = {
	available: 'No reported issue',
	issue: 'Issue',
	outage: 'Outage',
	maintenance: 'Maintenance now',
	planned: 'Maintenance planned',
	unknown: 'Unknown',
};

export async function expectFailure(page: Page) {
	await expect(widget(page)).toContainText(/Couldn’t check right now/);
	await expect(
		widget(page).getByRole('link', { name: 'Apple’s System Status page' }).first(),
	).toHaveAttribute('href', APPLE_STATUS_PAGE_URL);
	for (const service of WATCHED_SERVICES)
		await expect(row(page, service)).toHaveAttribute('data-state', 'unknown');
	await expect(widget(page)).not.toContainText('No reported issue:');
}

/** Pretend the tab was hidden or shown again (Page Visibility API). */
export async function setVisibility(page: Page, state: 'hidden' | 'visible') {
	await page.evaluate((next) => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => next === 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	}, state);
}
