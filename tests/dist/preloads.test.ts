import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	PAGEFIND_BASE,
	PAGEFIND_ENTRY,
	PAGEFIND_SCRIPT,
	PAGEFIND_WASM,
} from '../../src/lib/search/pagefind/files.ts';
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

test('the search page preloads Pagefind’s script while it is parsed', () => {
	const head = readFileSync(join(DIST, pageFile('/search/')), 'utf8').split('</head>')[0] ?? '';
	expect(preloadsOf(head)).toEqual([{ rel: 'modulepreload', href: PAGEFIND_SCRIPT }]);
});

test('the WebAssembly the search page fetches ahead is the one Pagefind’s entry file names', () => {
	const entry = JSON.parse(readFileSync(join(DIST, PAGEFIND_ENTRY), 'utf8')) as {
		languages: Record<string, { wasm?: string }>;
	};
	const wasm = entry.languages[SITE_LANG]?.wasm;
	expect(`${PAGEFIND_BASE}wasm.${wasm ?? 'unknown'}.pagefind`).toBe(PAGEFIND_WASM);
	expect(existsSync(join(DIST, PAGEFIND_WASM))).toBe(true);
});
