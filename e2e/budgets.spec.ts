import { expect, test } from './fixtures.ts';
import { BUDGETS, checkBudget } from '../src/lib/site/budgets.ts';
import { measurePage } from './page-assets.ts';
import { TREE, sitemapPaths, sweep } from './site.ts';
import { nodeHref } from '../src/lib/troubleshooter/tree.ts';
import { splitLocale } from '../src/lib/i18n/locales.ts';

// The troubleshooter's start page holds the status notice island and storage outcomes hold the storage
// check; every other node page is plain. Elsewhere a page's budget follows from whether it holds an island.
const TROUBLESHOOTER_ISLANDS = new Set([
	'/troubleshoot/',
	...Object.entries(TREE).flatMap(([id, node]) => (node.check === 'storage' ? [nodeHref(id)] : [])),
]);

// Byte counts are exact, so budgets are tests; timings stay in the benchmark.
test('every page stays within its JavaScript and CSS budget, with search loaded only where a reader opens it', async ({
	page,
	consoleErrors,
	cspViolations,
	foreignRequests,
}) => {
	const problems = await sweep(
		sitemapPaths(),
		{ consoleErrors, cspViolations, foreignRequests },
		async (path) => {
			const { assets, hasIsland, search } = await measurePage(page, path);
			// Every language shares the English page's template, so its budget too.
			const english = splitLocale(path).path;
			const misses: string[] = [];
			if (english.startsWith('/troubleshoot/') && hasIsland !== TROUBLESHOOTER_ISLANDS.has(english))
				misses.push(`${hasIsland ? 'holds' : 'lacks'} an island, unlike the rest of its kind`);
			if (english === '/search/')
				return [...misses, ...checkBudget('the page', assets, BUDGETS.searchPage)];
			if (search.length > 0)
				misses.push(`loads search before a reader opens it: ${search.join(', ')}`);
			misses.push(
				...checkBudget('the page', assets, hasIsland ? BUDGETS.islandPage : BUDGETS.plainArticle),
			);
			return misses;
		},
	);
	expect(problems).toEqual([]);
});
