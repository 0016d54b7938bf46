/**
 * Unanswered searches from the search page to the real API server (`npm run api`) and its SQLite
 * file, with the site and the API on one origin; then `npm run search:report` over that file.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { openFeedbackDatabaseReadOnly } from '../src/api/feedback-sqlite.ts';
import { startOneOrigin, type OneOrigin } from './feedback-server.ts';
import { expect, test } from './fixtures.ts';
import { openSearchPage } from './site.ts';

let host: OneOrigin;
/** The host's origin, once `beforeAll` has started it. */
let origin = '';

test.beforeAll(async () => {
	host = await startOneOrigin(test.info().config.webServer?.url ?? '');
	origin = host.origin;
});

test.afterAll(() => host.stop());

/** The stored rows of a query, as the server wrote them. */
function rowsOf(query: string) {
	const db = openFeedbackDatabaseReadOnly(host.api.db);
	try {
		return db
			.prepare('SELECT lang, query FROM unanswered WHERE query = ?')
			.all(query)
			.map((row) => ({ ...row }));
	} finally {
		db.close();
	}
}

/** `npm run search:report -- --json`, the command itself, over the server's database. */
function report(): unknown {
	const run = spawnSync(process.execPath, ['src/api/unanswered-report.ts', '--json'], {
		env: { PATH: process.env['PATH'], FEEDBACK_DB: host.api.db },
		encoding: 'utf8',
	});
	expect(run.status, run.stderr).toBe(0);
	return JSON.parse(run.stdout);
}

/** The search page with `query`, once it has asked the host whether it counts searches. */
async function search(page: Page, query: string) {
	const asked = page.waitForResponse('**/api/unanswered-availability.json');
	await openSearchPage(page, query);
	expect(await (await asked).json()).toEqual({ available: true });
}

/**
 * The reader at `from` (a loopback address, which the server sees as the reader's network) searches
 * for `query` and goes on to another page without opening a result; resolves with what the server
 * answered the search page.
 */
async function searchAndLeave(page: Page, from: string, query: string): Promise<unknown> {
	host.readerIs(from);
	await search(page, query);
	const before = host.answers.length;
	await page.goto('/privacy/');
	await expect.poll(() => host.answers.length).toBe(before + 1);
	return host.answers.at(-1);
}

test.describe('on a host that counts unanswered searches (the real API server)', () => {
	// Read as each test starts, when `beforeAll` has started the host.
	test.use({ baseURL: async ({}, use) => use(origin) });

	test('a search that finds nothing is counted once per reader and day', async ({ page }) => {
		const query = 'zqxv wrpl';
		host.readerIs('127.0.0.31');
		await search(page, query);
		await expect(
			page.getByRole('heading', { name: 'Nothing matched. Try one of these' }),
		).toBeVisible();
		// The reader takes one of the ways on that the page offers, which is not a result.
		await page.getByRole('link', { name: 'Answer a few questions' }).click();
		await expect.poll(() => host.answers.at(-1)).toEqual({ counted: true, query, lang: 'en' });
		expect(rowsOf(query)).toEqual([{ lang: 'en', query }]);

		// The same reader again the same day is counted already; another reader counts.
		expect(await searchAndLeave(page, '127.0.0.31', query)).toMatchObject({ counted: true });
		expect(rowsOf(query)).toHaveLength(1);
		await searchAndLeave(page, '127.0.0.32', query);
		expect(rowsOf(query)).toHaveLength(2);
	});

	test('a query with a phone number and an e-mail address is stored without them', async ({
		page,
	}) => {
		const answer = await searchAndLeave(
			page,
			'127.0.0.33',
			'restore chats +44 20 7946 0958 jane.doe@example.com',
		);
		expect(answer).toEqual({ counted: true, query: 'restore chats', lang: 'en' });
		expect(rowsOf('restore chats')).toEqual([{ lang: 'en', query: 'restore chats' }]);
		const db = openFeedbackDatabaseReadOnly(host.api.db);
		const stored = JSON.stringify(db.prepare('SELECT * FROM unanswered').all());
		db.close();
		expect(stored).not.toMatch(/7946|0958|jane|example|127\.0\.0/);
	});

	test('a query asked by 2 readers is not in the report; by 3 it is', async ({ page }) => {
		const query = 'backup says waiting for wifi forever';
		for (const from of ['127.0.0.41', '127.0.0.42']) await searchAndLeave(page, from, query);
		expect(report()).toEqual([]);
		await searchAndLeave(page, '127.0.0.43', query);
		expect(report()).toEqual([{ query, lang: 'en', readers: 3 }]);
	});

	test('a search whose reader opens a result is not sent', async ({ page }) => {
		const before = host.answers.length;
		host.readerIs('127.0.0.51');
		await search(page, 'iCloud Drive');
		await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
		await expect(page).not.toHaveURL(/\/search\//);
		// The next search the reader leaves is the only one the server hears of.
		await searchAndLeave(page, '127.0.0.51', 'zqxv wrpl jklm');
		expect(host.answers.slice(before)).toEqual([
			{ counted: true, query: 'zqxv wrpl jklm', lang: 'en' },
		]);
		expect(rowsOf('icloud drive')).toEqual([]);
	});
});

test.describe('on a static host (the preview server: no endpoint)', () => {
	test('nothing is sent, and nothing is logged', async ({ page }) => {
		const sent: string[] = [];
		page.on('request', (request) => sent.push(new URL(request.url()).pathname));
		const availability = page.waitForResponse('**/api/unanswered-availability.json');
		await openSearchPage(page, 'zqxv wrpl');
		expect(await (await availability).json()).toEqual({ available: false });
		// Playwright can't see a request made as the page goes, so the page is told it is going.
		await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
		await page.goto('/privacy/');
		expect(sent).not.toContain('/api/unanswered');
	});
});
