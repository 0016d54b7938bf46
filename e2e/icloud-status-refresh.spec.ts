// The iCloud status widget over time, for assistive technology, and without JavaScript.
import { expect, type Route } from '@playwright/test';
import { APPLE_STATUS_PAGE_URL } from '../src/lib/status/sources.ts';
import {
	RELAY_GLOB,
	fixture,
	relayPayload,
	routeSources,
	RELAY_ABSENT_HTML,
	appleFeed,
	relayJson,
	test,
	openWidget,
	row,
	widget,
	serviceList,
	setVisibility,
} from './icloud-status-helpers.ts';
import { axeViolations } from './site.ts';

test.describe('iCloud status widget refresh', () => {
	test('Refresh fetches again and announces only a changed picture', async ({ page }) => {
		const hits = await routeSources(page, {
			relay: (n) =>
				relayJson(
					n === 1
						? fixture('apple-status-all-ok.js')
						: fixture('apple-status-icloud-backup-outage.js'),
				),
		});
		await openWidget(page);
		const status = widget(page).getByRole('status');
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'available');
		await expect(status).toHaveText(/No reported issue: iCloud Backup, iCloud Drive/);
		expect(hits.relay).toBe(1);

		await widget(page).getByRole('button', { name: 'Refresh', exact: true }).click();
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'outage');
		expect(hits.relay).toBe(2);
		await expect(status).toHaveText(
			/^Apple System Status\. Outage: iCloud Backup, iCloud Drive\. Issue: iCloud Account & Sign In\./,
		);

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
		expect(
			await page.evaluate(() => (window as unknown as { __announced: number }).__announced),
		).toBe(0);
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
			const feedBody =
				relayHits === 1
					? fixture('apple-status-all-ok.js')
					: fixture('apple-status-icloud-backup-outage.js');
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
		await held
			?.fulfill({
				contentType: 'application/json',
				body: relayPayload(fixture('apple-status-all-ok.js')),
			})
			.catch(() => undefined);
		await expect(row(page, 'iCloud Backup')).toHaveAttribute('data-state', 'outage');
		await expect(widget(page)).toHaveAttribute('aria-busy', 'false');
		expect(relayHits).toBe(3);
	});

	test('refreshes every 2 minutes while visible, pauses while hidden, and catches up on return', async ({
		page,
	}) => {
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
			await routeSources(page, {
				relay: RELAY_ABSENT_HTML,
				apple: appleFeed(fixture('apple-status-all-ok.js')),
			});
			await openWidget(page);
			await expect(widget(page)).toContainText('Checked at 20:05');
		});
	});
});

test.describe('iCloud status widget accessibility', () => {
	for (const { title, answers } of [
		{
			title: 'with an outage',
			answers: { relay: relayJson(fixture('apple-status-icloud-backup-outage.js')) },
		},
		{
			title: 'with planned maintenance',
			answers: { relay: relayJson(fixture('apple-status-resolved-and-upcoming.js')) },
		},
		{ title: 'after a failed check', answers: { relay: RELAY_ABSENT_HTML, apple: appleFeed('') } },
	]) {
		test(`has no axe violations ${title}`, async ({ page }) => {
			await routeSources(page, answers);
			await openWidget(page);
			await expect(serviceList(page)).toBeVisible();
			await expect(widget(page)).toHaveAttribute('aria-busy', 'false');
			expect(await axeViolations(page)).toEqual([]);
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

	test('shows a sentence and a link to Apple’s System Status page, and no state', async ({
		page,
	}) => {
		await openWidget(page);
		await expect(widget(page)).toContainText('Apple lists known problems with iCloud Backup');
		await expect(
			widget(page).getByRole('link', { name: 'Apple’s System Status page' }),
		).toHaveAttribute('href', APPLE_STATUS_PAGE_URL);
		await expect(widget(page).locator('[data-state]')).toHaveCount(0);
		await expect(widget(page)).not.toContainText('No reported issue');
	});
});
