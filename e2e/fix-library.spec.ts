import { expect, test } from './fixtures.ts';
import { articlePaths } from './site.ts';

test('Start here lists every fix in order, each reachable with one click', async ({ page }) => {
	await page.goto('/start-here/');
	const fixes = page
		.getByRole('list', { name: 'Fixes, in the order to try them' })
		.getByRole('listitem');
	await expect(fixes).toHaveCount(articlePaths().length);
	const hrefs = await fixes
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(new Set(hrefs)).toEqual(new Set(articlePaths()));
	for (const href of hrefs) {
		const response = await page.request.get(href ?? '');
		expect(response.status(), href ?? '').toBe(200);
	}
});

test('a reader reaches any fix from the home page in two clicks', async ({ page }) => {
	// Two page loads per article: the time this needs grows with the library, not with any one page.
	test.setTimeout(articlePaths().length * 6_000);
	for (const path of articlePaths()) {
		await page.goto('/');
		const direct = page.getByRole('main').locator(`a[href="${path}"]`).first();
		if ((await direct.count()) > 0) {
			await direct.click();
		} else {
			await page.getByRole('link', { name: 'Start here' }).first().click();
			await page.getByRole('main').locator(`a[href="${path}"]`).first().click();
		}
		await expect(page, path).toHaveURL(new RegExp(`${path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
});

test('each error message on the index leads to the article and step that fixes it', async ({
	page,
}) => {
	await page.goto('/errors/');
	const links = page
		.getByRole('main')
		.getByRole('list', { name: /^Messages/ })
		.getByRole('listitem')
		.getByRole('link');
	const count = await links.count();
	expect(count).toBeGreaterThanOrEqual(12);
	const first = links.filter({ hasText: 'Not enough storage' }).first();
	const href = (await first.getAttribute('href')) ?? '';
	await first.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	const stepId = href.split('#')[1] ?? '';
	await expect(page.locator(`[id="${stepId}"]`)).toBeInViewport();
});

test('following "Next fix" from the first article visits every fix once, without a loop', async ({
	page,
}) => {
	test.setTimeout(articlePaths().length * 6_000);
	await page.goto('/start-here/');
	const first = await page
		.getByRole('list', { name: 'Fixes, in the order to try them' })
		.getByRole('link')
		.first()
		.getAttribute('href');
	await page.goto(first ?? '/');
	const visited: string[] = [];
	for (;;) {
		// Every article ends with "Did this fix it?"; once it is there, the page is complete.
		await expect(page.getByRole('heading', { level: 2, name: 'Did this fix it?' })).toBeVisible();
		const path = new URL(page.url()).pathname;
		expect(visited, `loop back to ${path}`).not.toContain(path);
		visited.push(path);
		const next = page.getByRole('link', { name: /^Next fix:/ });
		if ((await next.count()) === 0) break;
		await next.click();
	}
	expect(new Set(visited)).toEqual(new Set(articlePaths()));
});

test('a message on the error index has its own link, which lands on it and leads to its step', async ({
	page,
}) => {
	await page.goto('/errors/#enter-64-digit-key-instead');
	const item = page.locator('[id="enter-64-digit-key-instead"]');
	await expect(item).toBeInViewport();
	await expect(item).toContainText('Exact wording, as recorded by');
	await item.getByRole('link', { name: /not associated with a password/ }).click();
	await expect(page).toHaveURL(/\/encrypted-backups\/#restore-asks-for-key$/);
});

test('a button label is listed apart from the messages, and its old link still lands on it', async ({
	page,
}) => {
	await page.goto('/errors/#keep-on-iphone');
	const item = page.locator('[id="keep-on-iphone"]');
	await expect(item).toBeInViewport();
	const buttons = page.getByRole('list', { name: 'Buttons and switches the fixes name' });
	await expect(buttons.locator('[id="keep-on-iphone"]')).toHaveCount(1);
	await expect(
		page.getByRole('list', { name: /^Messages/ }).getByRole('link', { name: 'Keep on iPhone' }),
	).toHaveCount(0);
	await item.getByRole('link', { name: 'Keep on iPhone' }).click();
	await expect(page).toHaveURL(/\/turn-on-icloud-for-whatsapp\/#switching-off-and-on$/);
});

test('each source on an article says what kind of source it is, official first', async ({
	page,
}) => {
	await page.goto('/restore-from-icloud/');
	const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
	await expect(sources.first()).toContainText('Official');
	await expect(sources.filter({ hasText: 'First-hand report' }).first()).toBeVisible();
	await expect(sources.filter({ hasText: 'Press' }).first()).toBeVisible();
});
