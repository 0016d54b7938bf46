import { expect, test, type Page } from '@playwright/test';
import { axeViolations, collectErrors, serveStatusRelay, sitemapPaths, wakeIslands, watchSecurity } from './site';

/** Start watching a page for problems; `expectClean` then checks axe, the CSP, other hosts and the console. */
async function watchPage(page: Page, baseURL: string | undefined) {
	await serveStatusRelay(page);
	const errors = collectErrors(page);
	const security = await watchSecurity(page, baseURL ?? '');
	return {
		async expectClean() {
			expect(await axeViolations(page)).toEqual([]);
			expect(await security.cspViolations()).toEqual([]);
			expect(security.foreignRequests).toEqual([]);
			expect(errors).toEqual([]);
		},
	};
}

for (const path of [...sitemapPaths(), '/404.html']) {
	test(`${path}: no axe violations, console errors, CSP violations or third-party requests`, async ({ page, baseURL }) => {
		const watch = await watchPage(page, baseURL);
		await page.goto(path);
		// Every client:visible island wakes up before the checks.
		await wakeIslands(page);
		await watch.expectClean();
	});
}

test('the search page with results open: no axe or CSP violations, no console errors', async ({ page, baseURL }) => {
	const watch = await watchPage(page, baseURL);
	await page.goto('/search/?q=iCloud');
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
	await watch.expectClean();
});

test('an article opened from a search result highlights the words searched for, within the CSP', async ({ page, baseURL }) => {
	const watch = await watchPage(page, baseURL);
	await page.goto('/make-enough-room/?highlight=storage');
	await expect(page.locator('mark').first()).toBeVisible();
	await watch.expectClean();
});
