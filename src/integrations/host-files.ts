import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHeaderRules, cspProblems, readMetaCsp } from '../lib/site/headers.ts';
import { fileToPath } from '../lib/site/link-checks.ts';
import { staticImports, withModulePreloads } from '../lib/site/module-preloads.ts';
import { completeRedirectPage, redirectRules, type RedirectTarget } from '../lib/site/redirects.ts';
import { SITE_LANG } from '../lib/site/site.ts';
import { LOCALES, LOCALE_INFO, SOURCE_LOCALE } from '../lib/i18n/locales.ts';
import { listBuiltFiles } from './built-files.ts';

/**
 * Writes what static hosts read besides the pages: `_redirects` from the config's redirects (a real
 * HTTP 301 on Cloudflare Pages and Netlify), and each page's Content-Security-Policy appended to
 * `_headers`, so hosts send it as a header too. Also completes Astro's redirect pages, which lack an
 * `<html>` element and a policy, and has every page preload its module scripts and what they import
 * (module-preloads.ts). Fails the build when an HTML file has no <meta> policy, or when `_headers` leaves a
 * page or the 404 answer open to framing.
 */
export function hostFiles(): AstroIntegration {
	let redirects: Record<string, RedirectTarget> = {};
	return {
		name: 'host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				redirects = config.redirects;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const notFoundPages = await moveLocaleNotFoundPages(outDir);
				const policies = new Map<string, string>();
				const filePolicies = new Map<string, string | undefined>();
				const files = await listBuiltFiles(outDir);
				const imports = await moduleImports(outDir, files);
				const importsOf = (path: string) => imports.get(path) ?? [];
				for (const file of files) {
					if (!file.endsWith('.html')) continue;
					const built = await readFile(join(outDir, file), 'utf8');
					const html = withModulePreloads(completeRedirectPage(built, SITE_LANG), importsOf);
					if (html !== built) await writeFile(join(outDir, file), html);
					const policy = readMetaCsp(html);
					filePolicies.set(file, policy);
					if (policy) policies.set(fileToPath(file), policy);
				}
				// Netlify serves only the root 404.html by itself; each language's goes with a rule of its own
				// (Cloudflare Pages finds /<lang>/404.html by walking up from the missing address).
				await writeFile(
					join(outDir, '_redirects'),
					redirectRules(redirects) +
						notFoundPages.map((prefix) => `${prefix}/* ${prefix}/404.html 404\n`).join(''),
				);
				const headersFile = join(outDir, '_headers');
				await appendFile(
					headersFile,
					`\n# Content-Security-Policy per page, from each page's <meta> tag.\n${cspHeaderRules(policies)}`,
				);
				const problems = cspProblems(filePolicies, await readFile(headersFile, 'utf8'), fileToPath);
				if (problems.length > 0)
					throw new Error(
						`Some answers of the built site would go out without their Content-Security-Policy:\n- ${problems.join('\n- ')}`,
					);
				logger.info(
					`Checked the Content-Security-Policy of ${filePolicies.size} HTML files and of the 404 answer.`,
				);
			},
		},
	};
}

/** The static imports of each JavaScript module the build wrote, by its address. */
async function moduleImports(outDir: string, files: readonly string[]) {
	const modules = files.filter((file) => file.endsWith('.js'));
	return new Map(
		await Promise.all(
			modules.map(async (file): Promise<[string, string[]]> => {
				const path = fileToPath(file);
				return [path, await staticImports(await readFile(join(outDir, file), 'utf8'), path)];
			}),
		),
	);
}

/**
 * Astro builds `/<lang>/404` as `/<lang>/404/index.html`; static hosts look for `/<lang>/404.html`, as for
 * the root one. Returns the prefixes that have one.
 */
async function moveLocaleNotFoundPages(outDir: string): Promise<string[]> {
	const moved: string[] = [];
	for (const locale of LOCALES) {
		if (locale === SOURCE_LOCALE) continue;
		const prefix = LOCALE_INFO[locale].prefix;
		const built = join(outDir, prefix, '404', 'index.html');
		try {
			await rename(built, join(outDir, prefix, '404.html'));
		} catch {
			continue;
		}
		await rm(join(outDir, prefix, '404'), { recursive: true });
		moved.push(prefix);
	}
	return moved;
}
