import { expect, test } from './fixtures.ts';

test('a reader searches for an error from the home page and lands on the step that fixes it', async ({
	page,
}) => {
	await page.goto('/');
	const search = page.getByRole('searchbox', { name: 'Search for your error or problem' });
	await search.fill('WhatsApp not in Apps Using iCloud');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=WhatsApp\+not\+in\+Apps\+Using\+iCloud/);
	const results = page.getByRole('list', { name: 'Search results' });
	const first = results.getByRole('listitem').first();
	await expect(first.getByRole('link', { name: 'Turn on iCloud for WhatsApp' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText(/articles? match/);

	await first.getByRole('link', { name: 'Allow WhatsApp to use iCloud' }).click();
	await expect(page).toHaveURL(/\/turn-on-icloud-for-whatsapp\/\?highlight=.*#allow-whatsapp$/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Allow WhatsApp to use iCloud' }),
	).toBeInViewport();
	await expect(page.locator('mark').first()).toBeVisible();
});

test('the search page reads its query from the URL, so a search can be linked', async ({
	page,
}) => {
	await page.goto('/search/?q=iCloud+Drive');
	await expect(
		page.getByRole('searchbox', { name: 'Search for your error or problem' }),
	).toHaveValue('iCloud Drive');
	await expect(
		page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
	).toBeVisible();
});

test('a search with no results says so and offers Start here and the error list', async ({
	page,
}) => {
	await page.goto('/search/?q=zzqxv');
	await expect(page.getByRole('status')).toHaveText('No articles match “zzqxv”.');
	const help = page.getByRole('region', { name: 'Nothing matched. Try one of these' });
	await expect(help.getByRole('link', { name: 'Start here' })).toBeVisible();
	await expect(help.getByRole('link', { name: 'Error messages' })).toBeVisible();
});

test('keyboard only: "/" focuses search, arrows move through results, Enter opens one', async ({
	page,
}) => {
	await page.goto('/search/?q=iCloud');
	const results = page.getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('link').first()).toBeVisible();
	// Pagefind's rows follow the instant ones: walk the list once it holds its final rows.
	await expect(results).not.toHaveAttribute('aria-busy', 'true');
	await page.locator('body').click({ position: { x: 1, y: 1 } });
	await page.keyboard.press('/');
	const search = page.getByRole('searchbox', { name: 'Search for your error or problem' });
	await expect(search).toBeFocused();
	await page.keyboard.press('ArrowDown');
	const firstLink = results.getByRole('link').first();
	await expect(firstLink).toBeFocused();
	const href = await firstLink.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href?.replace(/[?#].*/, '')}`));
});

test('keyboard only: Tab reaches the search box and every step link of an article', async ({
	page,
}) => {
	await page.goto('/turn-on-icloud-for-whatsapp/');
	const search = page
		.getByRole('banner')
		.getByRole('searchbox', { name: 'Search the help center' });
	const toc = page.getByRole('navigation', { name: 'In this article' });
	const stepLinks = await toc.getByRole('link').all();
	expect(stepLinks.length).toBeGreaterThan(1);
	const targets = [
		{ name: 'the header search box', locator: search },
		...(await Promise.all(
			stepLinks.map(async (link) => ({ name: await link.innerText(), locator: link })),
		)),
	];
	const handles = await Promise.all(targets.map(({ locator }) => locator.elementHandle()));
	// Tab on until every target has had focus; the limit only ends a walk that would never get there.
	const reached = new Set<number>();
	for (let presses = 0; reached.size < targets.length && presses < 200; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(
			(elements) => elements.indexOf(document.activeElement as HTMLElement),
			handles,
		);
		if (focused !== -1) reached.add(focused);
	}
	const missed = targets.filter((_, index) => !reached.has(index)).map(({ name }) => name);
	expect(missed, 'never reached with Tab').toEqual([]);

	await toc.getByRole('link').last().focus();
	await page.keyboard.press('Enter');
	const target = await toc.getByRole('link').last().getAttribute('href');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
});
