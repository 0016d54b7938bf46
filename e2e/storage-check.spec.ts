import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The article that holds <StorageCheck client:visible />.
const PAGE = '/make-enough-room/';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ locale: 'en-US' });

/** Open the check and wait until the island is live (it sets data-ready once hydrated). */
async function openCheck(page: Page, search = '') {
	await page.goto(`${PAGE}${search}`);
	const form = page.getByRole('form', { name: 'Check your storage' });
	// client:visible: the island wakes up when the reader scrolls to it.
	await form.scrollIntoViewIfNeeded();
	await expect(form).toHaveAttribute('data-ready');
	await expect(form.getByRole('button', { name: 'Copy link to this result' })).toBeVisible();
	return {
		form,
		backup: page.getByLabel('WhatsApp backup size'),
		icloud: page.getByLabel('Free iCloud storage'),
		iphone: page.getByLabel('Free iPhone storage'),
		answer: form.getByRole('status'),
	};
}

test.describe('storage check answers', () => {
	test('says there is enough space at exactly 2.05 × the backup, and links to backing up', async ({
		page,
	}) => {
		const { backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('4 GB');
		await icloud.fill('8.2 GB');
		await iphone.fill('50 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'enough');
		await expect(answer).toContainText('Enough space');
		await expect(answer).toContainText('A 4 GB backup needs at least 8.2 GB free');
		await expect(page.getByRole('link', { name: 'Back up now' })).toHaveAttribute(
			'href',
			'/back-up-now/',
		);
	});

	test('echoes a backup typed in binary units rounded, and still decides on the exact bytes', async ({
		page,
	}) => {
		const { backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('1.5 GiB');
		// 2.05 × 1.5 GiB is 3.30175… GB: 3.3 GB is just short, 3.302 GB just enough.
		await icloud.fill('3.3 GB');
		await iphone.fill('3.302 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-icloud');
		await expect(answer).toContainText('A 1.61 GB backup needs at least 3.31 GB free');
		await expect(answer).not.toContainText('1.610612736');
	});

	test('says how much to free in iCloud and what to do about it', async ({ page }) => {
		const { form, backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('4.2 GB');
		await icloud.fill('3 GB');
		await iphone.fill('50 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-icloud');
		await expect(answer).toContainText('Not enough space');
		await expect(answer).toContainText('In iCloud: not enough. Free up at least 5.61 GB more.');
		await expect(answer).toContainText('On your iPhone: enough space.');
		for (const [name, href] of [
			['Free up iCloud storage', '/make-enough-room/#free-icloud-storage'],
			['Leave videos out of the backup', '/leave-videos-out/'],
			['Get more iCloud storage', '/make-enough-room/#get-more-icloud-storage'],
			['Delete the old backup from iCloud', '/delete-old-backup/'],
		] as const) {
			await expect(form.getByRole('link', { name })).toHaveAttribute('href', href);
		}
		await expect(
			form.getByText('iCloud+ plans come in 50 GB, 200 GB, 2 TB, 6 TB and 12 TB.'),
		).toBeVisible();
		await expect(form.getByRole('link', { name: 'Free up iPhone storage' })).toHaveCount(0);
	});

	test('says how much to free on the iPhone', async ({ page }) => {
		const { form, backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('1 TB');
		await icloud.fill('6 TB');
		await iphone.fill('2049999 MB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-iphone');
		await expect(answer).toContainText('On your iPhone: not enough. Free up at least 1 MB more.');
		await expect(form.getByRole('link', { name: 'Free up iPhone storage' })).toHaveAttribute(
			'href',
			'/make-enough-room/#free-iphone-storage',
		);
		await expect(form.getByText('iCloud+ plans come in')).toHaveCount(0);
	});

	test('says when both places are short, and updates as the reader types', async ({ page }) => {
		const { backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('1,800 MB');
		await icloud.fill('0 GB');
		await iphone.fill('1 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-both');
		await expect(answer).toContainText('In iCloud: not enough. Free up at least 3.69 GB more.');
		await expect(answer).toContainText(
			'On your iPhone: not enough. Free up at least 2.69 GB more.',
		);
		await iphone.fill('3.69 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-icloud');
		await icloud.fill('4 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'enough');
	});

	test('says how an ambiguous comma was read, in the field’s description', async ({ page }) => {
		const { backup } = await openCheck(page);
		await backup.fill('1,800 MB');
		await expect(backup).toHaveAccessibleDescription(
			/Read as 1800 MB \(the comma separates thousands\)/,
		);
	});

	test('gives no verdict until all three sizes are typed', async ({ page }) => {
		const { backup, icloud, answer } = await openCheck(page);
		await expect(answer).toHaveText(
			'Enter all three sizes to see whether there is room for the backup.',
		);
		await expect(answer).not.toHaveAttribute('data-verdict');
		await backup.fill('4 GB');
		await icloud.fill('8 GB');
		await expect(answer).not.toHaveAttribute('data-verdict');
	});
});

test.describe('storage check for a reader in Germany', () => {
	test.use({ locale: 'de-DE' });

	test('formats sizes in the reader’s locale', async ({ page }) => {
		const { answer } = await openCheck(page, '?backup=4,2GB&icloud=3GB&iphone=50GB');
		await expect(answer).toContainText('Free up at least 5,61 GB more.');
	});
});

test.describe('storage check input errors', () => {
	test('marks a size without a unit as invalid and says how to fix it', async ({ page }) => {
		const { backup, answer } = await openCheck(page);
		await backup.fill('12');
		await expect(backup).toHaveAttribute('aria-invalid', 'true');
		await expect(backup).toHaveAccessibleDescription(/Add a unit to "12", e\.g\. 12 GB\./);
		await expect(answer).toHaveAttribute('data-verdict', 'invalid');
		await expect(answer).toContainText('WhatsApp backup size: Add a unit to "12", e.g. 12 GB.');
		await backup.fill('12 GB');
		await expect(backup).not.toHaveAttribute('aria-invalid');
		await expect(answer).not.toHaveAttribute('data-verdict');
	});

	test('refuses a backup of 0 but accepts free space of 0', async ({ page }) => {
		const { backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('0 GB');
		await icloud.fill('0 GB');
		await iphone.fill('0 GB');
		await expect(backup).toHaveAttribute('aria-invalid', 'true');
		await expect(icloud).not.toHaveAttribute('aria-invalid');
		await expect(iphone).not.toHaveAttribute('aria-invalid');
		await expect(answer).toContainText('A backup is never 0 bytes.');
		await expect(answer).toHaveAttribute('data-verdict', 'invalid');
	});

	test('lists every field that needs fixing', async ({ page }) => {
		const { backup, icloud, iphone, answer } = await openCheck(page);
		await backup.fill('4 XB');
		await icloud.fill('8 GB');
		await iphone.fill('-4 GB');
		await expect(answer).toContainText(
			'WhatsApp backup size: "XB" is not a unit this check knows.',
		);
		await expect(answer).toContainText('Free iPhone storage: A size can’t be below zero.');
		await expect(icloud).not.toHaveAttribute('aria-invalid');
	});
});

test.describe('storage check links', () => {
	test('answers on load from the sizes in the address', async ({ page }) => {
		const { backup, icloud, iphone, answer } = await openCheck(
			page,
			'?backup=4GB&icloud=8GB&iphone=50GB',
		);
		await expect(backup).toHaveValue('4GB');
		await expect(icloud).toHaveValue('8GB');
		await expect(iphone).toHaveValue('50GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-icloud');
	});

	test('keeps the address in step with the form, other parameters and the hash included', async ({
		page,
	}) => {
		const { backup, icloud, iphone } = await openCheck(page, '?ref=mail#check');
		await backup.fill('4.2 GB');
		await icloud.fill('1,8 GB');
		await iphone.fill('50 GB');
		await expect(page).toHaveURL((url) => {
			const params = url.searchParams;
			return (
				params.get('ref') === 'mail' &&
				params.get('backup') === '4.2 GB' &&
				params.get('icloud') === '1,8 GB' &&
				params.get('iphone') === '50 GB' &&
				url.hash === '#check'
			);
		});
		await iphone.fill('');
		await expect(page).toHaveURL(
			(url) => !url.searchParams.has('iphone') && url.searchParams.get('ref') === 'mail',
		);
	});

	test.describe('with clipboard access', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

		test('copies a link that reproduces the result', async ({ page }) => {
			const { backup, icloud, iphone } = await openCheck(page);
			await backup.fill('4 GB');
			await icloud.fill('8 GB');
			await iphone.fill('50 GB');
			await page.getByRole('button', { name: 'Copy link to this result' }).click();
			await expect(page.getByText('Link copied')).toBeVisible();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			const url = new URL(copied);
			expect(url.pathname).toBe(PAGE);
			expect(Object.fromEntries(url.searchParams)).toEqual({
				backup: '4 GB',
				icloud: '8 GB',
				iphone: '50 GB',
			});

			const reopened = await openCheck(page, url.search);
			await expect(reopened.answer).toHaveAttribute('data-verdict', 'short-icloud');
		});
	});

	test('shows the link to copy by hand when the clipboard refuses', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: {
					writeText: () =>
						Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
				},
			});
		});
		const { backup } = await openCheck(page);
		await backup.fill('4 GB');
		await page.getByRole('button', { name: 'Copy link to this result' }).click();
		await expect(
			page.getByText('Couldn’t copy the link. Select it below and copy it by hand.'),
		).toBeVisible();
		const link = page.getByRole('textbox', { name: 'Link to this result' });
		await expect(link).toHaveValue(/\/make-enough-room\/\?backup=4\+GB$/);
		expect(new URL(await link.inputValue()).searchParams.get('backup')).toBe('4 GB');
		// Typing again makes that link stale, so it goes away.
		await backup.fill('5 GB');
		await expect(link).toHaveCount(0);
	});
});

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
				const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
				expect(results.violations).toEqual([]);
			});
		}
	}

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

test.describe('storage check without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the labelled, empty form and no verdict', async ({ page }) => {
		await page.goto(`${PAGE}?backup=4GB&icloud=8GB&iphone=50GB`);
		for (const label of ['WhatsApp backup size', 'Free iCloud storage', 'Free iPhone storage']) {
			await expect(page.getByLabel(label)).toHaveValue('');
		}
		// The "›" signs are hidden from screen readers, which hear commas instead; Chromium pads the hidden commas with
		// a space because visually hidden text is positioned absolutely.
		await expect(page.getByLabel('WhatsApp backup size')).toHaveAccessibleDescription(
			/^In WhatsApp ?, Settings ?, Chats ?, Chat Backup, e\.g\. 4\.2 GB\.$/,
		);
		// The empty answer region is hidden until there is something to say, hence includeHidden.
		const form = page.getByRole('form', { name: 'Check your storage' });
		await expect(form.getByRole('status', { includeHidden: true })).not.toHaveAttribute(
			'data-verdict',
		);
		await expect(form.getByRole('button', { name: 'Copy link to this result' })).toHaveCount(0);
	});
});
