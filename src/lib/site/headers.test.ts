import { describe, expect, test } from 'vitest';
import { cspHeaderRules, readMetaCsp, toHeaderCsp } from './headers.ts';

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
