import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readMetaCsp, toHeaderCsp } from '../../src/lib/site/headers.ts';
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

describe('_headers', () => {
	test.each(sitemapPaths())(
		'%s gets the same Content-Security-Policy as an HTTP header, with frame-ancestors',
		(path) => {
			const meta = readMetaCsp(readFileSync(join(DIST, pageFile(path)), 'utf8'));
			expect(meta, `${path} has a CSP meta tag`).toBeDefined();
			expect(meta).not.toContain("'unsafe-inline'");
			expect(rulesFor(path)).toContain(`Content-Security-Policy: ${toHeaderCsp(meta ?? '')}`);
		},
	);

	test('the not-found page gets its policy as a header too', () => {
		const meta = readMetaCsp(readFileSync(join(DIST, '404.html'), 'utf8'));
		expect(rulesFor('/404.html')).toContain(`Content-Security-Policy: ${toHeaderCsp(meta ?? '')}`);
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
