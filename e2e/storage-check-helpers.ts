// Shared by the storage check's specs: its page, and the island opened and awake.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The article that holds <StorageCheck client:visible />. */
export const PAGE = '/make-enough-room/';

/** Open the check and wait until the island is live (it sets data-ready once hydrated). */
export async function openCheck(page: Page, search = '') {
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
