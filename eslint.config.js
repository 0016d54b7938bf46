// @ts-check
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
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
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/require-await': 'off',
		},
	},
	{
		// Playwright reads which fixtures a fixture needs from its first parameter: `{}` says none.
		files: ['e2e/**/*.ts'],
		rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
	},
	prettier,
);
