import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, splitLocale, type Locale } from '../../src/lib/i18n/locales.ts';

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

/** The sitemap's pages in one language (English by default), as their English paths. */
function pathsIn(locale: Locale): { english: string; path: string }[] {
	return sitemapPaths().flatMap((path) => {
		const split = splitLocale(path);
		return split.locale === locale ? [{ english: split.path, path }] : [];
	});
}

/** Article pages of a language: the sitemap pages that are not one of the site's own pages or troubleshooter pages. */
export function articlePaths(locale: Locale = 'en'): string[] {
	const ownPages = new Set(['/', '/start-here/', '/errors/', '/search/', '/privacy/', '/desk/']);
	return pathsIn(locale)
		.filter(({ english }) => !ownPages.has(english) && !english.startsWith(TROUBLESHOOTER))
		.map(({ path }) => path);
}

/** Troubleshooter pages of a language: /troubleshoot/ and one page per node, as the sitemap lists them. */
export function troubleshooterPaths(locale: Locale = 'en'): string[] {
	return pathsIn(locale)
		.filter(({ english }) => english.startsWith(TROUBLESHOOTER))
		.map(({ path }) => path);
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

/** The languages the build published: those whose home page the sitemap lists. */
export function publishedLocales(): Locale[] {
	const paths = new Set(sitemapPaths().map((path) => splitLocale(path)));
	return LOCALES.filter((locale) =>
		[...paths].some((split) => split.locale === locale && split.path === '/'),
	);
}
