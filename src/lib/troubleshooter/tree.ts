/**
 * The guided troubleshooter: a tree of questions whose leaves are article steps.
 * Framework-free: the build hands in the nodes of content/troubleshooter.yaml and the articles,
 * gets back every problem (each naming the node), and, when there are none, the path to every node.
 *
 * Why a true tree (every node has exactly one way in): each node page then has one fixed path of
 * answers, so the address alone reproduces the page, without JavaScript and without URL parameters.
 */

import { findUnsafeOrder } from './safe-order';

/** The node shown at /troubleshoot/. */
export const START_ID = 'start';
/** The article every chain of "That didn't fix it" ends on. */
export const LAST_RESORT_ARTICLE = 'when-nothing-works';
/** No fix is more answers than this from the start ("That didn't fix it" counts as an answer). */
const MAX_ANSWERS_FROM_START = 4;
export const MIN_ANSWERS = 2;
export const MAX_ANSWERS = 6;
/** Checks an outcome page can carry inline. */
export const INLINE_CHECKS = ['storage'] as const;

interface TroubleshootAnswer {
	answer: string;
	/** Id of the node this answer leads to. */
	to: string;
}

export interface QuestionNode {
	kind: 'question';
	id: string;
	question: string;
	hint?: string | undefined;
	answers: TroubleshootAnswer[];
}

export interface OutcomeNode {
	kind: 'outcome';
	id: string;
	/** The step that applies, as /article/#step. */
	fix: string;
	/** Why this step fits the answers given, in one sentence. */
	why: string;
	check?: (typeof INLINE_CHECKS)[number] | undefined;
	/** Where "That didn't fix it" leads; without it, to the last resort article. */
	next?: string | undefined;
}

export type TroubleshootNode = QuestionNode | OutcomeNode;

/** What the tree needs to know about one article. */
export interface TreeArticle {
	id: string;
	title: string;
	steps: { id: string; text: string }[];
	/** The messages of the error index this article fixes, each with its step. */
	messages: { message: string; step: string; exact: boolean }[];
	/** Steps that can lose chats; the tree offers them only after safe fixes and a safety copy. */
	dataLossSteps?: readonly string[] | undefined;
}

/** One answer already given on the way to a node; its link steps back to where it was given. */
export interface PathStep {
	/** The page where the answer was given. */
	href: string;
	/** The question asked there (or, after an outcome, the step that was tried). */
	asked: string;
	answered: string;
}

/** Site path of a node page. */
export function nodeHref(id: string): string {
	return id === START_ID ? '/troubleshoot/' : `/troubleshoot/${id}/`;
}

/** "/article/#step" split into its parts, or undefined when it isn't written that way. */
export function parseFix(fix: string): { article: string; step: string } | undefined {
	const match = /^\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(fix);
	return match?.[1] && match[2] ? { article: match[1], step: match[2] } : undefined;
}

/** Where a node's links lead: its answers, or its "That didn't fix it". */
function targetsOf(node: TroubleshootNode): string[] {
	if (node.kind === 'question') return node.answers.map((answer) => answer.to);
	return node.next === undefined ? [] : [node.next];
}

const ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every broken reference: ids, answers, fixes and next links that lead nowhere. */
function checkReferences(
	nodes: ReadonlyMap<string, TroubleshootNode>,
	articles: ReadonlyMap<string, TreeArticle>,
): string[] {
	const problems: string[] = [];
	if (!nodes.has(START_ID))
		problems.push(
			`There is no node with id "${START_ID}": the troubleshooter starts there, at /troubleshoot/.`,
		);
	if (!articles.has(LAST_RESORT_ARTICLE))
		problems.push(`The last resort article /${LAST_RESORT_ARTICLE}/ does not exist.`);
	for (const node of nodes.values()) {
		if (!ID_FORMAT.test(node.id))
			problems.push(
				`node "${node.id}": write the id as lowercase words joined by hyphens; it becomes /troubleshoot/<id>/.`,
			);
		if (node.kind === 'question') {
			for (const answer of node.answers) {
				if (!nodes.has(answer.to))
					problems.push(
						`node "${node.id}": the answer "${answer.answer}" leads to "${answer.to}", which is not a node.`,
					);
			}
			continue;
		}
		if (node.next !== undefined && !nodes.has(node.next))
			problems.push(`node "${node.id}": next leads to "${node.next}", which is not a node.`);
		const fix = parseFix(node.fix);
		const article = fix && articles.get(fix.article);
		if (!fix) problems.push(`node "${node.id}": write fix as /article/#step, not "${node.fix}".`);
		else if (!article)
			problems.push(
				`node "${node.id}": fix ${node.fix} points to the article "${fix.article}", which does not exist.`,
			);
		else if (!article.steps.some((step) => step.id === fix.step)) {
			problems.push(
				`node "${node.id}": fix ${node.fix} points to the step "${fix.step}", which ${fix.article} does not have (its steps: ${article.steps.map((step) => step.id).join(', ')}).`,
			);
		}
		if (fix?.article === LAST_RESORT_ARTICLE && node.next !== undefined) {
			problems.push(
				`node "${node.id}": When nothing works is the last resort, so nothing comes after it; remove next.`,
			);
		}
	}
	return problems;
}

/** Every cycle, once each, named from the node where it was found. */
function findCycles(nodes: ReadonlyMap<string, TroubleshootNode>): string[] {
	const problems: string[] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'open');
		stack.push(id);
		for (const target of targetsOf(nodes.get(id) as TroubleshootNode)) {
			if (!nodes.has(target)) continue;
			if (state.get(target) === 'open') {
				const loop = [...stack.slice(stack.indexOf(target)), target];
				problems.push(
					`node "${target}": there is a cycle, its answers lead back to it: ${loop.join(' → ')}.`,
				);
			} else if (!state.has(target)) visit(target);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const id of [START_ID, ...nodes.keys()]) if (nodes.has(id) && !state.has(id)) visit(id);
	return problems;
}

/** Nodes with more than one way in: the tree would then give one page two different paths. */
function findSharedNodes(nodes: ReadonlyMap<string, TroubleshootNode>): string[] {
	const parents = new Map<string, string[]>();
	for (const node of nodes.values()) {
		for (const target of targetsOf(node))
			parents.set(target, [...(parents.get(target) ?? []), node.id]);
	}
	const problems: string[] = [];
	for (const [id, from] of parents) {
		if (!nodes.has(id) || from.length < 2 || id === START_ID) continue;
		const distinct = [...new Set(from)].sort();
		const where =
			distinct.length === 1
				? `by ${from.length} answers of "${distinct[0]}"`
				: `from ${distinct.map((parent) => `"${parent}"`).join(' and ')}`;
		problems.push(
			`node "${id}" is reached ${where}: each node has one way in, so that its page has one path; copy it under a new id.`,
		);
	}
	if (parents.has(START_ID))
		problems.push(
			`node "${START_ID}": ${parents
				.get(START_ID)
				?.map((p) => `"${p}"`)
				.join(' and ')} lead back to the start; link to /troubleshoot/ from the page instead.`,
		);
	return problems;
}

/** Breadth-first distance in answers from the start, for every node the start reaches. */
function distancesFromStart(nodes: ReadonlyMap<string, TroubleshootNode>): Map<string, number> {
	const distance = new Map<string, number>();
	if (!nodes.has(START_ID)) return distance;
	distance.set(START_ID, 0);
	const queue = [START_ID];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		for (const target of targetsOf(nodes.get(id) as TroubleshootNode)) {
			if (!nodes.has(target) || distance.has(target)) continue;
			distance.set(target, (distance.get(id) ?? 0) + 1);
			queue.push(target);
		}
	}
	return distance;
}

/** Question nodes from which no chain of answers ever reaches an outcome. */
function findDeadEnds(nodes: ReadonlyMap<string, TroubleshootNode>): string[] {
	const reaches = new Set(
		[...nodes.values()].filter((node) => node.kind === 'outcome').map((node) => node.id),
	);
	for (let changed = true; changed;) {
		changed = false;
		for (const node of nodes.values()) {
			if (reaches.has(node.id) || !targetsOf(node).some((target) => reaches.has(target))) continue;
			reaches.add(node.id);
			changed = true;
		}
	}
	return [...nodes.values()]
		.filter((node) => !reaches.has(node.id))
		.map(
			(node) =>
				`node "${node.id}": no path from it reaches an article; at least one answer must lead to a fix.`,
		);
}

/** Articles and error-index messages that no reachable outcome points to. */
function findUncovered(
	nodes: ReadonlyMap<string, TroubleshootNode>,
	articles: ReadonlyMap<string, TreeArticle>,
	reached: ReadonlySet<string>,
): string[] {
	const fixes = new Set<string>();
	for (const node of nodes.values())
		if (node.kind === 'outcome' && reached.has(node.id)) fixes.add(node.fix);
	const fixedArticles = new Set([...fixes].map((fix) => parseFix(fix)?.article));
	const problems: string[] = [];
	for (const article of articles.values()) {
		if (!fixedArticles.has(article.id))
			problems.push(
				`The article "${article.id}" is not reachable from /troubleshoot/: add an outcome with fix: /${article.id}/#<step>.`,
			);
		for (const message of article.messages) {
			const fix = `/${article.id}/#${message.step}`;
			if (!fixes.has(fix))
				problems.push(
					`The message "${message.message}" (${article.id}) is fixed by ${fix}, which no outcome reachable from /troubleshoot/ points to.`,
				);
		}
	}
	return problems;
}

/** Everything wrong with the tree, one line per problem, each naming the node (or article) concerned. */
export function checkTree(
	nodeList: readonly TroubleshootNode[],
	articleList: readonly TreeArticle[],
): string[] {
	if (nodeList.length === 0)
		return [
			'The troubleshooter has no nodes: content/troubleshooter.yaml is missing, empty or not valid YAML.',
		];
	const nodes = new Map(nodeList.map((node) => [node.id, node]));
	const articles = new Map(articleList.map((article) => [article.id, article]));
	const problems = [
		...checkReferences(nodes, articles),
		...findCycles(nodes),
		...findSharedNodes(nodes),
	];
	const distance = distancesFromStart(nodes);
	if (nodes.has(START_ID)) {
		for (const id of nodes.keys())
			if (!distance.has(id))
				problems.push(`node "${id}" cannot be reached from the start: no answer leads to it.`);
	}
	problems.push(...findDeadEnds(nodes));
	for (const node of nodes.values()) {
		const answers = distance.get(node.id) ?? 0;
		if (node.kind === 'outcome' && answers > MAX_ANSWERS_FROM_START) {
			problems.push(
				`node "${node.id}": this fix is ${answers} answers from the start; keep every fix within ${MAX_ANSWERS_FROM_START}.`,
			);
		}
	}
	problems.push(...findUncovered(nodes, articles, new Set(distance.keys())));
	const risky = new Map(
		articleList.map((article) => [article.id, { dataLossSteps: article.dataLossSteps ?? [] }]),
	);
	problems.push(...findUnsafeOrder(nodes, risky));
	return problems;
}

/** The answers that lead from the start to each node; only meaningful for a tree that passed `checkTree`. */
export function pathsToNodes(
	nodeList: readonly TroubleshootNode[],
	articleList: readonly TreeArticle[],
	words: { tried: (step: string) => string; didNotFix: string },
): Map<string, PathStep[]> {
	const nodes = new Map(nodeList.map((node) => [node.id, node]));
	const paths = new Map<string, PathStep[]>([[START_ID, []]]);
	const queue = [START_ID];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		const node = nodes.get(id);
		const path = paths.get(id) ?? [];
		if (!node) continue;
		const links =
			node.kind === 'question'
				? node.answers.map((answer) => ({
						to: answer.to,
						step: { href: nodeHref(id), asked: node.question, answered: answer.answer },
					}))
				: node.next === undefined
					? []
					: [
							{
								to: node.next,
								step: {
									href: nodeHref(id),
									asked: words.tried(describeFix(node.fix, articleList).stepText),
									answered: words.didNotFix,
								},
							},
						];
		for (const link of links) {
			if (paths.has(link.to)) continue;
			paths.set(link.to, [...path, link.step]);
			queue.push(link.to);
		}
	}
	return paths;
}

/** The article and step a fix names, with the messages that step fixes. */
export function describeFix(fix: string, articleList: readonly TreeArticle[]) {
	const parts = parseFix(fix);
	const article = articleList.find((candidate) => candidate.id === parts?.article);
	const step = article?.steps.find((candidate) => candidate.id === parts?.step);
	return {
		href: fix,
		articleId: article?.id ?? '',
		articleTitle: article?.title ?? '',
		stepText: step?.text ?? '',
		messages: article?.messages.filter((message) => message.step === parts?.step) ?? [],
	};
}
