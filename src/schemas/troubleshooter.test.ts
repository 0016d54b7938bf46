import { describe, expect, test } from 'vitest';
import { TroubleshootNodeSchema, entryToNode, treeYamlProblem } from './troubleshooter.ts';

/** The first problem zod reports, as "field: message". */
function firstProblem(data: unknown): string | undefined {
	const result = TroubleshootNodeSchema.safeParse(data);
	if (result.success) return undefined;
	const issue = result.error.issues[0];
	return `${issue?.path.join('.')}: ${issue?.message}`;
}

const answers = [
	{ answer: 'At 0%', to: 'stuck-at-zero' },
	{ answer: 'At 99%', to: 'stuck-at-99' },
];

describe('TroubleshootNodeSchema', () => {
	test('accepts a question and an outcome, and tells them apart', () => {
		const question = TroubleshootNodeSchema.parse({
			question: 'Where does the backup stop?',
			answers,
		});
		expect(entryToNode('backup-stuck', question)).toMatchObject({
			kind: 'question',
			id: 'backup-stuck',
			answers,
		});
		const outcome = TroubleshootNodeSchema.parse({
			fix: '/backup-stuck/#stuck-at-99',
			why: 'The end of the upload is not confirmed yet.',
			next: 'stuck-at-99-videos',
		});
		expect(entryToNode('stuck-at-99', outcome)).toMatchObject({
			kind: 'outcome',
			fix: '/backup-stuck/#stuck-at-99',
			next: 'stuck-at-99-videos',
		});
	});

	test.each([
		{
			node: { question: 'Where does the backup stop?', answers: answers.slice(0, 1) },
			problem: 'answers: Give a question 2 to 6 answers.',
		},
		{
			node: {
				question: 'Where does the backup stop?',
				answers: [...answers, ...answers, ...answers, ...answers],
			},
			problem: 'answers: Give a question 2 to 6 answers: split a longer list into two questions.',
		},
		{ node: { answers }, problem: 'question: Write the question these answers reply to.' },
		{
			node: {
				question: 'Where does the backup stop?',
				answers: [{ answer: 'At 0%', to: 'Stuck At Zero' }, answers[1]],
			},
			problem:
				'answers.0.to: Use the id of another node: lowercase words joined by hyphens, e.g. "restore-fails".',
		},
		{
			node: { fix: 'https://example.com/', why: 'Because it is the right step.' },
			problem:
				'fix: Point fix to one step of an article, written /article/#step, e.g. /make-enough-room/#check-your-numbers.',
		},
		{
			node: { fix: '/backup-stuck/#stuck-at-99' },
			problem: 'why: Say in one sentence why this step fits the answers given.',
		},
		{
			node: {
				fix: '/make-enough-room/#check-your-numbers',
				why: 'Because it is the right step.',
				check: 'status',
			},
			problem: 'check: Set check to one of: storage.',
		},
		{
			node: { question: 'Where does the backup stop?', answers, fix: '/backup-stuck/#stuck-at-99' },
			problem:
				': A node is either a question (question, answers) or an outcome (fix, why, next), not both.',
		},
		{
			node: { question: 'Where does the backup stop?', answers, answer: 'typo' },
			problem:
				': Unknown field "answer". A question has question, hint, answers; an outcome has fix, why, check, next.',
		},
	])('refuses $node with "$problem"', ({ node, problem }) => {
		expect(firstProblem(node)).toBe(problem);
	});
});

describe('treeYamlProblem', () => {
	test('returns undefined for a readable tree', () => {
		expect(treeYamlProblem('start:\n  question: What is wrong?\n')).toBeUndefined();
	});

	test.each([
		{
			text: 'start:\n  question: a\nstart:\n  question: b\n',
			problem: 'Map keys must be unique at line 3, column 1:',
		},
		{
			text: 'start:\n  why: one: two\n',
			problem: 'Nested mappings are not allowed in compact mappings at line 2, column 8:',
		},
		{
			text: '- start\n- other\n',
			problem:
				'Write the tree as node ids, each followed by its fields, e.g. "start:" with "question:" indented under it.',
		},
	])('returns "$problem" with the line', ({ text, problem }) => {
		expect(treeYamlProblem(text)).toBe(problem);
	});
});
