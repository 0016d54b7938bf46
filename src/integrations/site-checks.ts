import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	findBrokenLinks,
	fileToPath,
	readBuiltPage,
	type BuiltPage,
} from '../lib/site/link-checks.ts';
import { checkPermalinks } from '../lib/site/permalinks.ts';
import { listBuiltFiles } from './built-files.ts';

const REGISTRY = 'permalinks.json';

/** Read a finished build: HTML pages parsed for ids and links, every file by its site path. */
async function readBuild(
	dir: string,
): Promise<{ pages: Map<string, BuiltPage>; files: Set<string> }> {
	const pages = new Map<string, BuiltPage>();
	const files = new Set<string>();
	for (const file of await listBuiltFiles(dir)) {
		files.add(`/${file}`);
		if (!file.endsWith('.html')) continue;
		const path = fileToPath(file);
		const html = await readFile(join(dir, file), 'utf8');
		// Strings matched out of a page are V8 slices that keep the whole page's HTML alive: without the
		// copy, every built page stayed in memory until the check ended (about 80 MB per 2,000 pages).
		pages.set(path, structuredClone(readBuiltPage(path, html)));
	}
	return { pages, files };
}

async function readRegistry(root: string): Promise<string[]> {
	try {
		return JSON.parse(await readFile(join(root, REGISTRY), 'utf8')) as string[];
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new Error(`${REGISTRY} is not a JSON list of links: ${(error as Error).message}`, {
			cause: error,
		});
	}
}

/**
 * Fails `astro build` when a built page links to something missing, when a link in the permalink
 * registry stops resolving, or when a published page or step is missing from the registry.
 * With RECORD_PERMALINKS=1 it adds new links to the registry instead (`npm run permalinks`).
 */
export function siteChecks(): AstroIntegration {
	let root = '';
	return {
		name: 'site-checks',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { pages, files } = await readBuild(fileURLToPath(dir));
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
				if (problems.length > 0) {
					throw new Error(
						`The built site has broken or unregistered links:\n- ${problems.join('\n- ')}`,
					);
				}
				logger.info(
					`Checked the links of ${pages.size} pages and ${registry.length} registered permalinks.`,
				);
			},
		},
	};
}
