import { describe, expect, test } from 'vitest';
import { checkStepSources, hasInstructions, stepSourceLine } from './step-sources.ts';

const sources = [
	{
		title: 'WhatsApp Help Center: restore',
		url: 'https://faq.whatsapp.com/1/',
		kind: 'official' as const,
	},
	{ title: 'BGR India: a guide (2023)', url: 'https://www.bgr.in/x/', kind: 'press' as const },
];
const body =
	'## Restore {#restore}\n\n1. Delete WhatsApp.\n\n## More {#more}\n\nSee [Encrypted backups](/encrypted-backups/).\n';

describe('checkStepSources', () => {
	test('refuses a step with instructions and no source, naming file and step', () => {
		expect(
			checkStepSources('a.mdx', body, { sources, stepSources: {}, dataLossSteps: [] }),
		).toEqual([
			'a.mdx:1: the step "restore" ("Restore") gives instructions but names no source. Add it to stepSources with the numbers of the sources it rests on, e.g. "stepSources: { restore: [1] }".',
		]);
	});
	test('accepts a step that only links to other articles without a source', () => {
		expect(
			checkStepSources('a.mdx', body, {
				sources,
				stepSources: { restore: [1] },
				dataLossSteps: [],
			}),
		).toEqual([]);
	});
	test('refuses a source number the article does not have and an unknown step', () => {
		expect(
			checkStepSources('a.mdx', body, {
				sources,
				stepSources: { restore: [3], gone: [1] },
				dataLossSteps: ['nope'],
			}),
		).toHaveLength(3);
	});
});

const PHRASES = { press: 'a press report', 'first-hand': 'a first-hand report' };

describe('stepSourceLine', () => {
	test('returns "Source:" with the publisher when an official page backs the step', () => {
		expect(stepSourceLine(sources, [1, 2], PHRASES)).toEqual({
			official: true,
			links: [{ label: 'WhatsApp Help Center', url: 'https://faq.whatsapp.com/1/' }],
		});
	});
	test('returns "Based on:" the publisher, the kind of report and its year otherwise', () => {
		expect(stepSourceLine(sources, [2], PHRASES)).toEqual({
			official: false,
			links: [{ label: 'BGR India, a press report, 2023', url: 'https://www.bgr.in/x/' }],
		});
	});
	test('returns undefined for a step without sources', () => {
		expect(stepSourceLine(sources, undefined, PHRASES)).toBeUndefined();
	});
	test.each([
		{ lines: ['See [X](/x/).'], expected: false },
		{ lines: ['1. Tap Delete.'], expected: true },
		{ lines: ['<Callout>', '- [A](#a)', '</Callout>'], expected: false },
	])('hasInstructions($lines) returns $expected', ({ lines, expected }) => {
		expect(hasInstructions(lines)).toBe(expected);
	});
});
