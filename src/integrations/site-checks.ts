import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, fileToPath, readBuiltPage, type BuiltPage } from '../lib/link-checks';

/** Read every file of a finished build: HTML pages parsed for ids and links, everything else by path. */
export async function readBuild(dir: string): Promise<{ pages: Map<string, BuiltPage>; files: Set<string> }> {
	const pages = new Map<string, BuiltPage>();
	const files = new Set<string>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = relative(dir, join(entry.parentPath, entry.name));
		const path = fileToPath(file);
		files.add(`/${file.replaceAll('\\', '/')}`);
		if (file.endsWith('.html')) pages.set(path, readBuiltPage(path, await readFile(join(dir, file), 'utf8')));
	}
	return { pages, files };
}

/** Fails `astro build` when a built page links to a page, file or step id that does not exist. */
export function siteChecks(): AstroIntegration {
	return {
		name: 'site-checks',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { pages, files } = await readBuild(fileURLToPath(dir));
				const problems = findBrokenLinks(pages, files);
				if (problems.length > 0) throw new Error(`Broken internal links:\n- ${problems.join('\n- ')}`);
				logger.info(`Checked the links of ${pages.size} pages.`);
			},
		},
	};
}
