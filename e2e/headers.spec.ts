import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readMetaCsp, toHeaderCsp } from '../src/lib/headers';
import { DIST, sitemapPaths } from './site';

// Checks the files a static host reads, as they come out of the build.
const headers = readFileSync(join(DIST, '_headers'), 'utf8');

function rulesFor(path: string): string[] {
	const block = headers.split(/\n(?=\S)/).find((rule) => rule.split('\n')[0]?.trim() === path);
	return block ? block.split('\n').slice(1).map((line) => line.trim()).filter(Boolean) : [];
}

test('every page gets the same Content-Security-Policy as an HTTP header, with frame-ancestors', () => {
	for (const path of sitemapPaths()) {
		const file = path === '/' ? 'index.html' : `${path.slice(1)}index.html`;
		const meta = readMetaCsp(readFileSync(join(DIST, file), 'utf8'));
		expect(meta, `${path} has a CSP meta tag`).toBeDefined();
		expect(meta).not.toContain("'unsafe-inline'");
		expect(rulesFor(path)).toContain(`Content-Security-Policy: ${toHeaderCsp(meta ?? '')}`);
	}
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

test('renamed articles get a real 301 on hosts that read _redirects', () => {
	expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toContain('/enable-whatsapp-in-icloud/ /turn-on-icloud-for-whatsapp/ 301');
});
