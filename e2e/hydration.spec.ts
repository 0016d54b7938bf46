// Islands are rendered by React on the server and run on Preact in the browser (README, "Islands").
// Preact hydrates without touching the DOM: an attribute or text the server wrote differently from the
// client is kept silently, with no console message. So for every island this proves that the server's
// markup is exactly what the browser's own first render produces, and that the two still agree once
// the island has woken up and fetched: once for each distinct use of an island.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DIST, pageFile, sitemapPaths, wakeIslands } from './site.ts';

/** A node as compared: tag, sorted attributes and children; text with React's `<!-- -->` separators merged. */
type Canonical = string | { tag: string; attributes: [string, string][]; children: Canonical[] };

const ISLAND = /(<astro-island\b[^>]*>)[\s\S]*?(<\/astro-island>)/g;

/**
 * What makes one use of an island differ from another: the component, its props and its directive.
 * Astro's scoped-style marker (`data-astro-cid-…`) is a prop the island ignores.
 */
function usageOf(tag: string): string {
	const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
	const props = JSON.parse(
		attribute('props').replaceAll('&quot;', '"').replaceAll('&amp;', '&') || '{}',
	) as Record<string, unknown>;
	const own = Object.entries(props).filter(([key]) => !key.startsWith('data-astro-cid-'));
	return `${attribute('component-url')} ${attribute('client')} ${JSON.stringify(own)}`;
}

/**
 * The first page of each distinct use of an island: eight troubleshooter pages and an article share
 * one StorageCheck, for instance, and a second page would prove nothing the first does not.
 */
function islandPages(): string[] {
	const seen = new Set<string>();
	return sitemapPaths().filter((path) => {
		const html = readFileSync(join(DIST, pageFile(path)), 'utf8');
		const fresh = [...html.matchAll(/<astro-island\b[^>]*>/g)]
			.map(([tag]) => usageOf(tag))
			.filter((usage) => !seen.has(usage));
		for (const usage of fresh) seen.add(usage);
		return fresh.length > 0;
	});
}

// Stands in for an island's markup: visible, so client:visible still wakes the island, and of a tag no
// island renders, so Preact finds nothing to hydrate and renders from scratch beside it (comparisons skip it).
const PLACEHOLDER = '<x-placeholder>Waking up</x-placeholder>';

/** The same page with every island's markup replaced by PLACEHOLDER, so the browser renders each island alone. */
async function serveWithEmptyIslands(page: Page, path: string) {
	await page.route(
		(url) => url.pathname === path,
		async (route) => {
			const response = await route.fetch();
			await route.fulfill({
				response,
				body: (await response.text()).replace(ISLAND, `$1${PLACEHOLDER}$2`),
			});
		},
	);
}

/** Record each island's markup at the first moment it has any, before any effect of the island has run. */
async function recordFirstRender(page: Page) {
	await page.addInitScript(() => {
		const first: Record<string, string> = {};
		(window as unknown as { firstRender: Record<string, string> }).firstRender = first;
		new MutationObserver(() => {
			for (const island of document.querySelectorAll('astro-island')) {
				const uid = island.getAttribute('uid') ?? '';
				const rendered = [...island.children].some((child) => child.localName !== 'x-placeholder');
				if (!(uid in first) && rendered) first[uid] = island.innerHTML;
			}
		}).observe(document, { childList: true, subtree: true });
	});
}

/** Each island's markup on the live page now, keyed by uid. */
const liveIslands = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('astro-island')].map((island) => [
				island.getAttribute('uid') ?? '',
				island.innerHTML,
			]),
		),
	);

/** Parse markup in the page without running it, and reduce it to what the reader and assistive technology get. */
function canonical(page: Page, html: Record<string, string>): Promise<Record<string, Canonical[]>> {
	return page.evaluate((islands) => {
		const walk = (node: Node): Canonical[] => {
			const out: Canonical[] = [];
			for (const child of node.childNodes) {
				if (child.nodeType === Node.TEXT_NODE) {
					const text = child.textContent ?? '';
					const last = out[out.length - 1];
					if (typeof last === 'string') out[out.length - 1] = last + text;
					else out.push(text);
				} else if (child instanceof Element && child.localName !== 'x-placeholder') {
					const attributes: [string, string][] = [...child.attributes].map((attribute) => [
						attribute.name,
						attribute.value,
					]);
					// A form control's current value is a property; React writes it as an attribute, Preact sets the property.
					if (child instanceof HTMLInputElement) {
						const value = attributes.findIndex(([name]) => name === 'value');
						if (value !== -1) attributes.splice(value, 1);
						attributes.push(['(value)', child.value]);
					}
					attributes.sort(([a], [b]) => a.localeCompare(b));
					out.push({ tag: child.localName, attributes, children: walk(child) });
				}
			}
			return out.filter((item) => item !== '');
		};
		return Object.fromEntries(
			Object.entries(islands).map(([uid, markup]) => {
				const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
				return [uid, walk(doc.body)];
			}),
		);
	}, html);
}

/** The markup of each island in the server's HTML, keyed by uid. */
async function serverIslands(page: Page, path: string): Promise<Record<string, string>> {
	const html = await (await page.request.get(path)).text();
	return Object.fromEntries(
		[...html.matchAll(ISLAND)].map((match) => {
			const uid = /\buid="([^"]+)"/.exec(match[1] ?? '')?.[1] ?? '';
			return [uid, match[0].slice((match[1] ?? '').length, -(match[2] ?? '').length)];
		}),
	);
}

test.use({ locale: 'en-US', timezoneId: 'UTC' });

for (const path of islandPages()) {
	test(`${path}: each island's first render in the browser matches the server's markup exactly`, async ({
		page,
	}) => {
		const server = await serverIslands(page, path);
		expect(Object.keys(server).length, 'islands on the page').toBeGreaterThan(0);
		await serveWithEmptyIslands(page, path);
		await recordFirstRender(page);
		await page.goto(path);
		await wakeIslands(page);
		const first = await page.evaluate(
			() => (window as unknown as { firstRender: Record<string, string> }).firstRender,
		);
		expect(Object.keys(first).sort()).toEqual(Object.keys(server).sort());
		expect(await canonical(page, first)).toEqual(await canonical(page, server));
	});

	test(`${path}: each island hydrated over the server's markup ends up as if rendered in the browser alone`, async ({
		page,
	}) => {
		await page.clock.setFixedTime(Date.UTC(2026, 4, 12, 18, 0));
		await page.goto(path);
		await wakeIslands(page);
		const hydrated = await canonical(page, await liveIslands(page));

		await serveWithEmptyIslands(page, path);
		await page.goto(path);
		await wakeIslands(page);
		expect(hydrated).toEqual(await canonical(page, await liveIslands(page)));
	});
}
