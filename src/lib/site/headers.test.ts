import { describe, expect, test } from 'vitest';
import {
	cspHeaderRules,
	cspProblems,
	forbidsFraming,
	headersForPath,
	parseHeadersFile,
	readMetaCsp,
	toHeaderCsp,
} from './headers.ts';

describe('readMetaCsp', () => {
	test('returns the policy of the page, with entities decoded', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;">`;
		expect(readMetaCsp(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
	});

	test('returns undefined for a page without one', () => {
		expect(readMetaCsp('<meta charset="utf-8">')).toBeUndefined();
	});
});

describe('cspHeaderRules', () => {
	test('returns one rule per page with frame-ancestors added', () => {
		expect(toHeaderCsp("default-src 'self';object-src 'none';")).toBe(
			"default-src 'self'; object-src 'none'; frame-ancestors 'none'",
		);
		expect(
			cspHeaderRules(
				new Map([
					['/b/', "default-src 'self'"],
					['/', "default-src 'none'"],
				]),
			),
		).toBe(
			"/\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n\n/b/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
		);
	});
});

describe('parseHeadersFile and headersForPath', () => {
	const file = [
		'# a comment',
		'/*',
		"  Content-Security-Policy: frame-ancestors 'none'",
		'  X-Content-Type-Options: nosniff',
		'',
		'/_astro/*',
		'  Cache-Control: immutable',
		'/a/',
		"  Content-Security-Policy: default-src 'self'",
		'/troubleshoot/:node/',
		'  X-Node: yes',
	].join('\n');

	test('a request gets every matching rule, a repeated header joined with a comma', () => {
		const rules = parseHeadersFile(file);
		expect(Object.fromEntries(headersForPath(rules, '/a/'))).toEqual({
			'content-security-policy': "frame-ancestors 'none', default-src 'self'",
			'x-content-type-options': 'nosniff',
		});
		expect(headersForPath(rules, '/no-such-page/').get('content-security-policy')).toBe(
			"frame-ancestors 'none'",
		);
		expect(headersForPath(rules, '/_astro/x.js').get('cache-control')).toBe('immutable');
		expect(headersForPath(rules, '/troubleshoot/wifi/').get('x-node')).toBe('yes');
		expect(headersForPath(rules, '/troubleshoot/a/b/').has('x-node')).toBe(false);
	});

	test('reads only what Cloudflare reads: 100 rules, lines of 2,000 characters', () => {
		const many = Array.from({ length: 101 }, (_, i) => `/p${i}/\n  X-Rule: ${i}\n`).join('\n');
		const rules = parseHeadersFile(many);
		expect(rules).toHaveLength(100);
		expect(headersForPath(rules, '/p100/').has('x-rule')).toBe(false);
		const long = parseHeadersFile(`/*\n  X-Long: ${'a'.repeat(2000)}\n  X-Short: b\n`);
		expect(Object.fromEntries(headersForPath(long, '/'))).toEqual({ 'x-short': 'b' });
	});

	test('a later rule for the same path replaces the earlier one', () => {
		const rules = parseHeadersFile('/*\n  X-A: 1\n/*\n  X-B: 2\n');
		expect(Object.fromEntries(headersForPath(rules, '/'))).toEqual({ 'x-b': '2' });
	});
});

describe('forbidsFraming', () => {
	test.each([
		["frame-ancestors 'none'", true],
		["default-src 'self', frame-ancestors 'none'", true],
		["default-src 'self'; FRAME-ANCESTORS 'none';", true],
		["frame-ancestors 'self'", false],
		["default-src 'none'", false],
		[undefined, false],
	])('%s → %s', (header, expected) => {
		expect(forbidsFraming(header)).toBe(expected);
	});
});

describe('cspProblems', () => {
	const headers = "/*\n  Content-Security-Policy: frame-ancestors 'none'\n";
	const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

	test('accepts files with a policy when _headers forbids framing everywhere', () => {
		expect(cspProblems(new Map([['a/index.html', "default-src 'self'"]]), headers, pathOf)).toEqual(
			[],
		);
	});

	test('names an HTML file without a policy', () => {
		expect(
			cspProblems(
				new Map([
					['old/index.html', undefined],
					['b/index.html', 'upgrade-insecure-requests'],
				]),
				headers,
				pathOf,
			),
		).toEqual([
			'old/index.html has no Content-Security-Policy <meta> tag with a default-src: a host without _headers would serve it with no policy.',
			'b/index.html has no Content-Security-Policy <meta> tag with a default-src: a host without _headers would serve it with no policy.',
		]);
	});

	test('names the pages and the 404 answer that _headers leaves open to framing', () => {
		const problems = cspProblems(
			new Map([['a/index.html', "default-src 'self'"]]),
			"/a/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
			pathOf,
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^_headers sends \/no-such-page\/ without .*frame-ancestors 'none'/,
		);
	});
});
