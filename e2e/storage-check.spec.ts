// The storage check in a browser: typing, the reader's locale and the page without JavaScript. What each
// answer says and links to is in src/islands/StorageCheckView.test.ts; the address bar and copying a
// link are in storage-check-links.spec.ts.
import { expect, test } from './fixtures.ts';
import { PAGE, openCheck } from './storage-check-helpers.ts';

test.use({ locale: 'en-US' });

test.describe('storage check as the reader types', () => {
	test('waits for all three sizes, then answers and updates with every change', async ({
		page,
	}) => {
		const { form, backup, icloud, iphone, answer } = await openCheck(page);
		await expect(answer).toHaveText(
			'Enter all three sizes to see whether there is room for the backup.',
		);
		await backup.fill('1,800 MB');
		await icloud.fill('0 GB');
		await expect(answer).not.toHaveAttribute('data-verdict');
		await iphone.fill('1 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-both');
		await expect(answer).toContainText(
			'On your iPhone: not enough. Free up at least 2.69 GB more.',
		);
		await iphone.fill('3.69 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'short-icloud');
		await expect(form.getByRole('link', { name: 'Free up iPhone storage' })).toHaveCount(0);
		await icloud.fill('4 GB');
		await expect(answer).toHaveAttribute('data-verdict', 'enough');
		await expect(form.getByRole('link', { name: 'Back up now' })).toHaveAttribute(
			'href',
			'/back-up-now/',
		);
	});

	test('marks a field invalid while it holds no size, with the fix in its description', async ({
		page,
	}) => {
		const { backup, answer } = await openCheck(page);
		await backup.fill('12');
		await expect(backup).toHaveAttribute('aria-invalid', 'true');
		await expect(backup).toHaveAccessibleDescription(/Add a unit to "12", e\.g\. 12 GB\./);
		await expect(answer).toHaveAttribute('data-verdict', 'invalid');
		await backup.fill('1,800 MB');
		await expect(backup).not.toHaveAttribute('aria-invalid');
		await expect(backup).toHaveAccessibleDescription(
			/Read as 1800 MB \(the comma separates thousands\)/,
		);
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
