import { splitLocale } from '../src/lib/i18n/locales.ts';
import { uiText } from '../src/lib/i18n/ui/index.ts';
import { expect, test } from './fixtures.ts';
import { articlePaths, publishedLocales, sitemapPaths, sweep } from './site.ts';

test.use({ javaScriptEnabled: false });

// Every page in one browser page, one after another. The checks read the page as loaded: with
// JavaScript off nothing changes it afterwards, so nothing needs waiting for.
test('every page reads correctly without JavaScript, and every article shows its sources and the way on', async ({
	page,
	consoleErrors,
	cspViolations,
	foreignRequests,
}) => {
	const articles = new Set(publishedLocales().flatMap((locale) => articlePaths(locale)));
	const problems = await sweep(
		sitemapPaths(),
		{ consoleErrors, cspViolations, foreignRequests },
		async (path) => {
			await page.goto(path);
			const t = uiText(splitLocale(path).locale);
			const main = page.getByRole('main');
			const missing = [
				{ what: 'a visible h1', locator: page.getByRole('heading', { level: 1 }) },
				{
					what: 'a visible Start here link',
					locator: page.getByRole('link', { name: t.site.startHere }).first(),
				},
				...(articles.has(path)
					? [
							{
								what: 'its Sources',
								locator: main.getByRole('heading', { level: 2, name: t.article.sources }),
							},
							{
								what: 'Did this fix it?',
								locator: main.getByRole('heading', { level: 2, name: t.article.didThisFix }),
							},
						]
					: []),
			];
			const problems: string[] = [];
			for (const { what, locator } of missing)
				if (!(await locator.isVisible())) problems.push(`no ${what}`);
			const text = (await main.innerText()).trim();
			if (text.length <= 200) problems.push(`main holds only ${text.length} characters`);
			return problems;
		},
	);
	expect(problems).toEqual([]);
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
