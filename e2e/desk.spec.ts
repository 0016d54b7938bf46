import type { Page } from '@playwright/test';
import type { ReplyEntry } from '../src/lib/desk/replies.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './site.ts';

const STEP = 'Start the backup';
const STEP_ID = 'back-up-now#start-backup';

/** Open /desk/ and wait until its replies have loaded and its buttons show. */
async function openDesk(page: Page, path = '/desk/') {
	await page.goto(path);
	await expect(page.locator('[data-desk]')).toHaveAttribute('data-ready', '');
}

/** The step of the desk with this title. */
const deskStep = (page: Page, title: string) => page.getByRole('article', { name: title });

async function bundle(page: Page): Promise<ReplyEntry> {
	const entries = (await (await page.request.get('/desk/replies.en.json')).json()) as ReplyEntry[];
	const entry = entries.find((candidate) => candidate.id === STEP_ID);
	if (!entry) throw new Error(`/desk/replies.en.json has no ${STEP_ID}`);
	return entry;
}

test.describe('copying replies', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies a step in each of the four formats, the same text as the bundle, and remembers the format', async ({
		page,
	}) => {
		await openDesk(page);
		const entry = await bundle(page);
		const step = deskStep(page, STEP);
		const copied = () => page.evaluate(() => navigator.clipboard.readText());

		await page.getByRole('radio', { name: 'WhatsApp' }).check();
		await step.getByRole('button', { name: 'Copy reply' }).click();
		await expect(page.getByRole('status')).toHaveText(`Reply copied (WhatsApp): ${STEP}`);
		const whatsapp = await copied();
		expect(whatsapp).toBe(entry.whatsapp);
		expect(whatsapp).toContain('3. Tap *Back Up Now*.');
		expect(whatsapp).toContain('*Settings* › *Chats* › *Chat Backup*');
		// WhatsApp shows Markdown's link marks as they are: the link stands alone on its line.
		expect(whatsapp).not.toMatch(/\]\(/);
		expect(whatsapp.split('\n')).toContain(entry.url);

		await page.getByRole('radio', { name: 'Plain text' }).check();
		await step.getByRole('button', { name: 'Copy reply' }).click();
		await expect(page.getByRole('status')).toHaveText(`Reply copied (Plain text): ${STEP}`);
		expect(await copied()).toBe(entry.text);
		expect(entry.text).toContain('3. Tap Back Up Now.');

		await page.getByRole('radio', { name: 'Markdown' }).check();
		await step.getByRole('button', { name: 'Copy reply' }).click();
		await expect(page.getByRole('status')).toHaveText(`Reply copied (Markdown): ${STEP}`);
		expect(await copied()).toBe(entry.markdown);
		expect(entry.markdown).toContain('3. Tap **Back Up Now**.');

		await page.getByRole('radio', { name: 'HTML' }).check();
		await step.getByRole('button', { name: 'Copy reply' }).click();
		await expect(page.getByRole('status')).toHaveText(`Reply copied (HTML): ${STEP}`);
		const rich = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return {
				html: await (await item?.getType('text/html'))?.text(),
				text: await (await item?.getType('text/plain'))?.text(),
			};
		});
		// Pasted into a rich editor, the steps are a numbered list with their labels in bold.
		expect(rich.html).toContain(
			'<ol><li>Open <strong>WhatsApp</strong> and tap <strong>Settings</strong>.',
		);
		expect(rich.html).toContain('<li>Tap <strong>Back Up Now</strong>.</li></ol>');
		expect(rich.html).toContain(`<a href="${entry.url}">`);
		expect(rich.text).toBe(entry.text);

		await page.reload();
		await expect(page.getByRole('radio', { name: 'HTML' })).toBeChecked();
	});

	test('copies the link to a step in the page’s language', async ({ page }) => {
		await openDesk(page);
		await deskStep(page, STEP).getByRole('button', { name: 'Copy link' }).click();
		const url = await page.evaluate(() => navigator.clipboard.readText());
		expect(url).toBe((await bundle(page)).url);
		expect(new URL(url).pathname + new URL(url).hash).toBe('/back-up-now/#start-backup');
	});

	test('on the Spanish desk, links and replies stay in Spanish', async ({ page }) => {
		await openDesk(page, '/es/desk/');
		const step = deskStep(page, 'Inicia la copia');
		await step.getByRole('button', { name: 'Copiar enlace' }).click();
		const url = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(url).pathname + new URL(url).hash).toBe('/es/back-up-now/#start-backup');
		await page.getByRole('radio', { name: 'Texto plano' }).check();
		await step.getByRole('button', { name: 'Copiar respuesta' }).click();
		const reply = await page.evaluate(() => navigator.clipboard.readText());
		expect(reply).toContain('Realizar copia ahora');
		expect(reply).toContain('/es/back-up-now/#start-backup');
		expect(reply).toContain('Revisado el');
	});

	test('works from the keyboard alone: / to filter, arrows to move, Enter to copy', async ({
		page,
	}) => {
		await openDesk(page);
		await page.getByRole('radio', { name: 'Plain text' }).check();
		await page.keyboard.press('/');
		const filter = page.getByRole('searchbox', { name: 'Filter steps and messages' });
		await expect(filter).toBeFocused();
		// A customer's message, pasted: the step that fixes it is first.
		await page.keyboard.type('last backup shows an old date');
		await expect(deskStep(page, STEP)).toBeVisible();
		await expect(deskStep(page, 'Restart an iPhone with Face ID')).toBeHidden();

		await page.keyboard.press('ArrowDown');
		const first = deskStep(page, STEP).getByRole('button', { name: 'Copy reply' });
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toHaveText(`Reply copied (Plain text): ${STEP}`);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			(await bundle(page)).text,
		);
		await page.keyboard.press('ArrowUp');
		await expect(filter).toBeFocused();

		await filter.fill('');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('[data-desk-copy="reply"]').nth(1)).toBeFocused();
	});
});

// The desk holds every step of the site: one axe run over it takes a minute on a busy machine.
test.describe('accessibility', () => {
	test.beforeEach(() => test.setTimeout(180_000));

	test('/desk/ has no axe violations with its filter and buttons showing', async ({ page }) => {
		await openDesk(page);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('/desk/ has no axe violations while a filter hides every step', async ({ page }) => {
		await openDesk(page);
		await page.getByRole('searchbox', { name: 'Filter steps and messages' }).fill('zzzz');
		await expect(page.getByText('No step matches “zzzz”.')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test('the language switch lists each language of the desk and keeps the filter', async ({
	page,
}) => {
	await openDesk(page);
	const languages = page.getByRole('navigation', { name: 'Language of replies and links' });
	await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute(
		'aria-current',
		'page',
	);
	await page.getByRole('searchbox', { name: 'Filter steps and messages' }).fill('old date');
	await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		/\/desk\/\?q=old%20date$/,
	);
});

test.describe('"Open on your iPhone"', () => {
	test('on a wide screen a step opens its QR code on request', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/back-up-now/');
		const code = page.getByRole('img', { name: 'QR code of the address of this step' }).first();
		await expect(code).toBeHidden();
		await page.getByText('Open on your iPhone').first().click();
		await expect(code).toBeVisible();
	});

	test('on a phone no step offers it', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/back-up-now/');
		await expect(page.getByText('Open on your iPhone').first()).toBeHidden();
	});
});
