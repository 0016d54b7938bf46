import { mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { islandImports } from './island-imports.ts';

/** The import lines of the compiled module for an article body. */
const importsOf = (code: string) => code.split('\n').filter((line) => line.startsWith('import '));
const islandImportsOf = async (body: string) =>
	importsOf((await mdxToJs(body, { mdastPlugins: [islandImports] })).code).filter((line) =>
		line.includes('/components/'),
	);

test('an article imports each island it uses once, wherever it is written', async () => {
	const body = [
		'# Check',
		'',
		'<StorageCheck />',
		'',
		'<Callout type="note">Or here: <StorageCheck id="again" /> and <ICloudStatus /></Callout>',
	].join('\n');
	expect(await islandImportsOf(body)).toEqual([
		expect.stringMatching(/^import StorageCheck from ".*\/src\/components\/StorageCheck\.astro";$/),
		expect.stringMatching(/^import ICloudStatus from ".*\/src\/components\/ICloudStatus\.astro";$/),
	]);
});
