import { expect, test } from './fixtures.ts';
import { PAGE, openCheck } from './storage-check-helpers.ts';

test.use({ locale: 'en-US' });

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
