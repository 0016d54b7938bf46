import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	PAGEFIND_BASE,
	PAGEFIND_ENTRY,
	PAGEFIND_SCRIPT,
	PAGEFIND_WASM,
	pagefindWasm,
} from '../../src/lib/search/pagefind/files.ts';
import { moduleScriptsOf, staticImports } from '../../src/lib/site/module-preloads.ts';
import { SITE_LANG } from '../../src/lib/site/site.ts';
import { DIST, builtHtmlFiles, pageFile } from '../support/built-site.ts';

/** Every `<link rel="preload">` and `<link rel="modulepreload">` of a page, by rel and href. */
function preloadsOf(html: string): { rel: string; href: string }[] {
	return [...html.matchAll(/<link\b[^>]*>/g)].flatMap(([tag]) => {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		return rel && href && /^(?:module)?preload$/.test(rel) ? [{ rel, href }] : [];
	});
}

// Pagefind writes its files after Astro has written the pages, so only the finished build can tell
// whether a page preloads a file that is not there (a wasted request and a console error for readers).
test('every file a page preloads is in the build', () => {
	const missing = builtHtmlFiles().flatMap((page) =>
		preloadsOf(readFileSync(join(DIST, page), 'utf8'))
			.filter(({ href }) => href.startsWith('/') && !existsSync(join(DIST, href)))
			.map(({ rel, href }) => `${page}: ${rel} ${href}`),
	);
	expect(missing).toEqual([]);
});

test('the search page preloads, from its head, Pagefind’s script and every module its own script needs', async () => {
	const html = readFileSync(join(DIST, pageFile('/search/')), 'utf8');
	const preloaded = preloadsOf(html.split('</head>')[0] ?? '')
		.filter(({ rel }) => rel === 'modulepreload')
		.map(({ href }) => href);
	const needed = new Set<string>();
	const visit = async (path: string) => {
		if (needed.has(path)) return;
		needed.add(path);
		for (const imported of await staticImports(readFileSync(join(DIST, path), 'utf8'), path))
			await visit(imported);
	};
	for (const script of moduleScriptsOf(html)) await visit(script);
	// The search script and at least one chunk it shares with other pages.
	expect(needed.size).toBeGreaterThan(2);
	expect(preloaded.toSorted()).toEqual([PAGEFIND_SCRIPT, ...needed].toSorted());
});

test('the WebAssembly each search page fetches ahead is the one Pagefind’s entry file names for its language', () => {
	const entry = JSON.parse(readFileSync(join(DIST, PAGEFIND_ENTRY), 'utf8')) as {
		languages: Record<string, { wasm?: string }>;
	};
	expect(PAGEFIND_WASM).toBe(pagefindWasm(SITE_LANG));
	const searchPages = builtHtmlFiles().filter((page) => /(^|\/)search\/index\.html$/.test(page));
	expect(searchPages.length).toBeGreaterThan(1);
	for (const page of searchPages) {
		const lang = /<html[^>]*\blang="([^"]+)"/.exec(readFileSync(join(DIST, page), 'utf8'))?.[1] ?? '';
		const wasm = entry.languages[lang.toLowerCase()]?.wasm;
		expect(`${PAGEFIND_BASE}wasm.${wasm ?? 'unknown'}.pagefind`, page).toBe(pagefindWasm(lang));
		expect(existsSync(join(DIST, pagefindWasm(lang))), page).toBe(true);
	}
});
