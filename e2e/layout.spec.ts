import { expect, takeConsoleErrors, test } from './fixtures.ts';
import { sitemapPaths, wakeIslands } from './site.ts';

test.describe('on a 360 px wide phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const path of sitemapPaths()) {
		test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
			await page.goto(path);
			await wakeIslands(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360,
			);
		});
	}
});

test('an article prints its steps without the site navigation or buttons', async ({ page }) => {
	await page.goto('/restart-iphone/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'In this article' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy reply' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const step of await page.locator('.step-heading h2').all()) await expect(step).toBeVisible();
});

test('an unknown address shows the not-found page with a search box', async ({
	page,
	consoleErrors,
}) => {
	const response = await page.goto('/no-such-fix/');
	expect(response?.status()).toBe(404);
	// Chromium logs the 404 of the page itself; that is the point of this test.
	expect(
		takeConsoleErrors(consoleErrors, /Failed to load resource: .*404.* @ .*\/no-such-fix\/$/),
	).toHaveLength(1);
	await expect(
		page.getByRole('heading', { level: 1, name: 'We can’t find that page' }),
	).toBeVisible();
	await expect(page.getByRole('searchbox', { name: 'Search the help center' })).toBeVisible();
});
