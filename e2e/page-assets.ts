import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { LoadedAsset } from '../src/lib/site/budgets.ts';
import { DIST, wakeIslands } from './site.ts';

const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** What one page loads, as its byte budget counts it. */
export interface PageAssets {
	/** Every built JS and CSS file and every inline script and style, gzipped. */
	assets: LoadedAsset[];
	hasIsland: boolean;
	/** Search files (`/pagefind/`) the page fetched. */
	search: string[];
}

/**
 * Open `path` and measure the JS and CSS it loads with every island awake: an island's code counts
 * against its page. Built files are measured from `dist/`, byte for byte as they are served.
 */
export async function measurePage(page: Page, path: string): Promise<PageAssets> {
	const assets: LoadedAsset[] = [];
	const requested: string[] = [];
	const onResponse = (response: { url(): string }) => {
		const { pathname } = new URL(response.url());
		requested.push(pathname);
		const kind = pathname.endsWith('.js') ? 'js' : pathname.endsWith('.css') ? 'css' : undefined;
		if (kind && pathname.startsWith('/_astro/'))
			assets.push({
				name: pathname,
				kind,
				gzipBytes: gzipBytes(readFileSync(join(DIST, pathname))),
			});
	};
	page.on('response', onResponse);
	await page.goto(path);
	await wakeIslands(page);
	// A page that starts search keeps fetching Pagefind after its first paint: let it finish here, or its
	// late answers would be counted against the next page of a sweep.
	if (requested.some((requestedPath) => requestedPath.startsWith('/pagefind/')))
		await page.waitForLoadState('networkidle');
	page.off('response', onResponse);
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
	return {
		assets,
		hasIsland: (await page.locator('astro-island').count()) > 0,
		search: requested.filter((requestedPath) => requestedPath.startsWith('/pagefind/')),
	};
}
