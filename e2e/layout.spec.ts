import { expect, takeConsoleErrors, test } from './fixtures.ts';
import { sitemapPaths, sweep, wakeIslands } from './site.ts';

test.describe('on a 360 px wide phone', () => {
	const WIDTH = 360;
	test.use({ viewport: { width: WIDTH, height: 740 } });

	// Every page, since one long word in one page can overflow; in one browser page, one after another.
	test('every page, and the not-found page, fits the screen without sideways scrolling, with no console error, CSP violation or request to another host', async ({
		page,
		consoleErrors,
		cspViolations,
		foreignRequests,
	}) => {
		const paths = [...sitemapPaths(), '/404.html'];
		const problems = await sweep(
			paths,
			{ consoleErrors, cspViolations, foreignRequests },
			async (path) => {
				await page.goto(path);
				await wakeIslands(page);
				const { width, wide } = await page.evaluate(
					(screen) => ({
						width: document.documentElement.scrollWidth,
						// The innermost elements that reach past the screen's edge, to say where to look.
						wide: [...document.querySelectorAll('body *')]
							.filter((element) => element.getBoundingClientRect().right > screen)
							.filter(
								(element) =>
									![...element.children].some(
										(child) => child.getBoundingClientRect().right > screen,
									),
							)
							.slice(0, 3)
							.map(
								(element) =>
									`<${element.localName}${element.className ? ` class="${String(element.className)}"` : ''}>`,
							),
					}),
					WIDTH,
				);
				return width > WIDTH
					? [`${width} px wide${wide.length > 0 ? `; past the edge: ${wide.join(', ')}` : ''}`]
					: [];
			},
		);
		expect(problems).toEqual([]);
	});
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
