import react from '@astrojs/react';
import { getViteConfig } from 'astro/config';
import { configDefaults, defineConfig } from 'vitest/config';

// Four projects, so that the inner loop (`npm run test:watch`: the `unit` project) never waits for
// Astro's Vite plugins, a build, a linter run or a server. `npm run test:unit` runs them all with
// coverage; docs/testing.md has the map.
const COMPONENTS = ['src/components/**/*.test.ts'];
const FIXTURES = [
	'tests/broken-article.test.ts',
	'tests/broken-troubleshooter.test.ts',
	'tests/lint.test.ts',
];
const API = ['src/api/**/*.test.ts', 'tests/feedback-server*.test.ts', 'tests/api-*.test.ts'];

export default defineConfig({
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
					// Pure modules, and React views rendered to strings: no build, no server, no child process.
					include: [
						'src/**/*.test.ts',
						'scripts/**/*.test.ts',
						'bench/**/*.test.ts',
						'tests/*.test.ts',
					],
					// tests/dist/ reads a finished build: `npm run test:dist` runs it after `npm run build`.
					exclude: [...configDefaults.exclude, ...COMPONENTS, ...FIXTURES, ...API],
					// Pure modules keep no state between test files, so each worker runs many files in one
					// module graph instead of a fresh one per file: about a third of the CPU time.
					isolate: false,
				},
			},
			// .astro components rendered in-process with Astro's container API, which needs Astro's Vite
			// plugins: they alone cost about as much CPU as the whole unit project. The React integration
			// renders the islands the components place.
			getViteConfig(
				{ test: { name: 'components', include: COMPONENTS } },
				{ configFile: false, logLevel: 'error', integrations: [react()] },
			),
			{
				extends: true,
				test: {
					name: 'fixtures',
					// Each file runs a tool (astro build, ESLint, tsc, knip) over broken fixtures in
					// tests/fixtures/ and reads what the author is told.
					include: FIXTURES,
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
