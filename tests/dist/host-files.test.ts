import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, pageFile, sitemapPaths } from '../support/built-site.ts';

// The files a static host reads, as they come out of the build.
const headers = readFileSync(join(DIST, '_headers'), 'utf8');

/** The header lines `_headers` gives one path pattern. */
function rulesFor(path: string): string[] {
	const block = headers.split(/\n(?=\S)/).find((rule) => rule.split('\n')[0]?.trim() === path);
	if (!block) return [];
	return block
		.split('\n')
		.slice(1)
		.map((line) => line.trim())
		.filter(Boolean);
}

/** A page's `<meta>` Content-Security-Policy, directive by directive. */
function metaPolicy(page: string): string[] {
	const html = readFileSync(join(DIST, page), 'utf8');
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
	return (content ?? '')
		.replaceAll('&#39;', "'")
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean);
}

/**
 * The policy every page must carry, written out rather than computed with the code under test
 * (src/lib/site/headers.ts, security.ts). Only the hashes of a page's own inline code vary: those are
 * taken from the page's <meta> tag, so the header must name the same ones.
 */
function expectedPolicy(meta: readonly string[]): string[] {
	const hashes = (directive: string) =>
		meta.find((entry) => entry.startsWith(`${directive} `))?.match(/'sha256-[^']+'/g) ?? [];
	return [
		"default-src 'self'",
		"connect-src 'self' https://www.apple.com",
		"img-src 'self' data:",
		"worker-src 'none'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...hashes('script-src')].join(' '),
		["style-src 'self'", ...hashes('style-src')].join(' '),
	];
}

describe('_headers', () => {
	test('every page, the not-found page included, gets its policy in <meta> and as a header with frame-ancestors', () => {
		const pages = [...sitemapPaths().map((path) => ({ path, file: pageFile(path) })), { path: '/404.html', file: '404.html' }];
		const wrong = pages.flatMap(({ path, file }) => {
			const meta = metaPolicy(file);
			const expected = expectedPolicy(meta);
			const header = `Content-Security-Policy: ${[...expected, "frame-ancestors 'none'"].join('; ')}`;
			return [
				...(meta.join('; ') === expected.join('; ') ? [] : [`${path}: <meta> policy is ${meta.join('; ')}`]),
				...(rulesFor(path).includes(header) ? [] : [`${path}: _headers gives ${rulesFor(path).join(' | ') || 'nothing'}`]),
			];
		});
		expect(wrong).toEqual([]);
	});

	test('every response gets nosniff, a referrer policy and a permissions policy', () => {
		const global = rulesFor('/*');
		expect(global).toContain('X-Content-Type-Options: nosniff');
		expect(global).toContain('Referrer-Policy: strict-origin-when-cross-origin');
		expect(global.some((line) => line.startsWith('Permissions-Policy: ') && line.includes('camera=()'))).toBe(true);
		expect(global.some((line) => line.startsWith('Cache-Control'))).toBe(false);
	});

	test('only hashed assets are cached for a long time', () => {
		expect(rulesFor('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
		expect(headers.match(/max-age=31536000/g)).toHaveLength(1);
	});
});

describe('renamed articles', () => {
	test('get a real 301 on hosts that read _redirects', () => {
		expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toContain(
			'/enable-whatsapp-in-icloud/ /turn-on-icloud-for-whatsapp/ 301',
		);
	});

	test('keep a complete page at the old address that sends the reader on, for every other host', () => {
		const page = readFileSync(join(DIST, pageFile('/enable-whatsapp-in-icloud/')), 'utf8');
		expect(page).toMatch(/<html lang="en">/);
		expect(page).toContain('<meta http-equiv="refresh" content="0;url=/turn-on-icloud-for-whatsapp/">');
	});
});
