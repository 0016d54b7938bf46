import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageText, sharedRuns } from '../src/lib/originality';
import { DIST } from './site';

const REFERENCE_DIR = join(process.cwd(), '..', 'shared', 'reference');

// Runs over the built pages rather than in a browser: what is checked is the published wording.
test('no page repeats 10 or more consecutive words of the reference texts', () => {
	const references = readdirSync(REFERENCE_DIR, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.map((file) => ({ file, text: readFileSync(join(REFERENCE_DIR, file), 'utf8') }));
	expect(references.length).toBeGreaterThan(0);

	const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(10);
	const copied = pages.flatMap((page) => {
		const text = pageText(readFileSync(join(DIST, page), 'utf8'));
		return references.flatMap(({ file, text: reference }) => sharedRuns(text, reference).map((run) => `${page} repeats ${file}: "${run}"`));
	});
	expect(copied).toEqual([]);
});
