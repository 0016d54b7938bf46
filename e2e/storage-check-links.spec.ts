import { expect, test } from './fixtures.ts';
import { PAGE, openCheck } from './storage-check-helpers.ts';

test.use({ locale: 'en-US' });

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
