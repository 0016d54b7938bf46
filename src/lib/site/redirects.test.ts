import { describe, expect, test } from 'vitest';
import { completeRedirectPage, redirectRules } from './redirects.ts';

describe('redirectRules', () => {
	test('writes a permanent redirect for an address given as a string', () => {
		expect(redirectRules({ '/old/': '/new/' })).toBe('/old/ /new/ 301\n');
	});

	test('keeps the status of a redirect given with one', () => {
		expect(
			redirectRules({ '/a/': { destination: '/b/', status: 302 }, '/c/': { destination: '/d/' } }),
		).toBe('/a/ /b/ 302\n/c/ /d/ 301\n');
	});

	test('writes an empty file when nothing was renamed', () => {
		expect(redirectRules({})).toBe('');
	});
});

describe('completeRedirectPage', () => {
	const astroPage =
		'<!doctype html>\n<title>Redirecting to: /new/</title>\n<meta http-equiv="refresh" content="0;url=/new/">\n<body><a href="/new/">Redirecting</a></body>';

	test('wraps a page without an <html> element in one, with the language', () => {
		const page = completeRedirectPage(astroPage, 'en');
		expect(page).toMatch(/^<!doctype html>\n<html lang="en">\n<title>/);
		expect(page.trimEnd()).toMatch(/<\/body>\n<\/html>$/);
		expect(page.match(/<!doctype html>/gi)).toHaveLength(1);
		expect(page).toContain('<meta http-equiv="refresh" content="0;url=/new/">');
	});

	test('leaves a complete page as it is', () => {
		const complete = '<!doctype html><html lang="en"><body></body></html>';
		expect(completeRedirectPage(complete, 'en')).toBe(complete);
	});
});
