import { expect, test } from '@playwright/test';
import { axeViolations, collectErrors, serveStatusRelay, sitemapPaths, wakeIslands, watchSecurity } from './site';

test.beforeEach(async ({ page }) => {
	await serveStatusRelay(page);
});

for (const path of [...sitemapPaths(), '/404.html']) {
	test(`${path}: no axe violations, console errors, CSP violations or third-party requests`, async ({ page, baseURL }) => {
		const errors = collectErrors(page);
		const security = await watchSecurity(page, baseURL ?? '');
		await page.goto(path);
		// Every client:visible island wakes up before the checks.
		await wakeIslands(page);
		expect(await axeViolations(page)).toEqual([]);
		expect(await security.cspViolations()).toEqual([]);
		expect(security.foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('the search page with results open: no axe or CSP violations, no console errors', async ({ page, baseURL }) => {
	const errors = collectErrors(page);
	const security = await watchSecurity(page, baseURL ?? '');
	await page.goto('/search/?q=iCloud');
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(await security.cspViolations()).toEqual([]);
	expect(security.foreignRequests).toEqual([]);
	expect(errors).toEqual([]);
});

test('an article opened from a search result highlights the words searched for, within the CSP', async ({ page, baseURL }) => {
	const errors = collectErrors(page);
	const security = await watchSecurity(page, baseURL ?? '');
	await page.goto('/make-enough-room/?highlight=storage');
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await security.cspViolations()).toEqual([]);
	expect(errors).toEqual([]);
});
