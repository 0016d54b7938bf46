import { expect, test } from '@playwright/test';
import { axeViolations, collectErrors, sitemapPaths } from './site';

for (const path of [...sitemapPaths(), '/404.html']) {
	test(`${path} has no axe violations and no console errors`, async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('the search page with results open has no axe violations', async ({ page }) => {
	await page.goto('/search/?q=iCloud');
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
