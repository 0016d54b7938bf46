import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { uiText } from '../src/lib/i18n/ui/index.ts';
import { openSearchPage } from './site.ts';

// The build refuses a registered link that no longer resolves, following redirects and checking the
// #id (src/integrations/site-checks.ts), and a published page or step left out of the registry. What a
// browser adds is that each kind of link lands where the reader expects: one test per kind.
const registry = JSON.parse(readFileSync('permalinks.json', 'utf8')) as string[];

for (const { kind, link, lands, target } of [
	{
		kind: 'an article',
		link: '/make-enough-room/',
		lands: /\/make-enough-room\/$/,
		target: { level: 1, name: 'Make enough room in iCloud and on your iPhone' },
	},
	{
		kind: 'a step',
		link: '/make-enough-room/#free-iphone-storage',
		lands: /\/make-enough-room\/#free-iphone-storage$/,
		target: { level: 2, name: 'Free up space on the iPhone' },
	},
	{
		kind: 'a message on the error index',
		link: '/errors/#cant-complete-backup',
		lands: /\/errors\/#cant-complete-backup$/,
		target: undefined,
	},
	{
		kind: 'a troubleshooter node',
		link: '/troubleshoot/restore-fails/',
		lands: /\/troubleshoot\/restore-fails\/$/,
		target: { level: 1, name: 'What happens when you try to restore?' },
	},
	{
		kind: 'a renamed article',
		link: '/enable-whatsapp-in-icloud/',
		lands: /\/turn-on-icloud-for-whatsapp\/$/,
		target: { level: 1, name: 'Turn on iCloud for WhatsApp' },
	},
] as const) {
	test(`a registered link to ${kind} still lands there`, async ({ page }) => {
		expect(registry).toContain(link);
		await page.goto(link);
		await expect(page).toHaveURL(lands);
		const fragment = link.split('#')[1];
		if (fragment) await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
		if (target) await expect(page.getByRole('heading', target)).toBeInViewport();
	});
}

test('an old step id kept with <StepAlias> lands on the step it now stands for, marked', async ({
	page,
}) => {
	// No article has renamed a step yet, so the page is served as it would be with
	// <StepAlias id="free-space-on-iphone" /> placed before a step: the span below is what
	// src/components/StepAlias.astro renders (src/components/StepAlias.test.ts).
	await page.route('**/make-enough-room/', async (route) => {
		const response = await route.fetch();
		const html = await response.text();
		const step = '<div class="step-heading"><h2 id="free-iphone-storage"';
		expect(html).toContain(step);
		await route.fulfill({
			response,
			body: html.replace(step, `<span id="free-space-on-iphone" class="step-alias"></span>${step}`),
		});
	});
	await page.goto('/make-enough-room/#free-space-on-iphone');
	const heading = page.getByRole('heading', { level: 2, name: 'Free up space on the iPhone' });
	await expect(heading).toBeInViewport();
	const background = (id: string) =>
		page
			.locator('.step-heading')
			.filter({ has: page.locator(`[id="${id}"]`) })
			.evaluate((element) => getComputedStyle(element).backgroundColor);
	expect(await background('free-iphone-storage')).not.toBe(await background('free-icloud-storage'));
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

	test('says what was copied in the page’s language', async ({ page }) => {
		const { article } = uiText('de');
		await page.goto('/de/make-enough-room/');
		await page.getByRole('button', { name: article.copyReply }).click();
		await expect(page.getByRole('status').filter({ hasText: article.replyCopied })).toBeVisible();
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
