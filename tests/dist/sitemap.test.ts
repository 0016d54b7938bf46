import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { nodeHref } from '../../src/lib/troubleshooter/tree.ts';
import { DIST, builtHtmlFiles, sitemapPaths, troubleshooterPaths } from '../support/built-site.ts';

// The build refuses a page or step missing from permalinks.json (src/integrations/site-checks.ts);
// what it does not check is that search engines are told about every page.

test('the sitemap lists every built page, but no redirect and no page kept out of search engines', () => {
	const pages = builtHtmlFiles()
		.filter((file) => {
			const html = readFileSync(join(DIST, file), 'utf8');
			return !html.includes('http-equiv="refresh"') && !html.includes('name="robots" content="noindex"');
		})
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
	expect(pages.length).toBeGreaterThan(100);
	expect(sitemapPaths().sort()).toEqual(pages.sort());
});

test('the sitemap lists each troubleshooter node at its permanent address', () => {
	const tree = parse(readFileSync('content/troubleshooter.yaml', 'utf8')) as Record<string, unknown>;
	expect(troubleshooterPaths().sort()).toEqual(Object.keys(tree).map(nodeHref).sort());
	expect(troubleshooterPaths()).toContain('/troubleshoot/restore-fails/');
});
