import type { Page, Route } from '@playwright/test';
import { PAGEFIND_SCRIPT, PAGEFIND_WASM } from '../src/lib/search/pagefind/files.ts';
import { expect, takeConsoleErrors, test } from './fixtures.ts';
import { axeViolations } from './site.ts';

const searchBox = (page: Page) =>
	page.getByRole('searchbox', { name: 'Search for your error or problem' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

/**
 * The browser's own messages for the Pagefind files a test makes fail: the script, which may fail twice
 * (its preload and its import), and the WebAssembly the page fetches ahead. The page itself logs nothing.
 * A test takes them out of the watch at its end, once the search has worked and every message is in.
 */
function takeFailedLoads(consoleErrors: string[]): string[] {
	return [PAGEFIND_SCRIPT, PAGEFIND_WASM].map((path) => {
		const pattern = new RegExp(
			`^Failed to load resource: net::ERR_FAILED @ .*${path.replace(/[.]/g, '\\.')}$`,
		);
		return takeConsoleErrors(consoleErrors, pattern).length > 0 ? path : `no failure of ${path}`;
	});
}

test('when Pagefind cannot load, the page says so, keeps the way to every fix, and Retry searches', async ({
	page,
	consoleErrors,
}) => {
	await page.route('**/pagefind/**', (route) => route.abort('failed'));
	await page.goto('/search/?q=iCloud+Drive');
	await expect(page.getByRole('status')).toHaveText(
		'Search couldn’t load. Check your connection, then press Retry.',
	);
	const failed = page.getByRole('region', { name: 'Search isn’t working right now' });
	await expect(failed.getByRole('link', { name: 'Start here' })).toBeVisible();
	await expect(failed.getByRole('link', { name: 'Error messages' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.unroute('**/pagefind/**');
	await failed.getByRole('button', { name: 'Retry' }).click();
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	await expect(page.getByRole('status')).toContainText(/articles? match “iCloud Drive”/);
	await expect(failed).toBeHidden();
	expect(takeFailedLoads(consoleErrors)).toEqual([PAGEFIND_SCRIPT, PAGEFIND_WASM]);
});

test('a failed load is tried again on the next search, without a reload', async ({
	page,
	consoleErrors,
}) => {
	await page.route('**/pagefind/**', (route) => route.abort('failed'));
	await page.goto('/search/?q=iCloud');
	await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
	await page.unroute('**/pagefind/**');
	await searchBox(page).fill('Backup Not Supported');
	await searchBox(page).press('Enter');
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Retry' })).toBeHidden();
	expect(takeFailedLoads(consoleErrors)).toEqual([PAGEFIND_SCRIPT, PAGEFIND_WASM]);
});

test('Best match quotes a pasted message and links to its step, even before Pagefind has loaded', async ({
	page,
}) => {
	// Hold Pagefind back: Best match must not wait for it.
	await page.route('**/pagefind/**', () => undefined);
	await page.goto(
		`/search/?q=${encodeURIComponent('“your account is not associated with a password. please enter your 64”')}`,
	);
	const best = page.getByRole('region', { name: 'Best match' });
	await expect(best).toContainText('“Your account is not associated with a password.');
	const step = best.getByRole('link', { name: 'A restore asks for the 64-digit key' });
	await expect(step).toHaveAttribute('href', '/encrypted-backups/#restore-asks-for-key');
	await expect(page.getByRole('status')).toHaveText('Searching…');
});

test('the first results come from the instant index while Pagefind is still loading', async ({
	page,
}) => {
	await page.route('**/pagefind/**', () => undefined);
	await page.goto('/search/?q=icloud+drive');
	await expect(
		results(page).getByRole('link', { name: 'Use the right Apple Account, with iCloud Drive on' }),
	).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Searching…');
});

test('when Pagefind’s results arrive, the rows the reader has reached stay where they are', async ({
	page,
}) => {
	const held: Route[] = [];
	await page.route('**/pagefind/**', (route) => void held.push(route));
	await page.goto('/search/?q=back+up+now+button');
	const rows = results(page).locator(':scope > li');
	await expect(rows.nth(1)).toBeVisible();
	const reached = await rows.nth(1).evaluateHandle((row) => row);
	const reachedTitles = await rows.locator(':scope > a').allTextContents();
	await rows.nth(1).getByRole('link').first().hover();

	await page.unroute('**/pagefind/**');
	for (const route of held) await route.continue();
	await expect(results(page)).not.toHaveAttribute('aria-busy', 'true');
	expect(await rows.nth(1).evaluate((row, before) => row === before, reached)).toBe(true);
	expect((await rows.locator(':scope > a').allTextContents()).slice(0, 2)).toEqual(
		reachedTitles.slice(0, 2),
	);
});

test('Best match takes a typo and any case, and shows nothing for a query that names no message', async ({
	page,
}) => {
	await page.goto('/search/?q=NOT+ENUOGH+STORAGE');
	await expect(
		page
			.getByRole('region', { name: 'Best match' })
			.getByRole('link', { name: 'Free up iCloud storage' }),
	).toHaveAttribute('href', '/make-enough-room/#free-icloud-storage');
	await searchBox(page).fill('backup');
	await searchBox(page).press('Enter');
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Best match' })).toBeHidden();
});

test('a typo is corrected from the site’s own words, and the reader can search for what they typed instead', async ({
	page,
}) => {
	await page.goto('/search/?q=restart+iphnoe');
	await expect(
		page.getByText('Showing results for restart iphone · Search instead for restart iphnoe'),
	).toBeVisible();
	await expect(
		results(page).getByRole('listitem').first().getByRole('link', { name: 'Restart your iPhone' }),
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('link', { name: 'restart iphnoe' }).click();
	await expect(page).toHaveURL(/verbatim=1/);
	await expect(page.getByRole('status')).not.toHaveText('Searching…');
	await expect(page.getByText('Showing results for')).toBeHidden();
});

test('a sentence no page has every word of still finds the closest pages, and says so', async ({
	page,
}) => {
	await page.goto(`/search/?q=${encodeURIComponent('force close the app, restart your device')}`);
	await expect(page.getByRole('status')).toHaveText(
		'No article has all the words of “force close the app, restart your device”; the closest come first.',
	);
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
});

test('a result that can lose chats warns in its row, a safe one does not', async ({ page }) => {
	await page.goto(`/search/?q=${encodeURIComponent('restore chats from icloud')}`);
	const warning = 'This can delete chats or a backup: read its warning first.';
	const row = (title: string) =>
		results(page)
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: title, exact: true }) });
	await expect(row('Restore WhatsApp chats from iCloud on an iPhone')).toContainText(warning);
	await expect(row('Use the right Apple Account, with iCloud Drive on')).toBeVisible();
	await expect(row('Use the right Apple Account, with iCloud Drive on')).not.toContainText(warning);
});

test('Show more results adds the next results and moves focus to the first new one', async ({
	page,
}) => {
	await page.goto('/search/?q=backup');
	await expect(results(page).locator(':scope > li')).toHaveCount(5);
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect(results(page).locator(':scope > li')).toHaveCount(10);
	await expect(results(page).locator(':scope > li').nth(5).getByRole('link').first()).toBeFocused();
});

test('focusing a search box on any page starts fetching Pagefind before the reader submits', async ({
	page,
}) => {
	await page.goto('/restart-iphone/');
	const prefetched = page.waitForRequest((request) =>
		request.url().endsWith('/pagefind/pagefind.js'),
	);
	await page.getByRole('searchbox', { name: 'Search the help center' }).focus();
	await prefetched;
});

test('the search page, which loads Pagefind itself, asks for none of its files twice', async ({
	page,
}) => {
	const asked: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/pagefind/') && !url.pathname.includes('/fragment/'))
			asked.push(url.pathname);
	});
	await page.goto('/search/');
	await expect(searchBox(page)).toBeFocused();
	await searchBox(page).fill('iCloud Drive');
	await searchBox(page).press('Enter');
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	expect(asked.length).toBeGreaterThan(3);
	expect(asked.filter((path, index) => asked.indexOf(path) !== index)).toEqual([]);
});

test('the search page says when it is ready, for tools that wait on it', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.locator('[data-search-page]')).toHaveAttribute('data-ready', '');
	expect(await page.evaluate(() => performance.getEntriesByName('search:interactive').length)).toBe(
		1,
	);
});

test('a browser without its own gzip decoder still finds results, with Pagefind’s inflater', async ({
	page,
}) => {
	await page.addInitScript(() => {
		Reflect.deleteProperty(window, 'DecompressionStream');
	});
	await page.goto('/search/?q=iCloud+Drive');
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	await expect(page.getByRole('status')).toContainText(/articles? match “iCloud Drive”/);
});

test('a pasted page of text is searched by its first 300 characters, and the page says it was shortened', async ({
	page,
}) => {
	await page.goto('/search/');
	const pasted = `Can’t complete backup. Make sure your phone has an Internet connection. ${'Backup log line. '.repeat(6_000)}`;
	expect(pasted.length).toBeGreaterThan(100_000);
	await searchBox(page).fill(pasted);
	await searchBox(page).press('Enter');
	await expect(page.getByRole('status')).toContainText(
		/^Your search was shortened to its first 300 characters\. No article has all the words of “Can.t complete backup\./,
	);
	await expect(results(page).getByRole('listitem').first()).toBeVisible();
	await expect(searchBox(page)).toHaveValue(pasted.slice(0, 300));
	expect(new URL(page.url()).searchParams.get('q')).toBe(pasted.slice(0, 300));
});
