import { describe, expect, test } from 'vitest';
import type { Change } from '../../schemas/article.ts';
import { stepsOf } from '../content/markdown.ts';
import { checkChanges, stepHash } from './changes.ts';

const step = (lines: string[], title = 'Start the backup') => ({ title, lines });

describe('stepHash', () => {
	test('stays the same when labels move from **bold** to <L> and paths gain an app, or a note is re-wrapped', () => {
		const before = step([
			'1. Tap **Back Up Now**.',
			'2. Go to <SettingsPath path="Settings > Chats > Chat Backup" />.',
			'<Callout type="note">',
			'\tKeep WhatsApp open until',
			'\tit finishes.',
			'</Callout>',
		]);
		const after = step([
			'1. Tap <L app="whatsapp">Back Up Now</L>.',
			'2. Go to <SettingsPath app="whatsapp" path="Settings > Chats > Chat Backup" />.',
			'<Callout type="note">',
			'\tKeep WhatsApp open until it finishes.',
			'</Callout>',
		]);
		expect(stepHash(after)).toBe(stepHash(before));
	});

	test.each([
		{ what: 'a reworded sentence', lines: ['1. Tap **Back Up Now** now.'] },
		{ what: 'another label', lines: ['1. Tap **Back Up Later**.'] },
		{ what: 'another link', lines: ['1. Tap **Back Up Now**, see [this](/other/).'] },
	])('changes with $what', ({ lines }) => {
		expect(stepHash(step(lines))).not.toBe(stepHash(step(['1. Tap **Back Up Now**.'])));
	});

	test('changes when the title is reworded', () => {
		const lines = ['1. Tap **Back Up Now**.'];
		expect(stepHash(step(lines, 'Back up'))).not.toBe(stepHash(step(lines, 'Start the backup')));
	});
});

const BODY = '## First step {#first}\n\n1. Tap **A**.\n\n## Second step {#second}\n\nDo B.\n';
const steps = stepsOf(BODY);
const hashes = Object.fromEntries(steps.map((s) => [s.id, stepHash(s)]));
const change = (
	date: string,
	stepHashes: Record<string, string>,
	summary = 'Checked.',
): Change => ({
	date: new Date(`${date}T00:00:00Z`),
	steps: stepHashes,
	summary,
});
const TODAY = new Date('2026-12-05T00:00:00Z');

describe('checkChanges', () => {
	test('accepts steps whose newest entries record their current text', () => {
		const changes = [
			change('2026-12-01', { second: hashes['second'] ?? '' }),
			change('2026-11-26', { first: hashes['first'] ?? '', second: '000000000000' }),
		];
		expect(checkChanges('a.mdx', 'a', steps, changes, TODAY)).toEqual([]);
	});

	test('names a step changed without an entry, with its line and the entry to add', () => {
		const changes = [
			change('2026-11-26', { first: hashes['first'] ?? '', second: '000000000000' }),
		];
		const problems = checkChanges('a.mdx', 'a', steps, changes, TODAY);
		expect(problems[0]).toBe(
			`a.mdx:5: the step "second" changed after its latest entry in changes (changes[0], 2026-11-26): its text hash is now ${hashes['second']}, the entry records 000000000000.`,
		);
		expect(problems[1]).toContain('`npm run changes:hashes -- a`');
		expect(problems[1]).toContain(
			`  - date: 2026-12-05\n    steps:\n      second: '${hashes['second']}'`,
		);
	});

	test('names a step that no entry mentions', () => {
		const changes = [change('2026-11-26', { first: hashes['first'] ?? '' })];
		expect(checkChanges('a.mdx', 'a', steps, changes, TODAY)[0]).toBe(
			'a.mdx:5: the step "second" has no entry in changes.',
		);
	});

	test('refuses an entry dated after the build day', () => {
		const changes = [change('2026-12-06', hashes)];
		expect(checkChanges('a.mdx', 'a', steps, changes, TODAY)).toEqual([
			'a.mdx: changes[0].date: 2026-12-06 is after today (2026-12-05); date an entry the day its change is made.',
		]);
	});

	test('wants entries newest first, one a day', () => {
		expect(
			checkChanges(
				'a.mdx',
				'a',
				steps,
				[change('2026-11-01', hashes), change('2026-11-26', hashes)],
				TODAY,
			),
		).toContain(
			'a.mdx: changes[1] (2026-11-26) is newer than changes[0] (2026-11-01); list changes newest first.',
		);
		expect(
			checkChanges(
				'a.mdx',
				'a',
				steps,
				[change('2026-11-26', hashes), change('2026-11-26', hashes)],
				TODAY,
			),
		).toContain('a.mdx: changes[0] and changes[1] are both dated 2026-11-26; make them one entry.');
	});

	test('accepts a step recorded as removed, and names one that is gone without such an entry', () => {
		const gone = [change('2026-11-26', { ...hashes, third: 'aaaaaaaaaaaa' })];
		expect(checkChanges('a.mdx', 'a', steps, gone, TODAY)).toEqual([
			'a.mdx: changes[0] names the step "third", which this article does not have. If the step was removed, add an entry with "third: removed"; if its id is misspelt, correct it.',
		]);
		const recorded = [change('2026-12-01', { third: 'removed' }), ...gone];
		expect(checkChanges('a.mdx', 'a', steps, recorded, TODAY)).toEqual([]);
	});
});
