import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to test with: CHROMIUM_PATH if set, else Playwright's own download, else Debian's.
 * Playwright cannot download browsers on every machine, so the system browser is a first-class fallback.
 */
export function findChromium(): string {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no browser is there.`);
		return fromEnv;
	}
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	throw new Error(
		'No Chromium found for the end-to-end tests. Install one with `npx playwright install chromium`, ' +
			'or `sudo apt-get install chromium` on Debian/Ubuntu, or set CHROMIUM_PATH to a Chromium binary.',
	);
}

/** Flags that keep a headless Chromium from reaching out to the network on its own. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];
