import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, fileToPath, readBuiltPage, type BuiltPage } from '../lib/link-checks';
import { checkPermalinks } from '../lib/permalinks';
import { cspHeaderRules, readMetaCsp } from '../lib/headers';

const REGISTRY = 'permalinks.json';

/** Read every file of a finished build: HTML pages parsed for ids and links, everything else by path. */
export async function readBuild(dir: string): Promise<{ pages: Map<string, BuiltPage>; files: Set<string>; policies: Map<string, string> }> {
	const pages = new Map<string, BuiltPage>();
	const files = new Set<string>();
	const policies = new Map<string, string>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = relative(dir, join(entry.parentPath, entry.name));
		const path = fileToPath(file);
		files.add(`/${file.replaceAll('\\', '/')}`);
		if (!file.endsWith('.html')) continue;
		const html = await readFile(join(dir, file), 'utf8');
		// Strings matched out of a page are V8 slices that keep the whole page's HTML alive: without the
		// copies, every built page stayed in memory until the check ended (about 80 MB per 2,000 pages).
		pages.set(path, structuredClone(readBuiltPage(path, html)));
		const policy = readMetaCsp(html);
		if (policy) policies.set(path === '/404.html' ? '/404.html' : path, structuredClone(policy));
	}
	return { pages, files, policies };
}

async function readRegistry(root: string): Promise<string[]> {
	try {
		return JSON.parse(await readFile(join(root, REGISTRY), 'utf8')) as string[];
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new Error(`${REGISTRY} is not a JSON list of links: ${(error as Error).message}`);
	}
}

/**
 * Fails `astro build` when a built page links to something missing, when a link in the permalink
 * registry stops resolving, or when a published page or step is missing from the registry.
 * With RECORD_PERMALINKS=1 it adds new links to the registry instead (`npm run permalinks`).
 * Also writes `_redirects` from the config, for hosts that redirect with a real HTTP 301, and
 * appends each page's Content-Security-Policy to `_headers` so hosts send it as a header too.
 */
export function siteChecks(): AstroIntegration {
	let root = '';
	let redirects: Record<string, unknown> = {};
	return {
		name: 'site-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				redirects = config.redirects;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { pages, files, policies } = await readBuild(outDir);
				const problems = findBrokenLinks(pages, files);

				const registry = await readRegistry(root);
				const { broken, unregistered } = checkPermalinks(registry, pages, files);
				problems.push(...broken);
				if (unregistered.length > 0 && process.env['RECORD_PERMALINKS'] === '1') {
					const updated = [...new Set([...registry, ...unregistered])].sort();
					await writeFile(join(root, REGISTRY), `${JSON.stringify(updated, null, '\t')}\n`);
					logger.info(`Added ${unregistered.length} new links to ${REGISTRY}: commit it.`);
				} else if (unregistered.length > 0) {
					problems.push(
						`These pages or steps are published but not in ${REGISTRY}; run \`npm run permalinks\` and commit it:\n  ${unregistered.join('\n  ')}`,
					);
				}
				if (problems.length > 0) throw new Error(`The built site has broken or unregistered links:\n- ${problems.join('\n- ')}`);

				const rules = Object.entries(redirects).map(([from, to]) => `${from} ${typeof to === 'string' ? to : (to as { destination: string }).destination} 301`);
				await writeFile(join(outDir, '_redirects'), rules.length > 0 ? `${rules.join('\n')}\n` : '');
				await appendFile(join(outDir, '_headers'), `\n# Content-Security-Policy per page, from each page's <meta> tag.\n${cspHeaderRules(policies)}`);
				logger.info(`Checked the links of ${pages.size} pages and ${registry.length} registered permalinks.`);
			},
		},
	};
}
