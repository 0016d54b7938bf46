// Adds reference texts to the originality check: `npm run originality:add -- <file> [<file> …]`.
// Each file (Markdown or plain text: a fact sheet, an official page saved as text, in any language) is
// stored as fingerprints of its 10-word runs under its file name, replacing an earlier entry of that name.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runFingerprints } from '../src/lib/content/originality.ts';

const FILE = new URL('../tests/fixtures/reference-fingerprints.json', import.meta.url);
const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('Name the reference texts to add: npm run originality:add -- <file> [<file> …]');
	process.exit(1);
}
const stored = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
for (const file of files) {
	const runs = [...runFingerprints(readFileSync(file, 'utf8'))].sort();
	stored[basename(file)] = runs.join(' ');
	console.log(`${basename(file)}: ${runs.length} runs`);
}
const sorted = Object.fromEntries(Object.entries(stored).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(FILE, `${JSON.stringify(sorted, null, '\t')}\n`);
