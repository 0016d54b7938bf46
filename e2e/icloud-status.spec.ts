// The iCloud status widget on /is-icloud-down/: one row per service, from the relay or Apple's feed, safely.
import { expect, takeConsoleErrors } from './fixtures.ts';
import {
	fixture,
	feed,
	event,
	routeSources,
	RELAY_ABSENT_HTML,
	appleFeed,
	relayJson,
	test,
	openWidget,
	row,
	widget,
	serviceList,
	expectStates,
	LABELS,
	expectFailure,
} from './icloud-status-helpers.ts';

test.describe('iCloud status widget states', () => {
	// Every event type and status is mapped in src/lib/status/feed.test.ts and drawn in
	// src/islands/ICloudStatusView.test.ts; here one event Apple sends today, and one it has never sent.
	for (const { state, apple } of [
		{ state: 'outage', apple: event('Outage') },
		{ state: 'unknown', apple: event('Outage', 'Ongoing') },
	] as const) {
		test(`shows iCloud Backup as ${state} for ${apple.statusType} ${apple.eventStatus} in Apple’s feed`, async ({
			page,
		}) => {
			await routeSources(page, {
				relay: RELAY_ABSENT_HTML,
				apple: appleFeed(feed({ 'iCloud Backup': [apple] })),
			});
			await openWidget(page);
			const backup = row(page, 'iCloud Backup');
			await expect(backup).toHaveAttribute('data-state', state);
			await expect(backup).toContainText(LABELS[state]);
			if (state === 'outage') await expect(backup).toContainText('INVENTED: Outage');
			await expectStates(page, {
				'iCloud Backup': state,
				'iCloud Drive': 'available',
				'iCloud Account & Sign In': 'available',
				'iCloud Storage Upgrades': 'available',
			});
			await expect(widget(page)).toContainText('is not proof');
		});
	}

	test('shows each service’s state from the relay and does not ask Apple', async ({ page }) => {
		const hits = await routeSources(page, {
			relay: relayJson(fixture('apple-status-icloud-backup-outage.js')),
		});
		await openWidget(page);
		await expectStates(page, {
			'iCloud Backup': 'outage',
			'iCloud Drive': 'outage',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		await expect(serviceList(page).getByRole('listitem')).toHaveCount(4);
		await expect(row(page, 'iCloud Backup')).toContainText(
			'Some users may be unable to back up to iCloud.',
		);
		await expect(row(page, 'iCloud Backup').locator('time')).toHaveAttribute(
			'datetime',
			'2026-05-12T16:40:00.000Z',
		);
		await expect(widget(page)).toContainText(/Checked at \d{1,2}:\d{2}/);
		expect(hits).toMatchObject({ relay: 1, apple: 0 });
	});

	test('shows planned maintenance and ignores resolved events', async ({ page }) => {
		await routeSources(page, {
			relay: relayJson(fixture('apple-status-resolved-and-upcoming.js')),
		});
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
	test('falls back to Apple’s feed when the relay is not deployed (a real 404)', async ({
		page,
		consoleErrors,
	}) => {
		// The relay is deliberately not routed: `astro preview` answers /api/icloud-status with its 404 page.
		const hits = await routeSources(page, {
			apple: appleFeed(fixture('apple-status-icloud-backup-outage.jsonp.js')),
		});
		await openWidget(page);
		await expectStates(page, {
			'iCloud Backup': 'outage',
			'iCloud Drive': 'outage',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		expect(hits.apple).toBe(1);
		expect(hits.appleUrls[0]).toMatch(
			/^https:\/\/www\.apple\.com\/support\/systemstatus\/data\/system_status_en_US\.js\?_=\d+$/,
		);
		// Chromium logs every 404 fetch as a console error, and no script can prevent that. This one
		// comes from the missing relay on a static host and is expected; anything else still fails the test.
		expect(
			takeConsoleErrors(consoleErrors, /Failed to load resource: .*404.*\/api\/icloud-status/),
		).toHaveLength(1);

		// Once found missing, the relay is not asked again on refresh.
		await widget(page).getByRole('button', { name: 'Refresh', exact: true }).click();
		await expect.poll(() => hits.apple).toBe(2);
	});

	for (const { title, apple } of [
		{ title: 'a truncated feed', apple: appleFeed(fixture('apple-status-malformed.js')) },
		{
			title: 'an HTML page',
			apple: { contentType: 'text/html', body: '<!doctype html><p>Down for maintenance</p>' },
		},
		{ title: 'an empty body', apple: appleFeed('') },
		{
			title: 'a feed without the iCloud services',
			apple: appleFeed('{"services":[{"serviceName":"App Store","events":[]}]}'),
		},
	] as const) {
		test(`shows “Couldn’t check right now” and Apple’s link when Apple sends ${title}`, async ({
			page,
		}) => {
			await routeSources(page, { relay: RELAY_ABSENT_HTML, apple });
			await openWidget(page);
			await expectFailure(page);
		});
	}

	test('shows “Couldn’t check right now” when both sources fail at the network level', async ({
		page,
		consoleErrors,
	}) => {
		const hits = await routeSources(page, { relay: 'abort', apple: 'abort' });
		await openWidget(page);
		await expectFailure(page);
		expect(hits).toMatchObject({ relay: 1, apple: 1 });
		// Chromium logs each failed fetch ("net::ERR_FAILED"); these two are the point of this test.
		expect(
			takeConsoleErrors(consoleErrors, /Failed to load resource: net::ERR_FAILED/),
		).toHaveLength(2);
	});

	test('gives up on a source that never answers after 8 seconds and tries the next', async ({
		page,
	}) => {
		await page.clock.install();
		const hits = await routeSources(page, {
			relay: 'hang',
			apple: appleFeed(fixture('apple-status-all-ok.js')),
		});
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
		const trap =
			'<img src=x onerror="window.__pwned=true;alert(1)"><script>window.__pwned=true</script><iframe src="javascript:alert(2)"></iframe>';
		const hostile = JSON.parse(fixture('apple-status-hostile.js')) as {
			services: { serviceName?: string; events: unknown }[];
		};
		const signIn = hostile.services.find(
			(service) => service.serviceName === 'iCloud Account & Sign In',
		);
		if (!signIn) throw new Error('fixture changed: no iCloud Account & Sign In');
		signIn.events = [
			{
				...event('Issue'),
				message: trap,
				usersAffected: '<b onmouseover="window.__pwned=true">Some</b>',
			},
		];
		await routeSources(page, {
			relay: RELAY_ABSENT_HTML,
			apple: appleFeed(JSON.stringify(hostile)),
		});
		await openWidget(page);

		await expectStates(page, {
			'iCloud Backup': 'unknown',
			'iCloud Drive': 'unknown',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		await expect(row(page, 'iCloud Account & Sign In')).toContainText(
			'<script>window.__pwned=true</script>',
		);
		await expect(row(page, 'iCloud Backup')).toContainText(
			'<script>alert(document.cookie)</script>',
		);
		await expect(
			widget(page).locator('img, iframe, script, object, embed, b, a[href^="javascript:"]'),
		).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(
			false,
		);
		expect(dialogs).toEqual([]);
	});
});
