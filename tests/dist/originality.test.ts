import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copiedRuns, pageText } from '../../src/lib/content/originality.ts';
import { DIST, builtHtmlFiles } from '../support/built-site.ts';
import { readReferenceFingerprints } from '../support/reference-texts.ts';

// Every built page in every language, against every reference text: seconds of hashing, more on a busy machine.
const TIMEOUT_MS = 60_000;

// Runs over the built pages: what is checked is the published wording, against every reference text.
test('no page repeats 10 or more consecutive words of any reference text', { timeout: TIMEOUT_MS }, () => {
	const references = readReferenceFingerprints();
	const pages = builtHtmlFiles();
	expect(pages.length).toBeGreaterThan(10);
	const copied = pages.flatMap((page) => {
		const text = pageText(readFileSync(join(DIST, page), 'utf8'));
		return [...references].flatMap(([file, runs]) =>
			copiedRuns(text, runs).map((run) => `${page} repeats ${file}: "${run}"`),
		);
	});
	expect(copied).toEqual([]);
});
