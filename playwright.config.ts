import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const CI = Boolean(process.env['CI']);

// The `deploy` project runs the site and functions/ in the real Workers runtime (wrangler), which takes
// a minute or two. SKIP_DEPLOY_TESTS=1 leaves it out on a developer's machine; CI always runs it
// (docs/testing.md).
const SKIP_DEPLOY_TESTS = process.env['SKIP_DEPLOY_TESTS'] === '1';
if (CI && SKIP_DEPLOY_TESTS)
	throw new Error('SKIP_DEPLOY_TESTS=1 is for a developer’s machine: CI runs the deploy tests.');
const DEPLOY_SPECS = /-cloudflare\.spec\.ts$/;
const RELEVANCE_SPECS = /search-relevance\.spec\.ts$/;

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: CI,
	retries: 0,
	workers: 2,
	reporter: CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},
	projects: [
		// What a reader does and gets, against the built site: `npm run test:e2e`.
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'] },
			testIgnore: [DEPLOY_SPECS, RELEVANCE_SPECS],
		},
		// The deployment's own runtime, which spawns its own server: `npm run test:e2e` too.
		{
			name: 'deploy',
			use: { ...devices['Desktop Chrome'] },
			testMatch: SKIP_DEPLOY_TESTS ? [] : DEPLOY_SPECS,
		},
		// `npm run relevance` measures search quality against targets the ranking does not meet yet
		// (README, "Search"); it is its own project so that `npm test` stays a test of behaviour.
		{
			name: 'relevance',
			use: { ...devices['Desktop Chrome'] },
			testMatch: RELEVANCE_SPECS,
		},
	],
	// Tests run against the built site, as a reader gets it; `npm test` builds before this runs.
	webServer: {
		// --ignore-lock: a preview the developer already has running (npm start) must not stop the tests.
		command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !CI,
		timeout: 60_000,
	},
});
