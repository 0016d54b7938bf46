import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { parseAppleFeed, reportToRelayPayload, WATCHED_SERVICES, type ServiceState } from '../src/lib/apple-status';
import { expect, takeConsoleErrors, test } from './fixtures';

/** The article that holds the status widget. */
const PAGE_URL = '/is-icloud-down/';

const APPLE_FEED_GLOB = 'https://www.apple.com/support/systemstatus/data/**';
const RELAY_GLOB = '**/api/icloud-status';
const APPLE_STATUS_PAGE = 'https://www.apple.com/support/systemstatus/';
const FIXTURES = path.resolve(process.cwd(), '../shared/reference/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

type Watched = (typeof WATCHED_SERVICES)[number];

/** A consumer feed with the watched services, each with the given events. */
function feed(events: Partial<Record<Watched, unknown[]>>): string {
	const services = WATCHED_SERVICES.map((serviceName) => ({ serviceName, redirectUrl: null, events: events[serviceName] ?? [] }));
	return JSON.stringify({ drpost: false, drMessage: null, services: [{ serviceName: 'App Store', redirectUrl: null, events: [] }, ...services] });
}

/** One Apple event, ongoing unless told otherwise. */
function event(statusType: string, eventStatus = 'ongoing', message = `INVENTED: ${statusType} ${eventStatus}.`) {
	return { messageId: `${statusType}-${eventStatus}`, statusType, eventStatus, message, epochStartDate: Date.now() - 3_600_000, epochEndDate: null, usersAffected: 'Some users are affected' };
}

/** The relay's JSON for a feed body, as our relay would answer it. */
function relayPayload(body: string): string {
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
async function routeSources(page: Page, answers: { relay?: Answer | ((n: number) => Answer); apple?: Answer | ((n: number) => Answer) }): Promise<Hits> {
	const hits: Hits = { relay: 0, apple: 0, appleUrls: [] };
	const answer = async (route: Route, spec: Answer) => {
		if (spec === 'hang') return; // never answered: the widget's timeout must give up
		if (spec === 'abort') return route.abort('failed');
		return route.fulfill({ status: spec.status ?? 200, contentType: spec.contentType ?? 'application/json', body: spec.body });
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
const RELAY_ABSENT_HTML: Answer = { contentType: 'text/html', body: '<!doctype html><title>Home</title>' };
const appleFeed = (body: string): Answer => ({ contentType: 'application/x-javascript', body });
const relayJson = (feedBody: string): Answer => ({ body: relayPayload(feedBody) });

// Each test answers the relay and Apple's feed itself (routeSources).
test.use({ statusRelay: 'not-deployed' });

/** Open the page and bring the widget into view: it hydrates on `client:visible`. */
async function openWidget(page: Page) {
	await page.goto(PAGE_URL);
	await widget(page).scrollIntoViewIfNeeded();
}

const row = (page: Page, service: Watched) => page.locator(`[data-service="${service}"]`);
const widget = (page: Page) => page.locator('.icloud-status');
const serviceList = (page: Page) => page.getByRole('list', { name: 'iCloud services on Apple’s System Status' });

async function expectStates(page: Page, states: Record<Watched, ServiceState>) {
	for (const [service, state] of Object.entries(states) as [Watched, ServiceState][]) {
		await expect(row(page, service)).toHaveAttribute('data-state', state);
	}
}

const LABELS: Record<ServiceState, string> = {
	available: 'No reported issue',
	issue: 'Issue',
	outage: 'Outage',
	maintenance: 'Maintenance now',
	planned: 'Maintenance planned',
	unknown: 'Unknown',
};

test.describe('iCloud status widget states', () => {
	for (const { state, events } of [
		{ state: 'available', events: [] },
		{ state: 'issue', events: [event('Issue')] },
		{ state: 'issue', events: [event('Performance')] },
		{ state: 'outage', events: [event('Outage')] },
		{ state: 'maintenance', events: [event('Maintenance')] },
		{ state: 'planned', events: [event('Maintenance', 'upcoming')] },
		{ state: 'unknown', events: [event('Outage', 'Ongoing')] },
		{ state: 'available', events: [event('Outage', 'resolved')] },
	] as const) {
		const title = events[0] ? `${events[0].statusType} ${events[0].eventStatus}` : 'no events';
		test(`shows iCloud Backup as ${state} for ${title} in Apple’s feed`, async ({ page }) => {
			await routeSources(page, { relay: RELAY_ABSENT_HTML, apple: appleFeed(feed({ 'iCloud Backup': [...events] })) });
			await openWidget(page);
			const backup = row(page, 'iCloud Backup');
			await expect(backup).toHaveAttribute('data-state', state);
			await expect(backup).toContainText(LABELS[state]);
			if (state !== 'available' && state !== 'unknown') await expect(backup).toContainText(`INVENTED: ${events[0]?.statusType}`);
			await expectStates(page, { 'iCloud Backup': state, 'iCloud Drive': 'available', 'iCloud Account & Sign In': 'available', 'iCloud Storage Upgrades': 'available' });
			await expect(widget(page)).toContainText('is not proof');
		});
	}

	test('shows each service’s state from the relay and does not ask Apple', async ({ page }) => {
		const hits = await routeSources(page, { relay: relayJson(fixture('apple-status-icloud-backup-outage.js')) });
		await openWidget(page);
		await expectStates(page, {
			'iCloud Backup': 'outage',
			'iCloud Drive': 'outage',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		await expect(serviceList(page).getByRole('listitem')).toHaveCount(4);
		await expect(row(page, 'iCloud Backup')).toContainText('Some users may be unable to back up to iCloud.');
		await expect(row(page, 'iCloud Backup').locator('time')).toHaveAttribute('datetime', '2026-05-12T16:40:00.000Z');
		await expect(widget(page)).toContainText(/Checked at \d{1,2}:\d{2}/);
		expect(hits).toMatchObject({ relay: 1, apple: 0 });
	});

	test('shows planned maintenance and ignores resolved events', async ({ page }) => {
		await routeSources(page, { relay: relayJson(fixture('apple-status-resolved-and-upcoming.js')) });
		await openWidget(page);
		await expectStates(page, {
			'iCloud Backup': 'planned',
			'iCloud Drive': 'available',
			'iCloud Account & Sign In': 'available',
			'iCloud Storage Upgrades': 'planned',
		});
		await expect(row(page, 'iCloud Backup')).toContainText('Planned from');
	});
});

test.describe('iCloud status widget sources', () => {
	test('falls back to Apple’s feed when the relay is not deployed (a real 404)', async ({ page, consoleErrors }) => {
		// The relay is deliberately not routed: `astro preview` answers /api/icloud-status with its 404 page.
		const hits = await routeSources(page, { apple: appleFeed(fixture('apple-status-icloud-backup-outage.jsonp.js')) });
		await openWidget(page);
		await expectStates(page, {
			'iCloud Backup': 'outage',
			'iCloud Drive': 'outage',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		expect(hits.apple).toBe(1);
		expect(hits.appleUrls[0]).toMatch(/^https:\/\/www\.apple\.com\/support\/systemstatus\/data\/system_status_en_US\.js\?_=\d+$/);
		// Chromium logs every 404 fetch as a console error, and no script can prevent that. This one
		// comes from the missing relay on a static host and is expected; anything else still fails the test.
		expect(takeConsoleErrors(consoleErrors, /Failed to load resource: .*404.*\/api\/icloud-status/)).toHaveLength(1);

		// Once found missing, the relay is not asked again on refresh.
		await widget(page).getByRole('button', { name: 'Refresh', exact: true }).click();
		await expect.poll(() => hits.apple).toBe(2);
	});

	for (const { title, apple } of [
		{ title: 'a truncated feed', apple: appleFeed(fixture('apple-status-malformed.js')) },
		{ title: 'an HTML page', apple: { contentType: 'text/html', body: '<!doctype html><p>Down for maintenance</p>' } },
		{ title: 'an empty body', apple: appleFeed('') },
		{ title: 'a feed without the iCloud services', apple: appleFeed('{"services":[{"serviceName":"App Store","events":[]}]}') },
	] as const) {
		test(`shows “Couldn’t check right now” and Apple’s link when Apple sends ${title}`, async ({ page }) => {
			await routeSources(page, { relay: RELAY_ABSENT_HTML, apple });
			await openWidget(page);
			await expectFailure(page);
		});
	}

	test('shows “Couldn’t check right now” when both sources fail at the network level', async ({ page, consoleErrors }) => {
		const hits = await routeSources(page, { relay: 'abort', apple: 'abort' });
		await openWidget(page);
		await expectFailure(page);
		expect(hits).toMatchObject({ relay: 1, apple: 1 });
		// Chromium logs each failed fetch ("net::ERR_FAILED"); these two are the point of this test.
		expect(takeConsoleErrors(consoleErrors, /Failed to load resource: net::ERR_FAILED/)).toHaveLength(2);
	});

	test('gives up on a source that never answers after 8 seconds and tries the next', async ({ page }) => {
		await page.clock.install();
		const hits = await routeSources(page, { relay: 'hang', apple: appleFeed(fixture('apple-status-all-ok.js')) });
		await openWidget(page);
		await expect.poll(() => hits.relay).toBe(1);
		await page.clock.runFor(7_000);
		expect(hits.apple).toBe(0);
		await page.clock.runFor(1_500);
		await expectStates(page, {
			'iCloud Backup': 'available',
			'iCloud Drive': 'available',
			'iCloud Account & Sign In': 'available',
			'iCloud Storage Upgrades': 'available',
		});
	});
});

async function expectFailure(page: Page) {
	await expect(widget(page)).toContainText(/Couldn’t check right now/);
	await expect(widget(page).getByRole('link', { name: 'Apple’s System Status page' }).first()).toHaveAttribute('href', APPLE_STATUS_PAGE);
	for (const service of WATCHED_SERVICES) await expect(row(page, service)).toHaveAttribute('data-state', 'unknown');
	await expect(widget(page)).not.toContainText('No reported issue:');
}

test.describe('iCloud status widget safety', () => {
	test('keeps hostile text from Apple’s feed inert', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.addInitScript(() => {
			(window as unknown as { __pwned: boolean }).__pwned = false;
		});
		const trap = '<img src=x onerror="window.__pwned=true;alert(1)"><script>window.__pwned=true</script><iframe src="javascript:alert(2)"></iframe>';
		const hostile = JSON.parse(fixture('apple-status-hostile.js')) as { services: { serviceName?: string; events: unknown }[] };
		const signIn = hostile.services.find((service) => service.serviceName === 'iCloud Account & Sign In');
		if (!signIn) throw new Error('fixture changed: no iCloud Account & Sign In');
		signIn.events = [{ ...event('Issue'), message: trap, usersAffected: '<b onmouseover="window.__pwned=true">Some</b>' }];
		await routeSources(page, { relay: RELAY_ABSENT_HTML, apple: appleFeed(JSON.stringify(hostile)) });
		await openWidget(page);

		await expectStates(page, {
			'iCloud Backup': 'unknown',
			'iCloud Drive': 'unknown',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		await expect(row(page, 'iCloud Account & Sign In')).toContainText('<script>window.__pwned=true</script>');
		await expect(row(page, 'iCloud Backup')).toContainText('<script>alert(document.cookie)</script>');
		await expect(widget(page).locator('img, iframe, script, object, embed, b, a[href^="javascript:"]')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(false);
		expect(dialogs).toEqual([]);
	});
});

test.describe('iCloud status widget refresh', () => {
	test('Refresh fetches again and announces only a changed picture', async ({ page }) => {
		const hits = await routeSources(page, {
			relay: (n) => relayJson(n === 1 ? fixture('apple-status-all-ok.js') : fixture('apple-status-icloud-backup-outage.js')),
		});
		await openWidget(page);
		const status = widget(page).getByRole('status');
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'available');
		await expect(status).toHaveText(/No reported issue: iCloud Backup, iCloud Drive/);
		expect(hits.relay).toBe(1);

		await widget(page).getByRole('button', { name: 'Refresh', exact: true }).click();
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'outage');
		expect(hits.relay).toBe(2);
		await expect(status).toHaveText(/^Apple System Status\. Outage: iCloud Backup, iCloud Drive\. Issue: iCloud Account & Sign In\./);

		// Same answer again: the live region keeps its text (nothing new is announced).
		await status.evaluate((node) => {
			(window as unknown as { __announced: number }).__announced = 0;
			new MutationObserver(() => {
				(window as unknown as { __announced: number }).__announced += 1;
			}).observe(node, { childList: true, characterData: true, subtree: true });
		});
		await widget(page).getByRole('button', { name: 'Refresh', exact: true }).click();
		await expect.poll(() => hits.relay).toBe(3);
		await expect(widget(page)).toHaveAttribute('aria-busy', 'false');
		expect(await page.evaluate(() => (window as unknown as { __announced: number }).__announced)).toBe(0);
	});

	test('a slower, older answer never replaces a newer one', async ({ page }) => {
		let held: Route | undefined;
		let relayHits = 0;
		await page.route(RELAY_GLOB, async (route) => {
			relayHits += 1;
			if (relayHits === 2) {
				held = route; // the first Refresh: held until a newer request has been answered
				return;
			}
			const feedBody = relayHits === 1 ? fixture('apple-status-all-ok.js') : fixture('apple-status-icloud-backup-outage.js');
			await route.fulfill({ contentType: 'application/json', body: relayPayload(feedBody) });
		});
		await routeSources(page, {});
		await openWidget(page);
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'available');

		const refresh = widget(page).getByRole('button', { name: 'Refresh', exact: true });
		await refresh.click();
		await expect.poll(() => relayHits).toBe(2);
		await refresh.click();
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'outage');
		await expect(widget(page)).toHaveAttribute('aria-busy', 'false');

		// The older request answers last, saying all is well: it must change nothing.
		await held?.fulfill({ contentType: 'application/json', body: relayPayload(fixture('apple-status-all-ok.js')) }).catch(() => undefined);
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'outage');
		await expect(widget(page)).toHaveAttribute('aria-busy', 'false');
		expect(relayHits).toBe(3);
	});

	test('refreshes every 2 minutes while visible, pauses while hidden, and catches up on return', async ({ page }) => {
		await page.clock.install();
		const hits = await routeSources(page, { relay: relayJson(fixture('apple-status-all-ok.js')) });
		await openWidget(page);
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'available');
		expect(hits.relay).toBe(1);

		await page.clock.runFor(119_000);
		expect(hits.relay).toBe(1);
		await page.clock.runFor(2_000);
		await expect.poll(() => hits.relay).toBe(2);

		await setVisibility(page, 'hidden');
		await page.clock.runFor(10 * 60_000);
		expect(hits.relay).toBe(2);

		await setVisibility(page, 'visible');
		await expect.poll(() => hits.relay).toBe(3);
	});

	test.describe('for a reader in Berlin', () => {
		test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

		test('shows the check time in the reader’s time zone', async ({ page }) => {
			await page.clock.setFixedTime(new Date('2026-05-12T18:05:00Z'));
			await routeSources(page, { relay: RELAY_ABSENT_HTML, apple: appleFeed(fixture('apple-status-all-ok.js')) });
			await openWidget(page);
			await expect(widget(page)).toContainText('Checked at 20:05');
		});
	});
});

/** Pretend the tab was hidden or shown again (Page Visibility API). */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
	await page.evaluate((next) => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => next === 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	}, state);
}

test.describe('iCloud status widget accessibility', () => {
	for (const { title, answers } of [
		{ title: 'with an outage', answers: { relay: relayJson(fixture('apple-status-icloud-backup-outage.js')) } },
		{ title: 'with planned maintenance', answers: { relay: relayJson(fixture('apple-status-resolved-and-upcoming.js')) } },
		{ title: 'after a failed check', answers: { relay: RELAY_ABSENT_HTML, apple: appleFeed('') } },
	]) {
		test(`has no axe violations ${title}`, async ({ page }) => {
			await routeSources(page, answers);
			await openWidget(page);
			await expect(serviceList(page)).toBeVisible();
			await expect(widget(page)).toHaveAttribute('aria-busy', 'false');
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			expect(results.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual([]);
		});
	}

	test('Refresh is reachable and usable from the keyboard', async ({ page }) => {
		const hits = await routeSources(page, { relay: relayJson(fixture('apple-status-all-ok.js')) });
		await openWidget(page);
		const refresh = widget(page).getByRole('button', { name: 'Refresh', exact: true });
		await expect(refresh).toBeVisible();
		await refresh.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => hits.relay).toBe(2);
		await expect(refresh).toBeFocused();
	});
});

test.describe('iCloud status widget without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows a sentence and a link to Apple’s System Status page, and no state', async ({ page }) => {
		await openWidget(page);
		await expect(widget(page)).toContainText('Apple lists known problems with iCloud Backup');
		await expect(widget(page).getByRole('link', { name: 'Apple’s System Status page' })).toHaveAttribute('href', APPLE_STATUS_PAGE);
		await expect(widget(page).locator('[data-state]')).toHaveCount(0);
		await expect(widget(page)).not.toContainText('No reported issue');
	});
});
