import { expect, test } from './fixtures.ts';
import { BUDGETS, checkBudget } from '../src/lib/site/budgets.ts';
import { measurePage, totalBytes } from './page-assets.ts';
import { articlePaths } from './site.ts';

// Byte counts are exact, so budgets are tests; timings stay in the benchmark. The home page holds an island too.
for (const path of ['/', ...articlePaths()]) {
	test(`${path} stays within its JavaScript and CSS budget`, async ({ page }) => {
		const { assets, hasIsland, search } = await measurePage(page, path);
		expect(search, 'search loads only once a reader opens it').toEqual([]);
		test.info().annotations.push({
			type: 'bytes',
			description: `JS ${totalBytes(assets, 'js')} B gz, CSS ${totalBytes(assets, 'css')} B gz`,
		});
		expect(
			checkBudget(path, assets, hasIsland ? BUDGETS.islandPage : BUDGETS.plainArticle),
		).toEqual([]);
	});
}
