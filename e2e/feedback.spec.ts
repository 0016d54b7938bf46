import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedbackCatalogFile } from '../src/lib/feedback/shared.ts';
import { uiText } from '../src/lib/i18n/ui/index.ts';
import { routeFeedbackTo, startApiServer, type ApiServer } from './feedback-server.ts';
import { expect, takeConsoleErrors, test } from './fixtures.ts';
import { DIST, articlePaths, axeViolations } from './site.ts';

let server: ApiServer;

test.beforeAll(async ({ baseURL }) => {
	server = await startApiServer(new URL(baseURL ?? '').origin);
});

test.afterAll(() => server.stop());

const votesOn = (article: string) => server.counts().find((entry) => entry.article === article);

test.describe('on a host that stores votes (the real API server)', () => {
	test('Yes thanks the reader in place, then asks which step did it', async ({ page }) => {
		await routeFeedbackTo(page, server);
		await page.goto('/restart-iphone/');
		const group = page.getByRole('group', { name: 'Did this fix it?' });
		await expect(group).toBeVisible();
		await group.getByRole('button', { name: 'Yes' }).click();

		await expect(
			page.getByRole('status').filter({ hasText: 'Thank you! Glad it worked.' }),
		).toBeVisible();
		await expect(group.getByRole('button', { name: 'Yes' })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		await expect
			.poll(() => votesOn('restart-iphone'))
			.toMatchObject({ fixed: 1, notFixed: 0, steps: [] });

		const steps = page.getByRole('group', { name: 'Which step did it?' });
		await expect(steps.getByRole('button')).toHaveText([
			'Restart an iPhone with Face ID',
			'Restart an iPhone with a Home button',
			'If the iPhone does not respond: force restart',
			'Try the backup again',
		]);
		await steps
			.getByRole('button', { name: 'If the iPhone does not respond: force restart' })
			.click();
		await expect(
			page.getByRole('status').filter({
				hasText: 'We noted that “If the iPhone does not respond: force restart” did it.',
			}),
		).toBeVisible();
		// The same reader on the same day: the step answer replaces the first one, still one vote.
		await expect
			.poll(() => votesOn('restart-iphone'))
			.toMatchObject({ fixed: 1, notFixed: 0, steps: [{ step: 'force-restart', count: 1 }] });
		expect(await axeViolations(page)).toEqual([]);
	});

	test('No shows the next fix, and a change of mind replaces the vote', async ({ page }) => {
		await routeFeedbackTo(page, server);
		await page.goto('/back-up-now/');
		const group = page.getByRole('group', { name: 'Did this fix it?' });
		await group.getByRole('button', { name: 'No' }).click();

		await expect(
			page.getByRole('status').filter({ hasText: 'Thank you for telling us.' }),
		).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'Restart your iPhone', exact: true }),
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Answer a few questions' })).toHaveAttribute(
			'href',
			'/troubleshoot/',
		);
		await expect(page.getByRole('group', { name: 'Which step did it?' })).toBeHidden();
		await expect.poll(() => votesOn('back-up-now')).toMatchObject({ fixed: 0, notFixed: 1 });

		await group.getByRole('button', { name: 'Yes' }).click();
		await expect(page.getByRole('group', { name: 'Which step did it?' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Restart your iPhone', exact: true })).toBeHidden();
		await expect.poll(() => votesOn('back-up-now')).toMatchObject({ fixed: 1, notFixed: 0 });
	});

	test('works with the keyboard alone', async ({ page }) => {
		await routeFeedbackTo(page, server);
		await page.goto('/leave-videos-out/');
		const yes = page
			.getByRole('group', { name: 'Did this fix it?' })
			.getByRole('button', { name: 'Yes' });
		await expect(yes).toBeVisible();
		await yes.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Glad it worked' })).toBeVisible();
		// Past No and the privacy link to the first step.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Switch off Include Videos' })).toBeFocused();
		await page.keyboard.press('Space');
		await expect
			.poll(() => votesOn('leave-videos-out'))
			.toMatchObject({ steps: [{ step: 'turn-off-include-videos', count: 1 }] });
	});

	test('thanks the reader in the page’s language', async ({ page }) => {
		const { article, feedback } = uiText('de');
		await routeFeedbackTo(page, server);
		await page.goto('/de/turn-on-icloud-for-whatsapp/');
		const group = page.getByRole('group', { name: article.didThisFix });
		await group.getByRole('button', { name: feedback.yes }).click();
		await expect(page.getByRole('status').filter({ hasText: feedback.thanksYes })).toBeVisible();
		const step = 'iCloud Drive einschalten';
		await page
			.getByRole('group', { name: feedback.whichStep })
			.getByRole('button', { name: step })
			.click();
		await expect(
			page.getByRole('status').filter({ hasText: feedback.thanksStep.replace('{step}', step) }),
		).toBeVisible();
	});

	test('a vote on a Spanish page counts under es and in the article’s total, in the report', async ({
		page,
	}) => {
		await routeFeedbackTo(page, server);
		await page.goto('/es/network-and-power/');
		const group = page.getByRole('group', { name: '¿Se resolvió?' });
		await group.getByRole('button', { name: 'Sí' }).click();
		await expect(group.getByRole('button', { name: 'Sí' })).toHaveAttribute('aria-pressed', 'true');
		const vpn = page
			.getByRole('group', { name: '¿Qué paso lo resolvió?' })
			.getByRole('button', { name: 'Pausa la VPN' });
		await vpn.click();
		await expect(vpn).toHaveAttribute('aria-pressed', 'true');

		const counted = { fixed: 1, notFixed: 0, steps: [{ step: 'vpn-and-private-relay', count: 1 }] };
		await expect
			.poll(() => server.report().find((entry) => entry.article === 'network-and-power'))
			.toMatchObject({ ...counted, total: 1, languages: [{ lang: 'es', ...counted, total: 1 }] });
	});

	test('says so plainly when an answer can’t be sent', async ({ page, consoleErrors }) => {
		await routeFeedbackTo(page, server);
		await page.route('**/api/feedback', (route) =>
			route.fulfill({
				status: 503,
				contentType: 'application/json',
				body: '{"error":"unavailable","message":"x"}',
			}),
		);
		await page.goto('/update-ios-and-whatsapp/');
		await page
			.getByRole('group', { name: 'Did this fix it?' })
			.getByRole('button', { name: 'Yes' })
			.click();
		await expect(
			page.getByRole('status').filter({ hasText: 'your answer couldn’t be sent just now' }),
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Yes' })).toHaveAttribute(
			'aria-pressed',
			'false',
		);
		// The browser logs the refused request; the page itself logs nothing.
		expect(takeConsoleErrors(consoleErrors, / 503 .* @ .*\/api\/feedback$/)).toHaveLength(1);
	});
});

test.describe('on a static host (the preview server: no endpoint)', () => {
	test('the buttons stay hidden, the way on stays, and nothing is logged', async ({ page }) => {
		const asked: string[] = [];
		page.on('request', (request) => asked.push(new URL(request.url()).pathname));
		await page.goto('/restart-iphone/');
		await expect(page.locator('[data-feedback]')).toHaveAttribute('data-ready', '');
		await expect(page.getByRole('heading', { level: 2, name: 'Did this fix it?' })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Next fix:/ })).toBeVisible();
		await expect(page.getByRole('group', { name: 'Did this fix it?' })).toBeHidden();
		expect(asked).toContain('/api/feedback-availability.json');
		expect(asked).not.toContain('/api/feedback');
	});
});

test('every fix article, and only a fix, asks with its own steps; the built catalog lists the same', () => {
	const catalog = JSON.parse(
		readFileSync(join(DIST, 'api', 'feedback-catalog.json'), 'utf8'),
	) as FeedbackCatalogFile;
	const fromPages = articlePaths().flatMap((path) => {
		const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
		const article = /data-feedback="([^"]+)"/.exec(html)?.[1];
		if (!article) return [];
		const steps = [...html.matchAll(/data-feedback-step="([^"]+)"/g)].map((match) => match[1]);
		const headings = [...html.matchAll(/<h2 id="([^"]+)" data-pagefind-weight="6">/g)].map(
			(match) => match[1],
		);
		expect(steps, path).toEqual(headings);
		expect(html, path).toContain('class="article article-fix"');
		return [{ article, steps }];
	});
	expect(fromPages.map(({ article }) => `/${article}/`).sort()).toEqual(
		articlePaths()
			.filter((path) =>
				readFileSync(join(DIST, path, 'index.html'), 'utf8').includes(
					'class="article article-fix"',
				),
			)
			.sort(),
	);
	expect([...catalog.articles].sort((a, b) => a.article.localeCompare(b.article))).toEqual(
		fromPages.sort((a, b) => a.article.localeCompare(b.article)),
	);
});
