import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Fingerprints of the reference texts the site's wording must not repeat: the fact sheets and official
 * pages the authors read (see docs/authoring.md). Kept as fingerprints of 10-word runs so the repository
 * checks against them without holding their text; `npm run originality:add -- <file>` adds one.
 */
const FINGERPRINTS_FILE = new URL('../fixtures/reference-fingerprints.json', import.meta.url);

const fingerprintsFile = z.record(z.string(), z.string());

/** Each reference text's name and the fingerprints of its runs. */
export function readReferenceFingerprints(file: URL = FINGERPRINTS_FILE): Map<string, Set<string>> {
	const parsed = fingerprintsFile.parse(JSON.parse(readFileSync(file, 'utf8')));
	const texts = new Map(
		Object.entries(parsed).map(([name, runs]) => [name, new Set(runs.split(' '))]),
	);
	if (texts.size === 0) throw new Error(`${file.pathname} holds no reference texts.`);
	return texts;
}
