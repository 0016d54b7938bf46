import { expect, test } from './fixtures.ts';
import { articlePaths, sitemapPaths } from './site.ts';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPaths()) {
	test(`${path} reads correctly without JavaScript`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start here' }).first()).toBeVisible();
		const text = await page.getByRole('main').innerText();
		expect(text.length).toBeGreaterThan(200);
	});
}

test('every article shows its steps, its sources and the way on without JavaScript', async ({
	page,
}) => {
	for (const path of articlePaths()) {
		await page.goto(path);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 2, name: 'Sources' }), path).toBeVisible();
		await expect(
			main.getByRole('heading', { level: 2, name: 'Did this fix it?' }),
			path,
		).toBeVisible();
	}
});

test('the header search sends the query to the search page without JavaScript', async ({
	page,
}) => {
	await page.goto('/start-here/');
	await page.getByRole('searchbox', { name: 'Search the help center' }).fill('not enough storage');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=not\+enough\+storage$/);
	await expect(page.getByText('Search needs JavaScript')).toBeVisible();
});
