// `astro build` through Astro's own API, so a bench build can have its own cacheDir.
// The CLI has no cacheDir flag, and the default (node_modules/.astro) is shared by every
// worktree whose node_modules is a symlink to the same install: builds there reuse and
// overwrite each other's content-layer cache (data-store.json).
//
//   node bench/astro-build.mjs <root> <outDir> <cacheDir> [configFile]
//
// configFile defaults to the project's astro.config.mjs; the bench passes bench/astro-corpus.config.mjs for
// corpora other than content/ (see there why). Astro reads configFile relative to root.
import { isAbsolute, relative } from 'node:path';
import { build } from 'astro';

const [root, outDir, cacheDir, configFile] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
	console.error('usage: node bench/astro-build.mjs <root> <outDir> <cacheDir> [configFile]');
	process.exit(2);
}
try {
	await build({
		root,
		outDir,
		cacheDir,
		...(configFile
			? { configFile: isAbsolute(configFile) ? relative(root, configFile) : configFile }
			: {}),
		logLevel: process.env.BENCH_ASTRO_LOG ?? 'warn',
	});
	process.exit(0);
} catch (error) {
	console.error(error);
	process.exit(1);
}
