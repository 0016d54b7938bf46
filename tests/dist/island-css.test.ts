import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, articlePaths, pageFile, publishedLocales } from '../support/built-site.ts';

/** Each island's root class, as its markup and its stylesheet (src/islands/*.css) name it. */
const ISLAND_CLASSES = ['storage-check', 'icloud-status'];

/** The text of every stylesheet a page links. */
function linkedCss(html: string): string {
	return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
		.map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '')
		.map((href) => readFileSync(join(DIST, href), 'utf8'))
		.join('\n');
}

// Astro puts the CSS of every component the article route imports on every article page: an island the
// route hands to all articles makes each of them download its styles (src/integrations/island-imports.ts).
test('an article page links an island’s styles only when the article shows that island', () => {
	const pages = publishedLocales().flatMap((locale) => articlePaths(locale));
	const shown = new Map(ISLAND_CLASSES.map((island) => [island, 0]));
	const wrong = pages.flatMap((path) => {
		const html = readFileSync(join(DIST, pageFile(path)), 'utf8');
		const css = linkedCss(html);
		return ISLAND_CLASSES.flatMap((island) => {
			const shows = new RegExp(`class="[^"]*\\b${island}\\b`).test(html);
			const styled = new RegExp(`\\.${island}[{,\\s]`).test(css);
			if (shows) shown.set(island, (shown.get(island) ?? 0) + 1);
			if (shows === styled) return [];
			return [
				shows
					? `${path} shows ${island} without its styles`
					: `${path} links ${island} styles it does not use`,
			];
		});
	});
	expect(wrong).toEqual([]);
	// Both islands are on some pages (one per language at least), and most articles have neither.
	for (const island of ISLAND_CLASSES) expect(shown.get(island)).toBeGreaterThan(0);
	expect(Math.max(...shown.values()) * 2).toBeLessThan(pages.length);
});
