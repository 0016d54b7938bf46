import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},
	projects: [
		// `npm run relevance` measures search quality against targets the ranking does not meet yet
		// (README, "Search"); it is its own project so that `npm test` stays a test of behaviour.
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'] },
			testIgnore: /search-relevance\.spec\.ts$/,
		},
		{
			name: 'relevance',
			use: { ...devices['Desktop Chrome'] },
			testMatch: /search-relevance\.spec\.ts$/,
		},
	],
	// Tests run against the built site, as a reader gets it; `npm test` builds before this runs.
	webServer: {
		// --ignore-lock: a preview the developer already has running (npm start) must not stop the tests.
		command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
