/**
 * What a translation must keep from its English article: the same steps, with the same ids, in the same
 * order (support agents link a step by its id in every language), the same number of "applies to"
 * lines, and messages only for ids the English article has. The words are the translator's.
 */
import { stepsOf } from '../content/markdown.ts';
import type { TroubleshootNode } from '../troubleshooter/tree.ts';

interface EnglishArticle {
	id: string;
	body: string;
	appliesTo: readonly string[];
	/** Ids of the English article's messages and button labels. */
	messageIds: readonly string[];
}

interface TranslatedArticle {
	file: string;
	body: string;
	appliesTo?: readonly string[] | undefined;
	messages: Readonly<Record<string, string>>;
}

export function checkTranslation(english: EnglishArticle, translated: TranslatedArticle): string[] {
	const problems: string[] = [];
	const englishSteps = stepsOf(english.body).map((step) => step.id);
	const translatedSteps = stepsOf(translated.body).map((step) => step.id);
	if (englishSteps.join(' ') !== translatedSteps.join(' ')) {
		const missing = englishSteps.filter((id) => !translatedSteps.includes(id));
		const extra = translatedSteps.filter((id) => !englishSteps.includes(id));
		problems.push(
			`${translated.file}: the steps must be the English article's, with the same ids in the same order (${englishSteps.map((id) => `{#${id}}`).join(', ')}).` +
				(missing.length > 0 ? ` Missing: ${missing.join(', ')}.` : '') +
				(extra.length > 0 ? ` Not in English: ${extra.join(', ')}.` : '') +
				(missing.length === 0 && extra.length === 0 ? ' The order differs.' : ''),
		);
	}
	if (translated.appliesTo && translated.appliesTo.length !== english.appliesTo.length) {
		problems.push(
			`${translated.file}: appliesTo has ${translated.appliesTo.length} lines; the English article has ${english.appliesTo.length}. Translate each line, in the same order.`,
		);
	}
	for (const id of Object.keys(translated.messages)) {
		if (!english.messageIds.includes(id))
			problems.push(
				`${translated.file}: messages.${id} is not a message or label of content/${english.id}.mdx (its ids: ${english.messageIds.join(', ') || 'none'}).`,
			);
	}
	return problems;
}

/** Everything but the words: what each node links to must be exactly the English tree's. */
function treeShape(node: TroubleshootNode): string {
	return node.kind === 'question'
		? `question → ${node.answers.map((answer) => answer.to).join(', ')}`
		: `outcome ${node.fix} check=${node.check ?? '-'} next=${node.next ?? '-'}`;
}

export function checkTreeTranslation(
	file: string,
	english: readonly TroubleshootNode[],
	translated: readonly TroubleshootNode[],
): string[] {
	const problems: string[] = [];
	const byId = new Map(translated.map((node) => [node.id, node]));
	for (const node of english) {
		const other = byId.get(node.id);
		if (!other) problems.push(`${file}: node "${node.id}" is missing; translate every node.`);
		else if (treeShape(other) !== treeShape(node))
			problems.push(
				`${file}: node "${node.id}" must link exactly as in English (${treeShape(node)}), not ${treeShape(other)}; translate only question, hint, answer and why.`,
			);
	}
	const englishIds = new Set(english.map((node) => node.id));
	for (const node of translated)
		if (!englishIds.has(node.id))
			problems.push(`${file}: node "${node.id}" is not in the English tree; keep the same ids.`);
	return problems;
}
