import { islandsDe } from '../src/lib/i18n/ui/islands.de.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './site.ts';
import { openCheck } from './storage-check-helpers.ts';

test.use({ locale: 'en-US' });

test.describe('storage check accessibility', () => {
	test.describe('with clipboard access', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

		test('works with the keyboard alone, from the fields to the copy button', async ({ page }) => {
			const { backup, icloud, iphone, answer } = await openCheck(page);
			// Tab in from the top of the page, past the header and the article's own links, as a keyboard user would.
			for (let presses = 0; presses < 150; presses += 1) {
				if (await backup.evaluate((element) => element === document.activeElement)) break;
				await page.keyboard.press('Tab');
			}
			await expect(backup).toBeFocused();
			await page.keyboard.type('4 GB');
			await page.keyboard.press('Tab');
			await expect(icloud).toBeFocused();
			await page.keyboard.type('8.2 GB');
			await page.keyboard.press('Tab');
			await expect(iphone).toBeFocused();
			await page.keyboard.type('50 GB');
			await expect(answer).toHaveAttribute('data-verdict', 'enough');
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: 'Back up now' })).toBeFocused();
			await page.keyboard.press('Tab');
			const copyButton = page.getByRole('button', { name: 'Copy link to this result' });
			await expect(copyButton).toBeFocused();
			// The focus ring must be visible, not just present.
			expect(
				await copyButton.evaluate((element) => getComputedStyle(element).outlineStyle),
			).not.toBe('none');
			await page.keyboard.press('Enter');
			await expect(page.getByText('Link copied')).toBeVisible();
		});
	});

	// One axe run per test: a run takes several seconds, and four in one test can outlast the test timeout.
	const STATES = [
		{ state: 'empty', sizes: ['', '', ''], verdict: undefined },
		{ state: 'invalid', sizes: ['12', '', '-4 GB'], verdict: 'invalid' },
		{ state: 'short in both places', sizes: ['1,800 MB', '3 GB', '1 GB'], verdict: 'short-both' },
		{ state: 'enough', sizes: ['1,800 MB', '4 GB', '4 GB'], verdict: 'enough' },
	] as const;
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const { state, sizes, verdict } of STATES) {
			test(`has no axe violations in ${colorScheme} mode when ${state}`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				const { backup, icloud, iphone, answer } = await openCheck(page);
				const [backupSize, icloudSize, iphoneSize] = sizes;
				await backup.fill(backupSize);
				await icloud.fill(icloudSize);
				await iphone.fill(iphoneSize);
				if (verdict === undefined) await expect(answer).not.toHaveAttribute('data-verdict');
				else await expect(answer).toHaveAttribute('data-verdict', verdict);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}

	test.describe('in German, for a reader in Germany', () => {
		test.use({ locale: 'de-DE' });

		test('opens an old link in the reader’s style, and has no axe violations with a note and an answer', async ({
			page,
		}) => {
			const words = islandsDe.storageCheck;
			// A link written before the site spoke German: "1.500 MB" is 1.5 MB there, shown as this reader writes it.
			await page.goto('/de/make-enough-room/?backup=1.500+MB&icloud=abc&iphone=3%2C1+GB');
			const form = page.getByRole('form', { name: words.form });
			await form.scrollIntoViewIfNeeded();
			await expect(form).toHaveAttribute('data-ready');
			await expect(form.getByLabel(words.fields.backup.label)).toHaveValue('1,5 MB');
			await expect(form.getByRole('status')).toHaveAttribute('data-verdict', 'invalid');
			await form.getByLabel(words.fields.backup.label).fill('1.500 MB');
			await form.getByLabel(words.fields.icloud.label).fill('1 GB');
			await expect(form.getByRole('status')).toHaveAttribute('data-verdict', 'short-icloud');
			expect(await axeViolations(page)).toEqual([]);
		});
	});

	test('fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const { form, backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('4.2 GB');
		await icloud.fill('3 GB');
		await iphone.fill('1 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-both');
		const box = await form.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		expect(await form.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360,
		);
	});
});
