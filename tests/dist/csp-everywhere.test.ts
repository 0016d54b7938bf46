import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	forbidsFraming,
	headersForPath,
	parseHeadersFile,
	readMetaCsp,
} from '../../src/lib/site/headers.ts';
import { fileToPath } from '../../src/lib/site/link-checks.ts';
import { DIST, builtHtmlFiles } from '../support/built-site.ts';

// `_headers` as Cloudflare Pages reads it: past its limits, rules and lines are dropped without an error.
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** The Content-Security-Policy header a host that reads `_headers` sends for a request path. */
const headerCsp = (path: string) => headersForPath(rules, path).get('content-security-policy');

describe('every HTML file of the build', () => {
	test.each(builtHtmlFiles())(
		'%s carries the policy in a <meta> tag, for hosts without _headers',
		(file) => {
			const policy = readMetaCsp(readFileSync(join(DIST, file), 'utf8'));
			expect(policy, `${file} has a CSP meta tag`).toMatch(/(^|;)\s*default-src '(self|none)'/);
			expect(policy).not.toContain("'unsafe-inline'");
		},
	);

	test.each(builtHtmlFiles().map(fileToPath))(
		'%s is sent with frame-ancestors none by hosts that read _headers',
		(path) => {
			expect(forbidsFraming(headerCsp(path)), headerCsp(path)).toBe(true);
		},
	);
});

describe('answers at addresses the build never wrote', () => {
	test.each(['/no-such-page/', '/troubleshoot/nope/', '/restart-iphone/nope', '/x.html'])(
		'the 404 answer at %s cannot be framed',
		(path) => {
			expect(forbidsFraming(headerCsp(path)), headerCsp(path)).toBe(true);
		},
	);
});
