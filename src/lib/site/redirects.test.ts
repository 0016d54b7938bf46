import { describe, expect, test } from 'vitest';
import { readMetaCsp } from './headers.ts';
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
		expect(page).toMatch(/^<!doctype html>\n<html lang="en">\n<meta [^>]+>\n<title>/);
		expect(page.trimEnd()).toMatch(/<\/body>\n<\/html>$/);
		expect(page.match(/<!doctype html>/gi)).toHaveLength(1);
		expect(page).toContain('<meta http-equiv="refresh" content="0;url=/new/">');
	});

	test('gives the page a policy that allows nothing, before anything it would govern', () => {
		const page = completeRedirectPage(astroPage, 'en');
		expect(readMetaCsp(page)).toBe("default-src 'none'; base-uri 'none'; form-action 'none'");
		expect(page.indexOf('content-security-policy')).toBeLessThan(page.indexOf('<title>'));
	});

	test('leaves a complete page as it is', () => {
		const complete = '<!doctype html><html lang="en"><body></body></html>';
		expect(completeRedirectPage(complete, 'en')).toBe(complete);
	});
});
