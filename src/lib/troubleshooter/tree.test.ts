import { describe, expect, test } from 'vitest';
import {
	checkTree,
	describeFix,
	nodeHref,
	parseFix,
	pathsToNodes,
	type TreeArticle,
	type TroubleshootNode,
} from './tree.ts';

const articles: TreeArticle[] = [
	{
		id: 'make-enough-room',
		title: 'Make enough room',
		steps: [
			{ id: 'check-your-numbers', text: 'Check your numbers' },
			{ id: 'free-icloud-storage', text: 'Free up iCloud storage' },
		],
		messages: [{ message: 'Not enough storage', step: 'free-icloud-storage', exact: true }],
	},
	{
		id: 'restart-iphone',
		title: 'Restart your iPhone',
		steps: [{ id: 'restart-face-id', text: 'Restart with Face ID' }],
		messages: [],
	},
	{
		id: 'when-nothing-works',
		title: 'When nothing works',
		steps: [{ id: 'collect-details', text: 'Collect the details' }],
		messages: [],
	},
];

const question = (id: string, ...to: string[]): TroubleshootNode => ({
	kind: 'question',
	id,
	question: `Question ${id}?`,
	answers: to.map((target) => ({ answer: `Go to ${target}`, to: target })),
});
const outcome = (id: string, fix: string, next?: string): TroubleshootNode => ({
	kind: 'outcome',
	id,
	fix,
	why: 'Because it fits.',
	next,
});

/** A small tree that passes every check; each broken fixture below changes one thing. */
const healthy: TroubleshootNode[] = [
	question('start', 'storage', 'tried-everything'),
	question('storage', 'storage-full', 'storage-other'),
	outcome('storage-full', '/make-enough-room/#free-icloud-storage', 'storage-restart'),
	outcome('storage-restart', '/restart-iphone/#restart-face-id'),
	outcome('storage-other', '/make-enough-room/#check-your-numbers'),
	outcome('tried-everything', '/when-nothing-works/#collect-details'),
];

const replace = (tree: TroubleshootNode[], ...nodes: TroubleshootNode[]) => [
	...tree.filter((node) => !nodes.some((changed) => changed.id === node.id)),
	...nodes,
];

describe('checkTree', () => {
	test('returns no problems for a tree where every rule holds', () => {
		expect(checkTree(healthy, articles)).toEqual([]);
	});

	test.each([
		{
			broken: 'an answer leads to a missing node',
			tree: replace(healthy, question('storage', 'storage-full', 'storage-other', 'storage-gone')),
			problem:
				'node "storage": the answer "Go to storage-gone" leads to "storage-gone", which is not a node.',
		},
		{
			broken: 'next leads to a missing node',
			tree: replace(
				healthy,
				outcome('storage-restart', '/restart-iphone/#restart-face-id', 'nowhere'),
			),
			problem: 'node "storage-restart": next leads to "nowhere", which is not a node.',
		},
		{
			broken: 'a fix names a missing article',
			tree: replace(healthy, outcome('storage-other', '/buy-a-new-phone/#shop')),
			problem:
				'node "storage-other": fix /buy-a-new-phone/#shop points to the article "buy-a-new-phone", which does not exist.',
		},
		{
			broken: 'a fix names a missing step',
			tree: replace(healthy, outcome('storage-other', '/make-enough-room/#delete-everything')),
			problem:
				'node "storage-other": fix /make-enough-room/#delete-everything points to the step "delete-everything", which make-enough-room does not have (its steps: check-your-numbers, free-icloud-storage).',
		},
		{
			broken: 'a node nobody links to',
			tree: [...healthy, outcome('orphan', '/restart-iphone/#restart-face-id')],
			problem: 'node "orphan" cannot be reached from the start: no answer leads to it.',
		},
		{
			broken: 'a cycle',
			tree: replace(
				healthy,
				question('storage', 'storage-full', 'loop'),
				question('loop', 'storage-other', 'storage'),
			),
			problem:
				'node "storage": there is a cycle, its answers lead back to it: storage → loop → storage.',
		},
		{
			broken: 'questions whose answers only lead to each other',
			tree: [
				...replace(healthy, question('start', 'storage', 'tried-everything', 'maze-a')),
				question('maze-a', 'maze-b', 'maze-b'),
				question('maze-b', 'maze-a', 'maze-a'),
			],
			problem:
				'node "maze-a": no path from it reaches an article; at least one answer must lead to a fix.',
		},
		{
			broken: 'a node with two ways in',
			tree: replace(healthy, question('start', 'storage', 'tried-everything', 'storage-other')),
			problem:
				'node "storage-other" is reached from "start" and "storage": each node has one way in, so that its page has one path; copy it under a new id.',
		},
		{
			broken: 'a fix five answers from the start',
			tree: replace(
				healthy,
				outcome('storage-restart', '/restart-iphone/#restart-face-id', 'third'),
				outcome('third', '/restart-iphone/#restart-face-id', 'fourth'),
				outcome('fourth', '/restart-iphone/#restart-face-id'),
			),
			problem: 'node "fourth": this fix is 5 answers from the start; keep every fix within 4.',
		},
		{
			broken: 'an article no outcome points to',
			tree: replace(healthy, outcome('storage-restart', '/make-enough-room/#check-your-numbers')),
			problem:
				'The article "restart-iphone" is not reachable from /troubleshoot/: add an outcome with fix: /restart-iphone/#<step>.',
		},
		{
			broken: 'a message of the error index no outcome points to',
			tree: replace(
				healthy,
				outcome('storage-full', '/make-enough-room/#check-your-numbers', 'storage-restart'),
			),
			problem:
				'The message "Not enough storage" (make-enough-room) is fixed by /make-enough-room/#free-icloud-storage, which no outcome reachable from /troubleshoot/ points to.',
		},
		{
			broken: 'something after the last resort',
			tree: replace(
				healthy,
				outcome('tried-everything', '/when-nothing-works/#collect-details', 'storage-restart'),
			),
			problem:
				'node "tried-everything": When nothing works is the last resort, so nothing comes after it; remove next.',
		},
		{
			broken: 'no start node',
			tree: healthy.filter((node) => node.id !== 'start'),
			problem:
				'There is no node with id "start": the troubleshooter starts there, at /troubleshoot/.',
		},
		{
			broken: 'an answer leading back to the start',
			tree: replace(healthy, question('storage', 'storage-full', 'storage-other', 'start')),
			problem:
				'node "start": "storage" lead back to the start; link to /troubleshoot/ from the page instead.',
		},
	])('reports $broken, naming the node', ({ tree, problem }) => {
		expect(checkTree(tree, articles)).toContain(problem);
	});

	test('reports an empty tree instead of building nothing', () => {
		expect(checkTree([], articles)).toEqual([
			'The troubleshooter has no nodes: content/troubleshooter.yaml is missing, empty or not valid YAML.',
		]);
	});

	test('reports a missing last resort article', () => {
		expect(checkTree(healthy, articles.slice(0, 2))).toContain(
			'The last resort article /when-nothing-works/ does not exist.',
		);
	});
});

describe('pathsToNodes', () => {
	test('returns the answers from the start to each node, each linking back to where it was given', () => {
		const paths = pathsToNodes(healthy, articles, {
			tried: (step) => `Tried: ${step}`,
			didNotFix: "That didn't fix it",
		});
		expect(paths.get('start')).toEqual([]);
		expect(paths.get('storage-restart')).toEqual([
			{ href: '/troubleshoot/', asked: 'Question start?', answered: 'Go to storage' },
			{
				href: '/troubleshoot/storage/',
				asked: 'Question storage?',
				answered: 'Go to storage-full',
			},
			{
				href: '/troubleshoot/storage-full/',
				asked: 'Tried: Free up iCloud storage',
				answered: "That didn't fix it",
			},
		]);
		expect([...paths.keys()].sort()).toEqual(healthy.map((node) => node.id).sort());
	});
});

describe('nodeHref, parseFix and describeFix', () => {
	test('returns /troubleshoot/ for the start and /troubleshoot/<id>/ for any other node', () => {
		expect(nodeHref('start')).toBe('/troubleshoot/');
		expect(nodeHref('restore-fails')).toBe('/troubleshoot/restore-fails/');
	});

	test.each(['/make-enough-room/', 'make-enough-room/#x', '/a/#b/c', 'https://example.com/a/#b'])(
		'parseFix("%s") returns undefined',
		(fix) => {
			expect(parseFix(fix)).toBeUndefined();
		},
	);

	test('describeFix returns the article, the step and the messages that step fixes', () => {
		expect(describeFix('/make-enough-room/#free-icloud-storage', articles)).toEqual({
			href: '/make-enough-room/#free-icloud-storage',
			articleId: 'make-enough-room',
			articleTitle: 'Make enough room',
			stepText: 'Free up iCloud storage',
			messages: [{ message: 'Not enough storage', step: 'free-icloud-storage', exact: true }],
		});
	});
});
