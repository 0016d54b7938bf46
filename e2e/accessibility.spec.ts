import { expect, test } from './fixtures.ts';
import {
	articlePaths,
	axeViolations,
	openSearchPage,
	troubleshooterSample,
	wakeIslands,
} from './site.ts';
import { localizePath } from '../src/lib/i18n/locales.ts';
import { publishedLocales } from '../tests/support/built-site.ts';

// axe on one page per template, as Starlight samples its docs: every article (each has its own MDX
// body), each of the site's own pages, the not-found page, and one troubleshooter page of each kind.
// The other 100-odd node pages come from the same two templates. Every page of the sitemap is still
// opened, with its console, CSP and requests watched, by the sweeps in layout.spec.ts and
// without-javascript.spec.ts.
const SAMPLE: { path: string; template: string }[] = [
	...articlePaths().map((path) => ({ path, template: 'article' })),
	{ path: '/', template: 'home' },
	{ path: '/search/', template: 'search' },
	{ path: '/start-here/', template: 'Start here' },
	{ path: '/errors/', template: 'error index' },
	{ path: '/privacy/', template: 'privacy' },
	{ path: '/troubleshoot/', template: 'troubleshooter start' },
	{ path: '/404.html', template: 'not found' },
	...Object.entries(troubleshooterSample()).map(([kind, path]) => ({
		path,
		template: `troubleshooter ${kind}`,
	})),
];

// Each other language, one page per template: the templates are shared, the words and the labels from
// the glossary are not. Two articles: one with the storage check, one with the status widget.
const LOCALIZED_SAMPLE = publishedLocales()
	.filter((locale) => locale !== 'en')
	.flatMap((locale) =>
		[
			'/make-enough-room/',
			'/is-icloud-down/',
			'/',
			'/search/',
			'/start-here/',
			'/errors/',
			'/privacy/',
			'/troubleshoot/',
			'/404.html',
			...Object.values(troubleshooterSample()),
		].map((path) => ({ path: localizePath(path, locale), template: `${locale} page` })),
	);
SAMPLE.push(...LOCALIZED_SAMPLE);

// Every test here also fails on a console error, a CSP violation or a request to another host (./fixtures).
for (const { path, template } of SAMPLE) {
	test(`${path} (${template}): no axe violations with every island awake`, async ({ page }) => {
		await page.goto(path);
		await wakeIslands(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the search page with results open: no axe or CSP violations, no console errors', async ({
	page,
}) => {
	await openSearchPage(page, 'iCloud');
	await expect(
		page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('an article opened from a search result highlights the words searched for, within the CSP', async ({
	page,
}) => {
	await page.goto('/make-enough-room/?highlight=storage');
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
