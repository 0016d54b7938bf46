import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { openSearchPage } from './site.ts';

// That the registry covers every article and its steps is a file check: tests/dist/permalink-registry.test.ts.
const registry = JSON.parse(readFileSync('permalinks.json', 'utf8')) as string[];

for (const link of registry) {
	test(`registered permalink ${link} still lands on its page and step`, async ({ page }) => {
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const fragment = link.split('#')[1];
		if (fragment) await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
	});
}

test("a renamed article's old address redirects to the article", async ({ page }) => {
	await page.goto('/enable-whatsapp-in-icloud/');
	await expect(page).toHaveURL(/\/turn-on-icloud-for-whatsapp\/$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Turn on iCloud for WhatsApp' }),
	).toBeVisible();
});

test.describe('copying links for support replies', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy link to this step" appears on focus and copies the step\'s address', async ({
		page,
	}) => {
		await page.goto('/restart-iphone/');
		const heading = page
			.getByRole('heading', { level: 2, name: 'If the iPhone does not respond: force restart' })
			.first();
		const stepId = await heading.getAttribute('id');
		const button = page
			.getByRole('button', { name: 'Copy link to this step' })
			.and(page.locator(`[aria-describedby="${stepId}"]`));
		await button.focus();
		await expect(button).toBeVisible();
		await expect(button).toHaveCSS('opacity', '1');
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('status').filter({ hasText: 'Link to this step copied.' }),
		).toBeVisible();
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${canonical}#${stepId}`,
		);
	});

	test('"Copy reply" copies the title, the summary and the address', async ({ page }) => {
		await page.goto('/make-enough-room/');
		await page.getByRole('button', { name: 'Copy reply' }).click();
		const title = await page.getByRole('heading', { level: 1 }).innerText();
		const summary = await page.locator('.summary').innerText();
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${title}\n${summary}\n${canonical}`,
		);
	});
});

test('a pasted error with curly quotes finds the right step', async ({ page }) => {
	await openSearchPage(page);
	await page
		.getByRole('searchbox', { name: 'Search for your error or problem' })
		.fill('“Your account is not associated with a password.”');
	const result = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
	await expect(result.getByRole('link').first()).toHaveText(
		'End-to-end encrypted backups, passkeys, passwords and keys',
	);
	await result.getByRole('link', { name: 'A restore asks for the 64-digit key' }).click();
	await expect(page).toHaveURL(/\/encrypted-backups\/\?highlight=.*#restore-asks-for-key$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('arriving at a step link marks the step visibly', async ({ page }) => {
		await page.goto('/make-enough-room/#free-iphone-storage');
		const marked = page
			.locator('.step-heading')
			.filter({ has: page.locator('#free-iphone-storage') });
		await expect(marked).toBeInViewport();
		const background = await marked.evaluate((el) => getComputedStyle(el).backgroundColor);
		const other = await page
			.locator('.step-heading')
			.first()
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe(other);
	});
});
