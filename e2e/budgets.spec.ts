import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { BUDGETS, checkBudget, type LoadedAsset } from '../src/lib/budgets';
import { DIST, articlePaths, wakeIslands } from './site';

const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

// Byte counts are exact, so budgets are tests; timings stay in the benchmark. The home page holds an island too.
for (const path of ['/', ...articlePaths()]) {
	test(`${path} stays within its JavaScript and CSS budget`, async ({ page }) => {
		const assets: LoadedAsset[] = [];
		const requested: string[] = [];
		page.on('response', (response) => {
			const url = new URL(response.url());
			requested.push(url.pathname);
			const kind = url.pathname.endsWith('.js')
				? 'js'
				: url.pathname.endsWith('.css')
					? 'css'
					: undefined;
			if (kind && url.pathname.startsWith('/_astro/')) {
				assets.push({
					name: url.pathname,
					kind,
					gzipBytes: gzipBytes(readFileSync(join(DIST, url.pathname))),
				});
			}
		});
		await page.goto(path);
		// Wake every client:visible island: its code counts against the page.
		await wakeIslands(page);
		const inline = await page.evaluate(() => ({
			scripts: [...document.querySelectorAll('script:not([src])')].map(
				(script) => script.textContent ?? '',
			),
			styles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
		}));
		inline.scripts.forEach((code, index) =>
			assets.push({ name: `inline script ${index + 1}`, kind: 'js', gzipBytes: gzipBytes(code) }),
		);
		inline.styles.forEach((css, index) =>
			assets.push({ name: `inline style ${index + 1}`, kind: 'css', gzipBytes: gzipBytes(css) }),
		);

		const hasIsland = (await page.locator('astro-island').count()) > 0;
		expect(
			requested.filter((requestedPath) => requestedPath.startsWith('/pagefind/')),
			'search loads only once a reader opens it',
		).toEqual([]);
		const total = (kind: 'js' | 'css') =>
			assets
				.filter((asset) => asset.kind === kind)
				.reduce((sum, asset) => sum + asset.gzipBytes, 0);
		test.info().annotations.push({
			type: 'bytes',
			description: `JS ${total('js')} B gz, CSS ${total('css')} B gz`,
		});
		expect(
			checkBudget(path, assets, hasIsland ? BUDGETS.islandPage : BUDGETS.plainArticle),
		).toEqual([]);
	});
}
