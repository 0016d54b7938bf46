import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder the site under test was built into. */
export const DIST = process.env['OUT_DIR'] ?? 'dist';

/** Every page path the built sitemap lists (the 404 page is never in a sitemap). */
export function sitemapPaths(): string[] {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1] ?? '').pathname,
	);
	if (paths.length === 0)
		throw new Error(`No pages in ${DIST}/sitemap-0.xml: build the site first.`);
	return paths;
}

const TROUBLESHOOTER = '/troubleshoot/';

/** Article pages: the sitemap pages that are not one of the site's own pages or troubleshooter pages. */
export function articlePaths(): string[] {
	const ownPages = new Set(['/', '/start-here/', '/errors/', '/search/', '/privacy/']);
	return sitemapPaths().filter(
		(path) =>
			!ownPages.has(path) && !path.startsWith(TROUBLESHOOTER) && !deskPaths().includes(path),
	);
}

/** The agent's desk in each language: /desk/, /es/desk/ … */
function deskPaths(): string[] {
	return sitemapPaths().filter((path) => /^\/(?:[a-z-]+\/)?desk\/$/.test(path));
}

/** Troubleshooter pages: /troubleshoot/ and one page per node, as the sitemap lists them. */
export function troubleshooterPaths(): string[] {
	return sitemapPaths().filter((path) => path.startsWith(TROUBLESHOOTER));
}

/** The built HTML file of a page path: "/" → "index.html", "/a/" → "a/index.html". */
export function pageFile(path: string): string {
	return path === '/' ? 'index.html' : `${path.slice(1)}index.html`;
}

/** Every HTML file of the build, relative to DIST. */
export function builtHtmlFiles(): string[] {
	return readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	);
}
