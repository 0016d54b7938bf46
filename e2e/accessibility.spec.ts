import { expect, test } from './fixtures.ts';
import { axeViolations, openSearchPage, sitemapPaths, wakeIslands } from './site.ts';

// Every test here also fails on a console error, a CSP violation or a request to another host (./fixtures).
for (const path of [...sitemapPaths(), '/404.html']) {
	test(`${path}: no axe violations, console errors, CSP violations or third-party requests`, async ({
		page,
	}) => {
		await page.goto(path);
		// Every client:visible island wakes up before the checks.
		await wakeIslands(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the search page with results open: no axe or CSP violations, no console errors', async ({
	page,
}) => {
	await openSearchPage(page, 'iCloud');
	await expect(
		page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('an article opened from a search result highlights the words searched for, within the CSP', async ({
	page,
}) => {
	await page.goto('/make-enough-room/?highlight=storage');
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
