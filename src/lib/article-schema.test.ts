import { describe, expect, test } from 'vitest';
import { ArticleSchema } from './article-schema';

const valid = {
	title: 'Turn on iCloud for WhatsApp',
	description: 'WhatsApp can only back up when iCloud Drive is on and WhatsApp may use iCloud.',
	kind: 'fix',
	order: 2,
	risk: 'safe',
	minutes: 3,
	appliesTo: ['iOS 15.5 and later'],
	lastVerified: '2026-11-26',
	errors: [{ message: 'iCloud Drive is off', where: 'whatsapp', step: 'turn-on-icloud-drive', exact: false }],
	sources: [{ title: 'Apple Support 102119', url: 'https://support.apple.com/en-ae/102119', official: true }],
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
		{ change: { description: 'x'.repeat(161) }, problem: 'description: Keep the description to 160 characters or fewer: it is the search snippet and the meta description.' },
		{ change: { risk: 'maybe' }, problem: 'risk: Set risk to "safe" or "data-loss".' },
		{ change: { kind: 'tip' }, problem: 'kind: Set kind to one of fix, guide, reference.' },
		{ change: { order: 1.5 }, problem: 'order: Set order to a whole number: its place in "Start here".' },
		{ change: { minutes: 'five' }, problem: 'minutes: Set minutes to how long the fix takes, as a whole number.' },
		{ change: { appliesTo: [] }, problem: 'appliesTo: List at least one version this applies to, e.g. "iOS 17 and later".' },
		{ change: { lastVerified: 'last week' }, problem: 'lastVerified: Write lastVerified as a date, e.g. 2026-11-26.' },
		{ change: { sources: [] }, problem: 'sources: List at least one source so the article can be re-verified.' },
		{ change: { sources: [{ title: 'Apple', url: 'support.apple.com' }] }, problem: 'sources.0.url: Give the full address of the source, starting with https://.' },
		{ change: { errors: [{ message: 'Backup failed', where: 'android', step: 'x' }] }, problem: 'errors.0.where: Say where the message appears: one of whatsapp, ios, restore.' },
		{ change: { errors: [{ message: 'Backup failed', where: 'ios', step: 'Step One' }] }, problem: 'errors.0.step: Use the id of one of this article\'s steps, e.g. "turn-on-icloud-drive".' },
		{ change: { tags: ['x'] }, problem: ': Unknown field "tags". Allowed fields: title, description, kind, order, risk, minutes, appliesTo, lastVerified, errors, sources.' },
	])('rejects $change with "$problem"', ({ change, problem }) => {
		expect(firstProblem({ ...valid, ...change })).toBe(problem);
	});
});
