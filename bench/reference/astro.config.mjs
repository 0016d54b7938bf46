// @ts-check
// Reference site for `npm run bench`: default Starlight, default search, and the default sidebar, which
// Starlight autogenerates from every page. (An `autogenerate: { directory }` group cannot hold pages at the
// root of src/content/docs/, and the articles stay at the root so that both sites have the same URLs.)
// bench/compare-builds.ts (through to-starlight.ts) fills src/content/docs/ from our articles (real or synthetic) before each build.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	outDir: process.env.OUT_DIR ?? './dist',
	// Kept out of node_modules/.astro so no build reuses another one's content cache.
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	site: 'https://reference.example',
	integrations: [
		starlight({
			title: 'WhatsApp iCloud backup help',
		}),
	],
});
