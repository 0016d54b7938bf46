import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
	INLINE_CHECKS,
	MAX_ANSWERS,
	MIN_ANSWERS,
	type TroubleshootNode,
} from '../lib/troubleshooter/tree.ts';

const nodeRef = z
	.string({ error: 'Name the id of another node of content/troubleshooter.yaml.' })
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'Use the id of another node: lowercase words joined by hyphens, e.g. "restore-fails".',
	);

const AnswerSchema = z.strictObject({
	answer: z
		.string({ error: 'Write the answer as the reader would say it.' })
		.min(2)
		.max(90, 'Keep an answer to 90 characters or fewer.'),
	to: nodeRef,
});

const nodeShape = {
	question: z
		.string()
		.min(8, 'Write the question in full, e.g. "What do you see when the backup fails?"')
		.max(120)
		.optional(),
	hint: z.string().min(8).max(200).optional(),
	answers: z
		.array(AnswerSchema)
		.min(MIN_ANSWERS, `Give a question ${MIN_ANSWERS} to ${MAX_ANSWERS} answers.`)
		.max(
			MAX_ANSWERS,
			`Give a question ${MIN_ANSWERS} to ${MAX_ANSWERS} answers: split a longer list into two questions.`,
		)
		.optional(),
	fix: z
		.string()
		.regex(
			/^\/[a-z0-9]+(?:-[a-z0-9]+)*\/#[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'Point fix to one step of an article, written /article/#step, e.g. /make-enough-room/#check-your-numbers.',
		)
		.optional(),
	why: z
		.string()
		.min(20, 'Say in one sentence why this step fits the answers given.')
		.max(240)
		.optional(),
	check: z
		.enum(INLINE_CHECKS, { error: `Set check to one of: ${INLINE_CHECKS.join(', ')}.` })
		.optional(),
	next: nodeRef.optional(),
};

/**
 * One node of content/troubleshooter.yaml: a question with answers, or an outcome that names a step.
 * The kind follows from the fields, so an author never writes it; a node with fields of both kinds is refused.
 */
export const TroubleshootNodeSchema = z
	.strictObject(nodeShape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}. A question has question, hint, answers; an outcome has fix, why, check, next.`
				: undefined,
	})
	.superRefine((node, ctx) => {
		const isQuestion = node.question !== undefined || node.answers !== undefined;
		const isOutcome =
			node.fix !== undefined ||
			node.why !== undefined ||
			node.check !== undefined ||
			node.next !== undefined;
		if (isQuestion && isOutcome) {
			ctx.addIssue({
				code: 'custom',
				message:
					'A node is either a question (question, answers) or an outcome (fix, why, next), not both.',
			});
		} else if (isQuestion) {
			if (node.question === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['question'],
					message: 'Write the question these answers reply to.',
				});
			if (node.answers === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['answers'],
					message: `List ${MIN_ANSWERS} to ${MAX_ANSWERS} answers.`,
				});
		} else {
			if (node.fix === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['fix'],
					message: 'Give a question with answers, or a fix: /article/#step.',
				});
			if (node.why === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['why'],
					message: 'Say in one sentence why this step fits the answers given.',
				});
		}
	});

/** A node as the schema hands it over, before it is given its id and kind. */
export type TroubleshootNodeData = z.output<typeof TroubleshootNodeSchema>;

/** A collection entry (id plus checked fields) as the pure module's node type. */
export function entryToNode(id: string, data: TroubleshootNodeData): TroubleshootNode {
	if (data.question !== undefined && data.answers !== undefined) {
		return {
			kind: 'question',
			id,
			question: data.question,
			hint: data.hint,
			answers: data.answers,
		};
	}
	return {
		kind: 'outcome',
		id,
		fix: data.fix ?? '',
		why: data.why ?? '',
		check: data.check,
		next: data.next,
	};
}

/**
 * Parse the tree file. Astro's file() loader only logs "Error reading data" when a file fails to parse (and keeps the old entries),
 * so the build calls this again to tell the author the line and the reason.
 * YAML 1.2 with unique keys: a node id written twice is an error, never a silent overwrite.
 */
export function parseTreeYaml(text: string): Record<string, Record<string, unknown>> {
	const data: unknown = parse(text, { uniqueKeys: true });
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new Error(
			'Write the tree as node ids, each followed by its fields, e.g. "start:" with "question:" indented under it.',
		);
	}
	// Each node's fields are checked by TroubleshootNodeSchema; here only the outer shape matters.
	return data as Record<string, Record<string, unknown>>;
}

/** Why a tree file cannot be read, with its line, or undefined when it parses. */
export function treeYamlProblem(text: string): string | undefined {
	try {
		parseTreeYaml(text);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message.split('\n')[0] : String(error);
	}
}
