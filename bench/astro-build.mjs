// `astro build` through Astro's own API, so a bench build can have its own cacheDir.
// The CLI has no cacheDir flag, and the default (node_modules/.astro) is shared by every
// worktree whose node_modules is a symlink to the same install: builds there reuse and
// overwrite each other's content-layer cache (data-store.json).
//
//   node bench/astro-build.mjs <root> <outDir> <cacheDir>
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
	console.error('usage: node bench/astro-build.mjs <root> <outDir> <cacheDir>');
	process.exit(2);
}
try {
	await build({ root, outDir, cacheDir, logLevel: process.env.BENCH_ASTRO_LOG ?? 'warn' });
	process.exit(0);
} catch (error) {
	console.error(error);
	process.exit(1);
}
