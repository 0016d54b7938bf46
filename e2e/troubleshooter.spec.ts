import type { Locator, Page } from '@playwright/test';
import { uiText } from '../src/lib/i18n/ui/index.ts';
import { APPLE_FEED_URL } from '../src/lib/status/sources.ts';
import { expect, appleFeedFixture, takeConsoleErrors, test } from './fixtures.ts';
import { articlePaths, troubleshooterPaths } from './site.ts';

// That every node page is in the sitemap is tests/dist/sitemap.test.ts; their byte budgets are in
// budgets.spec.ts, with every other page's.
const APPLE_FEED_GLOB = `${APPLE_FEED_URL}*`;

/** Press Tab until `target` has focus, as a keyboard-only reader would. */
async function tabTo(page: Page, target: Locator) {
	for (let presses = 0; presses < 60; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tab to a link and follow it with Enter. */
async function follow(page: Page, link: Locator) {
	await expect(link).toBeVisible();
	await tabTo(page, link);
	await page.keyboard.press('Enter');
}

const path = (page: Page) => page.getByRole('navigation', { name: 'Your answers so far' });

/** From the start to a fix, then on with "That didn't fix it" until the last resort, by keyboard only. */
async function walkToTheLastResort(page: Page) {
	await page.goto('/troubleshoot/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'What is going wrong with your WhatsApp backup?' }),
	).toBeVisible();
	await follow(page, page.getByRole('link', { name: 'The backup starts, then gets stuck' }));
	await expect(page).toHaveURL(/\/troubleshoot\/backup-stuck\/$/);
	await follow(page, page.getByRole('link', { name: 'At 99% or 100%' }));

	await expect(page).toHaveURL(/\/troubleshoot\/stuck-at-99\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Stuck at 99%' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Open the step: Stuck at 99%' })).toHaveAttribute(
		'href',
		'/backup-stuck/#stuck-at-99',
	);
	await expect(path(page).getByRole('listitem')).toHaveText([
		/What is going wrong.*The backup starts, then gets stuck/,
		/Where does the backup stop\?.*At 99% or 100%/,
	]);

	await follow(page, page.getByRole('link', { name: "That didn't fix it", exact: true }));
	await expect(page).toHaveURL(/\/troubleshoot\/stuck-at-99-videos\/$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Switch off Include Videos' }),
	).toBeVisible();
	await expect(path(page).getByRole('listitem').last()).toHaveText(
		/Tried: Stuck at 99%.*That didn't fix it/,
	);

	await follow(page, page.getByRole('link', { name: "That didn't fix it", exact: true }));
	await expect(page).toHaveURL(/\/troubleshoot\/stuck-at-99-old-backup\/$/);
	// Before anything is deleted, the reader checks whether the backup did finish after all.
	await expect(
		page.getByRole('heading', { level: 1, name: 'Is the backup really stuck? Compare sizes' }),
	).toBeVisible();
	await expect(page.getByText('Deletes your old backup: read the warning first')).toHaveCount(0);

	await follow(page, page.getByRole('link', { name: "That didn't fix it", exact: true }));
	await expect(page).toHaveURL(/\/when-nothing-works\/$/);
}

/** Step back through the answers shown on a page, then open the fix itself. */
async function stepBackAndOpenTheFix(page: Page) {
	await page.goto('/troubleshoot/stuck-at-99-videos/');
	await follow(page, path(page).getByRole('link', { name: /Where does the backup stop\?/ }));
	await expect(page).toHaveURL(/\/troubleshoot\/backup-stuck\/$/);
	await follow(page, page.getByRole('link', { name: 'On “Preparing”' }));
	await follow(page, page.getByRole('link', { name: 'Open the step: Stuck on "Preparing"' }));
	await expect(page).toHaveURL(/\/backup-stuck\/#stuck-preparing$/);
	await expect(page.locator('#stuck-preparing')).toBeInViewport();
}

test.describe('with the keyboard only', () => {
	test('a reader walks from the start to a fix, and on with That didn’t fix it to the last resort', async ({
		page,
	}) => {
		// Every Tab press is a round trip to the browser: a long walk needs more than the default time.
		test.slow();
		await walkToTheLastResort(page);
	});

	test('a reader steps back through the answers and opens the step that applies', async ({
		page,
	}) => {
		await stepBackAndOpenTheFix(page);
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the same keyboard walk works from the start to the last resort', async ({ page }) => {
		test.slow();
		await walkToTheLastResort(page);
	});

	test('stepping back and opening the fix work too', async ({ page }) => {
		await stepBackAndOpenTheFix(page);
	});

	test('a link sent to a single node opens that page with its answers so far', async ({ page }) => {
		await page.goto('/troubleshoot/restore-fails/');
		await expect(
			page.getByRole('heading', { level: 1, name: 'What happens when you try to restore?' }),
		).toBeVisible();
		await expect(path(page).getByRole('listitem')).toHaveText([
			/I am trying to get my chats back/,
			/Restore from iCloud, and it isn't working/,
		]);
	});
});

test('an outcome whose fix can lose chats says so before the reader opens it', async ({ page }) => {
	await page.goto('/troubleshoot/keeps-failing-delete/');
	const open = page.getByRole('link', { name: /^Open the step: / });
	await expect(open).toHaveAttribute('href', /^\/delete-old-backup\/#/);
	await expect(page.getByText('Deletes your old backup: read the warning first')).toBeVisible();
});

test('following only links from /troubleshoot/ reaches every node and every article', async ({
	request,
}) => {
	const seen = new Set<string>();
	const articles = new Set<string>();
	const queue = ['/troubleshoot/'];
	for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
		if (seen.has(next)) continue;
		seen.add(next);
		const html = await (await request.get(next)).text();
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		for (const [, href = ''] of main.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
			if (href.startsWith('/troubleshoot/')) queue.push(href);
			else if (href.includes('#')) articles.add(href.split('#')[0] ?? '');
		}
	}
	expect([...seen].sort()).toEqual(troubleshooterPaths().sort());
	expect(articlePaths().filter((article) => !articles.has(article))).toEqual([]);
});

test.describe('live status first', () => {
	const notice = (page: Page) => page.getByRole('region', { name: /^Apple reports/ });
	const status = (page: Page) => page.locator('.troubleshoot-status');

	// The relay answers from each test's feed fixture (`statusFeed`, all up unless set); Apple itself is never reached.
	test.beforeEach(async ({ page }) => {
		await page.route(APPLE_FEED_GLOB, (route) => route.abort('failed'));
	});

	test.describe(() => {
		test.use({ statusFeed: appleFeedFixture('apple-status-icloud-backup-outage.js') });

		test('an iCloud Backup outage is announced above the first question, with waiting as the fix', async ({
			page,
		}) => {
			await page.goto('/troubleshoot/');
			await expect(notice(page)).toBeVisible();
			await expect(notice(page).getByRole('heading', { level: 2 })).toHaveText(
				'Apple reports an outage of iCloud Backup and iCloud Drive right now',
			);
			await expect(notice(page)).toContainText('Waiting is the fix.');
			await expect(
				notice(page).getByRole('link', { name: 'What to do while iCloud is down' }),
			).toHaveAttribute('href', '/is-icloud-down/');
			const question = page.getByRole('heading', { level: 1 });
			const above = await notice(page).evaluate(
				(element, h1) =>
					Boolean(element.compareDocumentPosition(h1 as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
				await question.elementHandle(),
			);
			expect(above, 'the notice comes before the question').toBe(true);
			expect((await notice(page).boundingBox())?.y).toBeLessThan(
				(await question.boundingBox())?.y ?? 0,
			);
		});

		test('the notice speaks the page’s language and links to its page', async ({ page }) => {
			const { troubleshootStatus: words } = uiText('de');
			await page.goto('/de/troubleshoot/');
			const german = page.getByRole('region', { name: /^Apple meldet/ });
			await expect(german.getByRole('heading', { level: 2 })).toHaveText(
				'Apple meldet gerade einen Ausfall von iCloud Backup und iCloud Drive',
			);
			await expect(german.getByRole('listitem')).toHaveText([
				'iCloud Backup: Ausfall',
				'iCloud Drive: Ausfall',
			]);
			await expect(german.getByRole('link', { name: words.link })).toHaveAttribute(
				'href',
				'/de/is-icloud-down/',
			);
		});
	});

	test('a healthy feed shows no notice', async ({ page }) => {
		await page.goto('/troubleshoot/');
		await expect(status(page)).toHaveAttribute('data-status', 'quiet');
		await expect(notice(page)).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test.describe(() => {
		test.use({ statusFeed: appleFeedFixture('apple-status-malformed.js') });

		test('an unknown status says nothing alarming', async ({ page, consoleErrors }) => {
			await page.goto('/troubleshoot/');
			await expect(status(page)).toHaveAttribute('data-status', 'quiet');
			// The relay refuses the feed it cannot read (502), and Apple's own feed is unreachable here.
			expect(
				takeConsoleErrors(
					consoleErrors,
					/^Failed to load resource: (.*502.* @ .*\/api\/icloud-status|net::ERR_FAILED @ https:\/\/www\.apple\.com\/)/,
				),
			).toHaveLength(2);
			await expect(notice(page)).toHaveCount(0);
			await expect(page.getByRole('main')).not.toContainText(/outage|down|couldn’t check/i);
		});
	});
});

test('an outcome for a storage message carries the storage check, and it gives a verdict there', async ({
	page,
}) => {
	await page.goto('/troubleshoot/storage-cant-complete/');
	const form = page.getByRole('form', { name: 'Check your storage' });
	await form.scrollIntoViewIfNeeded();
	await expect(form.getByRole('button', { name: 'Copy link to this result' })).toBeVisible();
	await page.getByLabel('WhatsApp backup size').fill('4 GB');
	await page.getByLabel('Free iCloud storage').fill('2 GB');
	await page.getByLabel('Free iPhone storage').fill('50 GB');
	await expect(form.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'short-icloud');
});

test.describe('entry points', () => {
	test('the home page links to the troubleshooter above Start here, in one line', async ({
		page,
	}) => {
		await page.goto('/');
		const link = page.getByRole('link', {
			name: 'Not sure why? Answer a few questions.',
			exact: true,
		});
		await expect(link).toHaveAttribute('href', '/troubleshoot/');
		const startHere = page.getByRole('heading', {
			level: 2,
			name: 'Start here: try these in order',
		});
		expect((await link.boundingBox())?.y).toBeLessThan((await startHere.boundingBox())?.y ?? 0);
	});

	for (const { where, url, status } of [
		{ where: 'Start here', url: '/start-here/', status: 200 },
		{ where: 'the not-found page', url: '/no-such-page/', status: 404 },
	]) {
		test(`${where} links to the troubleshooter`, async ({ page, consoleErrors }) => {
			await page.goto(url);
			// The browser logs the not-found page's own 404.
			expect(takeConsoleErrors(consoleErrors, / 404 .* @ .*\/no-such-page\/$/)).toHaveLength(
				status === 404 ? 1 : 0,
			);
			await expect(
				page.getByRole('main').getByRole('link', { name: 'Answer a few questions' }),
			).toHaveAttribute('href', '/troubleshoot/');
		});
	}

	test('a search that finds nothing offers the troubleshooter', async ({ page }) => {
		await page.goto('/search/?q=zqxjv');
		const empty = page.getByRole('region', { name: 'Nothing matched. Try one of these' });
		await expect(empty).toBeVisible();
		await expect(empty.getByRole('link', { name: 'Answer a few questions' })).toHaveAttribute(
			'href',
			'/troubleshoot/',
		);
	});
});
