import { test as base, expect } from '@playwright/test';
import { collectErrors, serveStatusRelay, watchSecurity } from './site';

export { expect };

interface Options {
	/**
	 * `healthy` (the default) answers `/api/icloud-status` as a deployed relay would; `not-deployed`
	 * leaves it to the preview server, as on a static host. Specs that route the sources themselves
	 * use `not-deployed`.
	 */
	statusRelay: 'healthy' | 'not-deployed';
}

interface PageWatch {
	/**
	 * Console errors and uncaught exceptions. A test that provokes one on purpose removes it from
	 * this list; anything left fails the test.
	 */
	consoleErrors: string[];
	/** Content Security Policy violations; any fails the test. */
	cspViolations: string[];
	/** Requests to hosts other than the site's own and Apple's status feed; any fails the test. */
	foreignRequests: string[];
}

/**
 * Playwright's `test`, watching every page for what a reader must never get: console errors, CSP
 * violations and requests to other hosts. Each spec imports `test` and `expect` from here.
 */
interface Internal {
	relay: void;
	security: Awaited<ReturnType<typeof watchSecurity>>;
}

/** Take the console errors a test provokes on purpose out of `consoleErrors`, and return them. */
export function takeConsoleErrors(consoleErrors: string[], pattern: RegExp): string[] {
	const taken = consoleErrors.filter((text) => pattern.test(text));
	consoleErrors.splice(
		0,
		consoleErrors.length,
		...consoleErrors.filter((text) => !pattern.test(text)),
	);
	return taken;
}

export const test = base.extend<Options & PageWatch & Internal>({
	statusRelay: ['healthy', { option: true }],
	relay: [
		async ({ page, statusRelay }, use) => {
			if (statusRelay === 'healthy') await serveStatusRelay(page);
			await use();
		},
		{ auto: true },
	],
	consoleErrors: [
		async ({ page }, use) => {
			const errors = collectErrors(page);
			await use(errors);
			expect(errors, 'console errors and uncaught exceptions').toEqual([]);
		},
		{ auto: true },
	],
	security: async ({ page, baseURL }, use) => {
		await use(await watchSecurity(page, baseURL ?? ''));
	},
	cspViolations: [
		async ({ security }, use) => {
			await use(security.violations);
			expect(security.violations, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true },
	],
	foreignRequests: [
		async ({ security }, use) => {
			await use(security.foreignRequests);
			expect(security.foreignRequests, 'requests to other hosts').toEqual([]);
		},
		{ auto: true },
	],
});
