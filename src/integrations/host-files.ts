import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHeaderRules, readMetaCsp } from '../lib/site/headers.ts';
import { fileToPath } from '../lib/site/link-checks.ts';
import { completeRedirectPage, redirectRules, type RedirectTarget } from '../lib/site/redirects.ts';
import { SITE_LANG } from '../lib/site/site.ts';
import { listBuiltFiles } from './built-files.ts';

/**
 * Writes what static hosts read besides the pages: `_redirects` from the config's redirects (a real
 * HTTP 301 on Cloudflare Pages and Netlify), and each page's Content-Security-Policy appended to
 * `_headers`, so hosts send it as a header too. Also completes Astro's redirect pages, which lack an
 * `<html>` element.
 */
export function hostFiles(): AstroIntegration {
	let redirects: Record<string, RedirectTarget> = {};
	return {
		name: 'host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				redirects = config.redirects;
			},
			'astro:build:done': async ({ dir }) => {
				const outDir = fileURLToPath(dir);
				const policies = new Map<string, string>();
				for (const file of await listBuiltFiles(outDir)) {
					if (!file.endsWith('.html')) continue;
					const html = await readFile(join(outDir, file), 'utf8');
					const policy = readMetaCsp(html);
					if (policy) policies.set(fileToPath(file), policy);
					const complete = completeRedirectPage(html, SITE_LANG);
					if (complete !== html) await writeFile(join(outDir, file), complete);
				}
				await writeFile(join(outDir, '_redirects'), redirectRules(redirects));
				await appendFile(
					join(outDir, '_headers'),
					`\n# Content-Security-Policy per page, from each page's <meta> tag.\n${cspHeaderRules(policies)}`,
				);
			},
		},
	};
}
