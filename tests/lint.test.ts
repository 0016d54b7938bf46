import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// What `npm run lint` refuses, proved on small fixtures: each would pass `astro check` and the
// build, and each has reached main before.
const fixture = (path: string) => fileURLToPath(new URL(`fixtures/lint/${path}`, import.meta.url));

/** The project's ESLint rules for a file at `filePath`, without type information (none is needed). */
async function lintAs(filePath: string, code: string) {
	const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

// Loading ESLint's plugins and TypeScript's libraries takes seconds on a busy machine.
describe('npm run lint', { timeout: 60_000 }, () => {
	test('refuses a React API in an island that Preact cannot run in the browser', async () => {
		const messages = await lintAs(
			'src/islands/Fixture.tsx',
			"import { useId } from 'react';\nexport const Field = () => <input id={useId()} />;\n",
		);
		expect(messages).toContainEqual({
			ruleId: 'no-restricted-imports',
			message: expect.stringContaining('preact/compat makes its own ids') as string,
		});
	});

	test('refuses an Astro import in src/lib, which must stay framework-free', async () => {
		const messages = await lintAs(
			'src/lib/site/fixture.ts',
			"import { z } from 'astro/zod';\nexport const schema = z.string();\n",
		);
		expect(messages).toContainEqual({
			ruleId: 'no-restricted-imports',
			message: expect.stringContaining('src/lib is framework-free') as string,
		});
	});

	test('refuses a duplicate JSX attribute: its type check (tsc) reports TS17001', () => {
		const file = fixture('duplicate-attribute.tsx');
		const { config } = ts.readConfigFile('tsconfig.json', (path) => ts.sys.readFile(path));
		const { options } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
		const program = ts.createProgram([file], { ...options, noEmit: true });
		const codes = ts.getPreEmitDiagnostics(program).map((diagnostic) => diagnostic.code);
		expect(codes).toContain(17001);
	});

	test('refuses an export nobody imports (knip), naming it', () => {
		const run = spawnSync('node_modules/.bin/knip', ['--directory', fixture('unused-export')], {
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/Unused exports[\s\S]*forgotten/);
	});
});
