// Astro config for building this site on a corpus other than content/ (the bench's synthetic articles).
// It is the project's own astro.config.mjs, unchanged, with one thing moved: the site-checks integration
// keeps every check it makes at build time (links of every page, permalinks), but reads and records its
// permalink registry in PERMALINKS_DIR instead of the repository's permalinks.json, which lists content/'s
// pages. Without this, every build of another corpus would fail: content/'s registered links are missing and
// the new articles are not registered. bench/builds.ts runs these builds with RECORD_PERMALINKS=1 and an empty
// PERMALINKS_DIR, so each build checks every link, finds every page new and writes the registry, the same
// work on every run.
import { pathToFileURL } from 'node:url';
import config from '../astro.config.mjs';

const dir = process.env.PERMALINKS_DIR;
if (!dir) throw new Error('bench/astro-corpus.config.mjs needs PERMALINKS_DIR.');
const registryRoot = pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`);

export default {
	...config,
	integrations: config.integrations.map((integration) => {
		const hook =
			integration.name === 'site-checks' ? integration.hooks['astro:config:done'] : undefined;
		if (!hook) return integration;
		return {
			...integration,
			hooks: {
				...integration.hooks,
				'astro:config:done': (params) =>
					hook({ ...params, config: { ...params.config, root: registryRoot } }),
			},
		};
	}),
};
