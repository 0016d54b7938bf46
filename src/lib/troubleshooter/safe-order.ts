/**
 * Safe order: a step that can lose chats (an article's `dataLossSteps`) is never the first fix offered
 * for a symptom. In the troubleshooter it comes only after a safety copy, with no safe fix after it;
 * in Start here a `risk: data-loss` article comes after the safety copy and after every safe fix.
 */
import type { OutcomeNode, TroubleshootNode } from './tree.ts';

/** The article that makes a copy of the chats before anything risky. */
const SAFETY_COPY_ARTICLE = 'keep-a-safety-copy';

/** What the safe-order rule needs of an article. */
export interface OrderedArticle {
	id: string;
	order: number;
	kind: string;
	risk: 'safe' | 'data-loss';
	dataLossSteps: readonly string[];
}

const FIX = /^\/([a-z0-9-]+)\/#([a-z0-9-]+)$/;

/** Whether an outcome's fix is a step that can lose chats. */
function isDataLoss(
	fix: string,
	articles: ReadonlyMap<string, { dataLossSteps: readonly string[] }>,
) {
	const [, article = '', step = ''] = FIX.exec(fix) ?? [];
	return articles.get(article)?.dataLossSteps.includes(step) ?? false;
}

/**
 * Every troubleshooter chain (an outcome an answer leads to, then its "That didn't fix it" outcomes)
 * that offers a data-loss step too early: first, before a safety copy, or before a safe fix.
 */
export function findUnsafeOrder(
	nodes: ReadonlyMap<string, TroubleshootNode>,
	articles: ReadonlyMap<string, { dataLossSteps: readonly string[] }>,
): string[] {
	const problems: string[] = [];
	const entries = [...nodes.values()].flatMap((node) =>
		node.kind === 'question' ? node.answers.map((answer) => answer.to) : [],
	);
	for (const entry of entries) {
		const chain: OutcomeNode[] = [];
		const seen = new Set<string>();
		for (let node = nodes.get(entry); node?.kind === 'outcome' && !seen.has(node.id);) {
			seen.add(node.id);
			chain.push(node);
			node = node.next === undefined ? undefined : nodes.get(node.next);
		}
		chain.forEach((node, index) => {
			if (!isDataLoss(node.fix, articles)) return;
			const before = chain.slice(0, index);
			const after = chain.slice(index + 1);
			if (index === 0)
				problems.push(
					`node "${node.id}": ${node.fix} can lose chats, so it can't be the first fix offered; put the safe fixes and a safety copy (/${SAFETY_COPY_ARTICLE}/) before it.`,
				);
			else if (!before.some((earlier) => earlier.fix.startsWith(`/${SAFETY_COPY_ARTICLE}/`)))
				problems.push(
					`node "${node.id}": ${node.fix} can lose chats; a safety copy (/${SAFETY_COPY_ARTICLE}/) must come before it in the chain that starts at "${entry}".`,
				);
			const safeLater = after.find((later) => !isDataLoss(later.fix, articles));
			if (safeLater)
				problems.push(
					`node "${node.id}": ${node.fix} can lose chats, yet the safe fix "${safeLater.id}" (${safeLater.fix}) comes after it; offer every safe fix first.`,
				);
		});
	}
	return problems;
}

/** Start here: every `risk: data-loss` article after the safety copy and after every safe fix. */
export function checkStartHereOrder(
	articles: readonly OrderedArticle[],
	fileOf: (id: string) => string,
): string[] {
	const problems: string[] = [];
	const safetyCopy = articles.find((article) => article.id === SAFETY_COPY_ARTICLE);
	const safeFixes = articles.filter((article) => article.kind === 'fix' && article.risk === 'safe');
	for (const article of articles) {
		if (article.risk !== 'data-loss') continue;
		if (safetyCopy && article.order < safetyCopy.order)
			problems.push(
				`${fileOf(article.id)}: order ${article.order} puts this data-loss article before the safety copy (${SAFETY_COPY_ARTICLE}, order ${safetyCopy.order}) in Start here; give it a larger order.`,
			);
		const later = safeFixes.filter((fix) => fix.order > article.order);
		if (later.length > 0)
			problems.push(
				`${fileOf(article.id)}: order ${article.order} puts this data-loss article before the safe fixes ${later.map((fix) => `${fix.id} (${fix.order})`).join(', ')} in Start here; safe fixes come first.`,
			);
	}
	return problems;
}
