import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

// Three projects, so that the inner loop (`npm run test:watch`: the `unit` project) never waits for a
// build or a server. `npm run test:unit` runs all three with coverage; docs/testing.md has the map.
const BUILDS = ['tests/broken-article.test.ts', 'tests/broken-troubleshooter.test.ts'];
const API = ['src/api/**/*.test.ts', 'tests/feedback-server*.test.ts'];

export default getViteConfig({
	test: {
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			exclude: ['src/lib/**/*.test.ts'],
			reporter: ['text-summary', 'html'],
			thresholds: { lines: 85, branches: 80 },
		},
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// Pure modules and in-process renders: no build, no server, no child process.
					include: ['src/**/*.test.ts', 'tests/*.test.ts'],
					// tests/dist/ reads a finished build: `npm run test:dist` runs it after `npm run build`.
					exclude: [...configDefaults.exclude, ...BUILDS, ...API],
					// Pure modules keep no state between test files, so each worker runs many files in one
					// module graph instead of a fresh one per file: about a third of the CPU time.
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'build',
					// Each file runs `astro build` on a broken fixture and reads what the author is told.
					include: BUILDS,
				},
			},
			{
				extends: true,
				test: {
					name: 'api',
					// The /api side over real HTTP, SQLite files and spawned `npm run api` processes.
					include: API,
				},
			},
		],
	},
});
