import type { Plugin } from 'vite';

/**
 * React and React DOM for the browser bundle only, swapped for preact/compat.
 * Islands are written and server-rendered with React 19; in the browser the same components run on
 * Preact's React-compatible runtime. Measured with islands awake: 17.0 KB gzip of JavaScript on `/`
 * with Preact, 77.4 KB with react-dom, against a 19 KB budget (src/lib/site/budgets.ts). What this pairing
 * rules out, and the test that proves it holds, are in the README ("Islands").
 */
const BROWSER_ALIASES: Record<string, string> = {
	react: 'preact/compat',
	'react-dom': 'preact/compat',
	'react-dom/client': 'preact/compat/client',
	'react/jsx-runtime': 'preact/jsx-runtime',
	'react/jsx-dev-runtime': 'preact/jsx-runtime',
};

export function preactInBrowser(): Plugin {
	return {
		name: 'preact-in-browser',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		async resolveId(source, importer, options) {
			const alias = BROWSER_ALIASES[source];
			if (!alias) return null;
			return this.resolve(alias, importer, { ...options, skipSelf: true });
		},
	};
}
