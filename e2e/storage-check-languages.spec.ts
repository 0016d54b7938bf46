// The storage check on each language's page, as a reader whose iPhone writes "1,5 GB" types sizes: the
// verdict, the answer's sizes in the reader's style, the links in the page's language, and a link that
// gives the same verdict on the English page. What each answer says, word for word, is in
// src/islands/StorageCheckView.test.ts.
import type { Page } from '@playwright/test';
import { islandsDe } from '../src/lib/i18n/ui/islands.de.ts';
import { islandsEs } from '../src/lib/i18n/ui/islands.es.ts';
import { islandsPtBr } from '../src/lib/i18n/ui/islands.pt-br.ts';
import { expect, test } from './fixtures.ts';
import { PAGE, openCheck } from './storage-check-helpers.ts';

const LANGUAGES = [
	{ prefix: '/es', readerLocale: 'es-AR', words: islandsEs.storageCheck },
	{ prefix: '/pt-br', readerLocale: 'pt-BR', words: islandsPtBr.storageCheck },
	{ prefix: '/de', readerLocale: 'de-DE', words: islandsDe.storageCheck },
];

for (const { prefix, readerLocale, words } of LANGUAGES) {
	/** The check on this language's page, awake, found by its names in that language. */
	async function openLocalized(page: Page) {
		await page.goto(`${prefix}${PAGE}`);
		const form = page.getByRole('form', { name: words.form });
		await form.scrollIntoViewIfNeeded();
		await expect(form).toHaveAttribute('data-ready');
		return {
			form,
			backup: form.getByLabel(words.fields.backup.label),
			icloud: form.getByLabel(words.fields.icloud.label),
			iphone: form.getByLabel(words.fields.iphone.label),
			answer: form.getByRole('status'),
		};
	}

	test.describe(`storage check on ${prefix}${PAGE}, for a reader in ${readerLocale}`, () => {
		test.use({ locale: readerLocale, permissions: ['clipboard-read', 'clipboard-write'] });

		test('reads sizes typed with a decimal comma and answers in the page’s language', async ({
			page,
		}) => {
			const { form, backup, icloud, iphone, answer } = await openLocalized(page);
			await backup.fill('1,5 GB');
			await icloud.fill('3,07 GB');
			await iphone.fill('3,075 GB');
			await expect(answer).toHaveAttribute('data-verdict', 'short-icloud');
			await expect(answer).toContainText(words.notEnough);
			await expect(answer).toContainText('3,08 GB');
			await expect(form.getByRole('link', { name: words.steps.freeIcloud.text })).toHaveAttribute(
				'href',
				`${prefix}/make-enough-room/#free-icloud-storage`,
			);
			await icloud.fill('3,1 GB');
			await expect(answer).toHaveAttribute('data-verdict', 'enough');
			await expect(answer).toContainText(words.enough);
		});

		test('shares a link that gives the same verdict on the English page', async ({ page }) => {
			const { form, backup, icloud, iphone, answer } = await openLocalized(page);
			// "1.500 MB" is 1500 MB to this reader; a link reads "." as the decimal mark.
			await backup.fill('1.500 MB');
			await icloud.fill('3,075 GB');
			await iphone.fill('3,07 GB');
			await expect(answer).toHaveAttribute('data-verdict', 'short-iphone');
			await form.getByRole('button', { name: words.copy }).click();
			await expect(form.getByText(words.copied)).toBeVisible();
			const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
			expect(link.pathname).toBe(`${prefix}${PAGE}`);
			expect(link.searchParams.get('backup')).toBe('1500 MB');

			const english = await openCheck(page, link.search);
			await expect(english.answer).toHaveAttribute('data-verdict', 'short-iphone');
		});
	});
}
