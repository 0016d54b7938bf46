import { describe, expect, test } from 'vitest';
import { ArticleSchema } from './article.ts';

const valid = {
	title: 'Turn on iCloud for WhatsApp',
	description: 'WhatsApp can only back up when iCloud Drive is on and WhatsApp may use iCloud.',
	kind: 'fix',
	order: 2,
	risk: 'safe',
	minutes: 3,
	appliesTo: ['iOS 15.5 and later'],
	lastVerified: '2026-11-26',
	errors: [
		{
			id: 'icloud-drive-is-off',
			message: 'iCloud Drive is off',
			where: 'whatsapp',
			step: 'turn-on-icloud-drive',
			exact: false,
		},
	],
	sources: [
		{
			title: 'Apple Support 102119',
			url: 'https://support.apple.com/en-ae/102119',
			kind: 'official',
		},
	],
};

/** The first problem zod reports, as "field: message". */
function firstProblem(data: unknown): string | undefined {
	const result = ArticleSchema.safeParse(data);
	if (result.success) return undefined;
	const issue = result.error.issues[0];
	return `${issue?.path.join('.')}: ${issue?.message}`;
}

describe('ArticleSchema', () => {
	test('accepts a complete article and fills in defaults', () => {
		const { errors, ...withoutErrors } = valid;
		const parsed = ArticleSchema.parse(withoutErrors);
		expect(parsed.errors).toEqual([]);
		expect(parsed.lastVerified).toEqual(new Date('2026-11-26'));
	});

	test.each([
		{ change: { title: undefined }, problem: 'title: Give the article a title.' },
		{
			change: { description: 'x'.repeat(161) },
			problem:
				'description: Keep the description to 160 characters or fewer: it is the search snippet and the meta description.',
		},
		{ change: { risk: 'maybe' }, problem: 'risk: Set risk to "safe" or "data-loss".' },
		{ change: { kind: 'tip' }, problem: 'kind: Set kind to one of fix, guide, reference.' },
		{
			change: { order: 1.5 },
			problem: 'order: Set order to a whole number: its place in "Start here".',
		},
		{
			change: { minutes: 'five' },
			problem: 'minutes: Set minutes to how long the fix takes, as a whole number.',
		},
		{
			change: { appliesTo: [] },
			problem: 'appliesTo: List at least one version this applies to, e.g. "iOS 17 and later".',
		},
		{
			change: { lastVerified: 'last week' },
			problem: 'lastVerified: Write lastVerified as a date, e.g. 2026-11-26.',
		},
		{
			change: { sources: [] },
			problem: 'sources: List at least one source so the article can be re-verified.',
		},
		{
			change: { sources: [{ title: 'Apple', url: 'support.apple.com', kind: 'official' }] },
			problem: 'sources.0.url: Give the full address of the source, starting with https://.',
		},
		{
			change: { sources: [{ title: 'Apple', url: 'https://support.apple.com/' }] },
			problem:
				'sources.0.kind: Set kind to one of official, press, first-hand; it replaces official: true/false (see sources-policy.md).',
		},
		{
			change: {
				sources: [
					{ title: 'Apple', url: 'https://support.apple.com/', kind: 'official', official: true },
				],
			},
			problem:
				'sources.0: Unknown field "official": "official" was replaced by kind: official | press | first-hand.',
		},
		{
			change: {
				errors: [{ id: 'backup-failed', message: 'Backup failed', where: 'android', step: 'x' }],
			},
			problem: 'errors.0.where: Say where the message appears: one of whatsapp, ios, restore.',
		},
		{
			change: {
				errors: [{ id: 'backup-failed', message: 'Backup failed', where: 'ios', step: 'Step One' }],
			},
			problem:
				'errors.0.step: Use the id of one of this article\'s steps, e.g. "turn-on-icloud-drive".',
		},
		{
			change: { errors: [{ message: 'Backup failed', where: 'ios', step: 'x' }] },
			problem:
				'errors.0.id: Give the message an id, e.g. "cant-complete-backup": it becomes its link on /errors/, so never change it.',
		},
		{
			change: {
				errors: [{ id: 'Backup Failed', message: 'Backup failed', where: 'ios', step: 'x' }],
			},
			problem:
				'errors.0.id: Write the id in lowercase words joined by hyphens, e.g. "cant-complete-backup".',
		},
		{
			change: { tags: ['x'] },
			problem:
				': Unknown field "tags". Allowed fields: title, description, kind, order, risk, minutes, appliesTo, lastVerified, errors, labels, sources, stepSources, dataLossSteps, phrasings, changes.',
		},
	])('rejects $change with "$problem"', ({ change, problem }) => {
		expect(firstProblem({ ...valid, ...change })).toBe(problem);
	});
});
