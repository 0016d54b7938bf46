import { describe, expect, test } from 'vitest';
import { checkStartHereOrder, findUnsafeOrder } from './safe-order.ts';
import type { TroubleshootNode } from './tree.ts';

const articles = new Map([['delete-old-backup', { dataLossSteps: ['delete-whatsapp-data'] }]]);
const tree = (chain: string[]): Map<string, TroubleshootNode> => {
	const nodes: TroubleshootNode[] = [
		{
			kind: 'question',
			id: 'start',
			question: 'What?',
			answers: [{ answer: 'It fails', to: 'n0' }],
		},
		...chain.map((fix, index) => ({
			kind: 'outcome' as const,
			id: `n${index}`,
			fix,
			why: 'Because.',
			next: index + 1 < chain.length ? `n${index + 1}` : undefined,
		})),
	];
	return new Map(nodes.map((node) => [node.id, node]));
};
const DELETE = '/delete-old-backup/#delete-whatsapp-data';
const COPY = '/keep-a-safety-copy/#when-you-need-one';
const SAFE = '/restart-iphone/#restart-face-id';

describe('findUnsafeOrder', () => {
	test('refuses a data-loss step offered first for a symptom', () => {
		expect(findUnsafeOrder(tree([DELETE, SAFE]), articles).join('\n')).toContain(
			`node "n0": ${DELETE} can lose chats, so it can't be the first fix offered`,
		);
	});
	test('refuses a data-loss step without a safety copy before it, or with a safe fix after it', () => {
		const problems = findUnsafeOrder(tree([SAFE, DELETE, SAFE]), articles);
		expect(problems.join('\n')).toContain(
			'a safety copy (/keep-a-safety-copy/) must come before it',
		);
		expect(problems.join('\n')).toContain('yet the safe fix "n2"');
	});
	test('accepts safe fixes, then a safety copy, then the data-loss step', () => {
		expect(findUnsafeOrder(tree([SAFE, COPY, DELETE]), articles)).toEqual([]);
	});
});

describe('checkStartHereOrder', () => {
	const base = { kind: 'fix', dataLossSteps: [] };
	test('refuses a data-loss article placed before the safety copy and a safe fix', () => {
		const problems = checkStartHereOrder(
			[
				{ ...base, id: 'delete-old-backup', order: 1, risk: 'data-loss' },
				{ ...base, id: 'keep-a-safety-copy', order: 2, risk: 'safe', kind: 'guide' },
				{ ...base, id: 'restart-iphone', order: 3, risk: 'safe' },
			],
			(id) => `content/${id}.mdx`,
		);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain(
			'content/delete-old-backup.mdx: order 1 puts this data-loss article before the safety copy',
		);
	});
});
