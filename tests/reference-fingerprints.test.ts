import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { copiedRuns, runFingerprints } from '../src/lib/content/originality.ts';
import { readReferenceFingerprints } from './support/reference-texts.ts';

describe('readReferenceFingerprints', () => {
	test('holds every reference text the authors read, each with its runs', () => {
		const texts = readReferenceFingerprints();
		expect([...texts.keys()]).toEqual(
			expect.arrayContaining([
				'whatsapp-icloud-facts.md',
				'whatsapp-icloud-facts-v2.md',
				'apple-system-status.md',
				'field-guide-outline.md',
				'sources-policy.md',
				'kb-anchors.md',
			]),
		);
		for (const runs of texts.values()) expect(runs.size).toBeGreaterThan(100);
	});

	test('finds a copied run through the stored fingerprints, as the check over the build does', () => {
		const reference = 'one two three four five six seven eight nine ten eleven twelve';
		const file = join(mkdtempSync(join(tmpdir(), 'fingerprints-')), 'f.json');
		writeFileSync(file, JSON.stringify({ 'notes.md': [...runFingerprints(reference)].join(' ') }));
		const runs = readReferenceFingerprints(pathToFileURL(file)).get('notes.md');
		expect(runs && copiedRuns(`So: ${reference}!`, runs)).toEqual([
			'one two three four five six seven eight nine ten eleven twelve',
		]);
	});

	test('fails on a file with no reference texts, so the check can never pass by checking nothing', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'fingerprints-')), 'empty.json');
		writeFileSync(file, '{}');
		expect(() => readReferenceFingerprints(pathToFileURL(file))).toThrow(
			'holds no reference texts',
		);
	});
});
