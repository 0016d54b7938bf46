// @ts-check
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import eslintReact from '@eslint-react/eslint-plugin';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'coverage/',
			'test-results/',
			'playwright-report/',
			'bench/.work/',
			'bench/reference/',
			'bench/tools/',
			'tests/fixtures/',
		],
	},
	eslint.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: { projectService: true, extraFileExtensions: ['.astro'] },
		},
		rules: {
			// "No source file over 350 lines", counted as `wc -l` counts them: a file that grows past it has
			// more than one job.
			'max-lines': ['error', { max: 350 }],
			// `const { omitted, ...rest } = value` is how a copy without one key is written, and a leading
			// underscore names a parameter a default callback has to accept but does not use.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, argsIgnorePattern: '^_' },
			],
		},
	},
	astro.configs['flat/recommended'],
	{
		// astro-eslint-parser has no projectService, and without it the types of `astro:content` and
		// other virtual modules don't resolve; `astro check` type-checks .astro files instead.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false } },
		extends: [tseslint.configs.disableTypeChecked],
	},
	{
		// Plain JavaScript (configs, bench scripts) has no types to check against.
		files: ['**/*.{js,mjs,cjs}'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	{
		// Vitest's asymmetric matchers (expect.objectContaining, expect.any) are typed `any`, and test
		// doubles implement async interfaces without having anything to await.
		files: ['**/*.test.ts'],
		rules: {
			// A test file grows with cases, not with jobs: the product code's line cap does not apply.
			'max-lines': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/require-await': 'off',
		},
	},
	{
		// Islands: React's own rules (keys, hooks, …). The React APIs that the React-on-server,
		// Preact-in-browser pairing cannot honour are banned here, not in prose (docs/architecture.md).
		files: ['src/islands/**/*.tsx'],
		extends: [eslintReact.configs['recommended-typescript'], reactHooks.configs.flat.recommended],
		rules: {
			// Islands render on the server without the browser's address, locale or clock, and must hydrate
			// to exactly the server's markup (e2e/hydration.spec.ts): they read those in an effect after
			// hydration and set state once, on purpose, then set data-ready.
			'react-hooks/set-state-in-effect': 'off',
			'@eslint-react/set-state-in-effect': 'off',
			// The lists keyed by position (a menu path's places, an event without an id) never reorder.
			'@eslint-react/no-array-index-key': 'off',
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'react',
							importNames: ['useId'],
							message:
								'preact/compat makes its own ids on hydration, so a label would point at nothing: build ids from a prop.',
						},
						{
							name: 'react',
							importNames: ['use', 'useActionState', 'useOptimistic'],
							message: 'React 19-only: preact/compat, which runs islands in the browser, lacks it.',
						},
						{
							name: 'react-dom',
							importNames: ['useFormStatus'],
							message: 'React 19-only: preact/compat, which runs islands in the browser, lacks it.',
						},
					],
				},
			],
		},
	},
	{
		// src/lib is framework-free: the build, the /api side, the browser and the tests all run it.
		// What needs Astro (astro/zod schemas, collections) lives in src/schemas/ and src/pages/.
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(astro(:.*|/.*)?|@astrojs/.*)$',
							message:
								'src/lib is framework-free: move code that needs Astro to src/schemas/ or src/pages/.',
						},
					],
				},
			],
		},
	},
	{
		// Playwright reads which fixtures a fixture needs from its first parameter: `{}` says none.
		files: ['e2e/**/*.ts'],
		rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
	},
	prettier,
);
