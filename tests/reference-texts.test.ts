import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReferenceTexts } from './support/reference-texts.ts';

describe('readReferenceTexts', () => {
	test('reads every reference text in shared/reference, the newer ones included', () => {
		const files = readReferenceTexts().map(({ file }) => file);
		expect(files).toEqual(
			expect.arrayContaining([
				'whatsapp-icloud-facts.md',
				'whatsapp-icloud-facts-v2.md',
				'apple-system-status.md',
				'field-guide-outline.md',
				'sources-policy.md',
				'kb-anchors.md',
			]),
		);
	});

	test('reads Markdown in subfolders and leaves other files out', () => {
		const dir = mkdtempSync(join(tmpdir(), 'reference-'));
		mkdirSync(join(dir, 'more'));
		writeFileSync(join(dir, 'facts.md'), 'One fact.');
		writeFileSync(join(dir, 'more', 'notes.md'), 'A note.');
		writeFileSync(join(dir, 'feed.js'), 'data');
		expect(readReferenceTexts(dir)).toEqual([
			{ file: 'facts.md', text: 'One fact.' },
			{ file: join('more', 'notes.md'), text: 'A note.' },
		]);
	});

	test('fails when the folder is missing', () => {
		const missing = join(tmpdir(), 'no-such-reference-folder');
		expect(() => readReferenceTexts(missing)).toThrow(`The reference folder ${missing} is missing`);
	});

	test('fails when the folder holds no Markdown', () => {
		const dir = mkdtempSync(join(tmpdir(), 'reference-'));
		writeFileSync(join(dir, 'feed.js'), 'data');
		expect(() => readReferenceTexts(dir)).toThrow('holds no Markdown texts');
	});
});
