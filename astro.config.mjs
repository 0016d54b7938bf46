// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { hostFiles } from './src/integrations/host-files.ts';
import { islandImports } from './src/integrations/island-imports.ts';
import { quietBuild } from './src/integrations/quiet-build.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { preactInBrowser } from './src/integrations/preact-in-browser.ts';
import { ASTRO_CSP } from './src/lib/site/security.ts';
import { DEFAULT_SITE_URL } from './src/lib/site/site.ts';
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE } from './src/lib/i18n/locales.ts';

export default defineConfig({
	// OUT_DIR lets parallel checkouts build side by side; everyone else gets dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
	// Directory pages with a trailing slash resolve the same way on every static host.
	trailingSlash: 'always',
	// Stylesheets stay files: cacheable, and allowed by style-src 'self' without per-page hashes.
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// No article has code, and Shiki's inline styles would need 'unsafe-inline' in the CSP.
		syntaxHighlight: false,
		processor: satteri({
			// `## Step title {#step-id}` keeps step anchors stable when a heading is reworded.
			features: { headingAttributes: true },
			// An article imports each island it uses, so only its pages link the island's CSS.
			mdastPlugins: [islandImports],
		}),
	},
	// An article that is renamed keeps its old address here, so links already sent still land on it.
	// Static hosts get a redirect page for each; hosts that read `_redirects` also get a real 301.
	redirects: {
		'/enable-whatsapp-in-icloud/': '/turn-on-icloud-for-whatsapp/',
	},
	// Every page carries the policy from src/lib/site/security.ts in a <meta> tag, with hashes for Astro's own
	// inline scripts and styles; the build copies it into _headers.
	security: { csp: ASTRO_CSP },
	integrations: [
		mdx(),
		react(),
		// Each address lists the same page in the other languages (hreflang), as the pages' <head> does.
		sitemap({
			// The translation status page is for authors, not for search engines.
			filter: (page) => !page.endsWith('/translations/'),
			i18n: {
				defaultLocale: SOURCE_LOCALE,
				locales: Object.fromEntries(
					LOCALES.map((locale) => [locale, LOCALE_INFO[locale].htmlLang]),
				),
			},
		}),
		quietBuild(),
		siteChecks(),
		hostFiles(),
	],
	vite: { plugins: [preactInBrowser()] },
});
