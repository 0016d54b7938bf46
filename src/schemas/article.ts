import { z } from 'astro/zod';

/** Where a reader sees a message: decides its group on the error index. */
export const ERROR_PLACES = ['whatsapp', 'ios', 'restore'] as const;
export type ErrorPlace = (typeof ERROR_PLACES)[number];

/** What kind of page an article is; exposed to search as a filter. */
const ARTICLE_KINDS = ['fix', 'guide', 'reference'] as const;

/**
 * How far a source can be trusted, in the order the sources policy ranks them (docs/authoring.md, "Sources hold up"):
 * official (WhatsApp, Meta, Apple), press (named outlets), first-hand (one person's own report).
 */
const SOURCE_KINDS = ['official', 'press', 'first-hand'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const stepId = z
	.string({ error: 'Name the step of this article that fixes it, e.g. "turn-on-icloud-drive".' })
	.regex(SLUG, 'Use the id of one of this article\'s steps, e.g. "turn-on-icloud-drive".');

const errorId = z
	.string({
		error:
			'Give the message an id, e.g. "cant-complete-backup": it becomes its link on /errors/, so never change it.',
	})
	.regex(SLUG, 'Write the id in lowercase words joined by hyphens, e.g. "cant-complete-backup".');

/**
 * What a message and a button label on /errors/ share: an anchor, where the reader meets it, the step that
 * deals with it, and whether the wording is quoted from a page that shows it.
 */
function quotedOnErrors(what: 'message' | 'label') {
	return {
		/** Anchor on /errors/: support agents link it, so never change or reuse one. */
		id: errorId,
		where: z.enum(ERROR_PLACES, {
			error: `Say where the ${what} appears: one of ${ERROR_PLACES.join(', ')}.`,
		}),
		/** The step of this article that fixes it, or that says what to do with the button. */
		step: stepId,
		/** True only for wording read word for word on the `quotedFrom` page; the index quotes it then. */
		exact: z.boolean().default(true),
		/** For exact wording: the official page or first-hand report, among this article's sources, that shows it. */
		quotedFrom: z
			.url({ error: `Give the full address of the source that shows this ${what}.` })
			.optional(),
	};
}

const ErrorMessageSchema = z.strictObject({
	...quotedOnErrors('message'),
	/** The message as the reader sees it; verbatim when `exact` is true. */
	message: z.string().min(3, 'Write the message as it appears on screen.'),
});

/**
 * A button or switch label an article tells the reader to tap ("Keep on iPhone", "Create a passkey"):
 * listed on /errors/ apart from the messages, because a label is something to look for, not something
 * that went wrong.
 */
const ScreenLabelSchema = z.strictObject({
	...quotedOnErrors('label'),
	/** The label as it appears on the button or switch; verbatim when `exact` is true. */
	label: z.string().min(2, 'Write the label as it appears on the button or switch.'),
});

const SourceSchema = z.strictObject(
	{
		title: z.string().min(3, 'Give the source a title a reader recognises.'),
		url: z.url({ error: 'Give the full address of the source, starting with https://.' }),
		kind: z.enum(SOURCE_KINDS, {
			error: `Set kind to one of ${SOURCE_KINDS.join(', ')}; it replaces official: true/false (see sources-policy.md).`,
		}),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}${issue.keys.includes('official') ? ': "official" was replaced by kind: official | press | first-hand' : ''}.`
				: undefined,
	},
);

/**
 * One dated change to an article's steps: the steps it changed, each with the hash of its new text
 * (`npm run changes:hashes -- <id>` prints them), or `removed` for a step taken out.
 */
const ChangeSchema = z.strictObject({
	date: z.coerce.date({ error: 'Write the date of the change, e.g. 2026-12-05.' }),
	steps: z
		.record(
			stepId,
			z
				.string({
					error:
						"Write each step's hash in quotes, as `npm run changes:hashes -- <id>` prints it, e.g. start-backup: '3f9c2a71b0de'.",
				})
				.regex(
					/^(?:[0-9a-f]{12}|removed)$/,
					'Write the 12-character hash `npm run changes:hashes -- <id>` prints, or "removed" for a step taken out.',
				),
			{ error: "Write steps as step id: 'hash', e.g. start-backup: '3f9c2a71b0de'." },
		)
		.refine((steps) => Object.keys(steps).length > 0, 'Name at least one step this change made.'),
	summary: z
		.string({ error: 'Say in one line what changed.' })
		.min(10, 'Say in one line what changed, in at least 10 characters.')
		.max(160, 'Keep the summary to one line of 160 characters or fewer.')
		.refine((text) => !text.includes('\n'), 'Keep the summary to one line.'),
});

const articleShape = {
	title: z
		.string({ error: 'Give the article a title.' })
		.min(10, 'Write a title of at least 10 characters.')
		.max(80, 'Keep the title to 80 characters or fewer.'),
	description: z
		.string({ error: 'Write a one-line summary in description.' })
		.min(30, 'Write a one-line summary of at least 30 characters.')
		.max(
			160,
			'Keep the description to 160 characters or fewer: it is the search snippet and the meta description.',
		),
	kind: z.enum(ARTICLE_KINDS, { error: `Set kind to one of ${ARTICLE_KINDS.join(', ')}.` }),
	order: z.int({ error: 'Set order to a whole number: its place in "Start here".' }).positive(),
	risk: z.enum(['safe', 'data-loss'], { error: 'Set risk to "safe" or "data-loss".' }),
	minutes: z
		.int({ error: 'Set minutes to how long the fix takes, as a whole number.' })
		.positive()
		.max(240),
	appliesTo: z
		.array(z.string().min(2))
		.min(1, 'List at least one version this applies to, e.g. "iOS 17 and later".'),
	lastVerified: z.coerce.date({ error: 'Write lastVerified as a date, e.g. 2026-11-26.' }),
	errors: z.array(ErrorMessageSchema).default([]),
	/** Buttons and switches the steps name; shown on /errors/ in their own list, not as messages. */
	labels: z.array(ScreenLabelSchema).default([]),
	sources: z
		.array(SourceSchema, { error: 'List the sources this article rests on.' })
		.min(1, 'List at least one source so the article can be re-verified.'),
	/**
	 * The sources each step rests on: step id → numbers of entries in `sources`, counted from 1.
	 * @example stepSources: { restore-steps: [1, 4] }
	 */
	stepSources: z
		.record(
			stepId,
			z
				.array(
					z
						.int({ error: 'Name a source by its number in sources, counting from 1.' })
						.positive('Count sources from 1: the first entry in sources is 1.'),
				)
				.min(1, 'List at least one source number for this step, e.g. [1].'),
			{ error: 'Write stepSources as step id: [source numbers], e.g. "restore-steps: [1, 3]".' },
		)
		.default({}),
	/** Steps that can lose chats (deleting a backup or the app, a switch that removes data): never offered first. */
	dataLossSteps: z.array(stepId).default([]),
	/**
	 * How readers put the problem a step solves, in their own words: questions and complaints as they type
	 * them into search. Only search reads them (the instant index, docs/search.md); the page never shows them.
	 * @example phrasings: { start-backup: ["how do I back up my chats to iCloud"] }
	 */
	phrasings: z
		.record(
			stepId,
			z
				.array(
					z
						.string()
						.min(3, 'Write a phrasing of at least 3 characters, as a reader would type it.')
						.max(120, 'Keep a phrasing to 120 characters or fewer: one question or complaint.'),
				)
				.min(1, 'List at least one phrasing for this step, or leave the step out.'),
			{
				error: 'Write phrasings as step id: [phrasings], e.g. "start-backup: [how do I back up]".',
			},
		)
		.default({}),
	/** What changed in the steps and when, newest first; the build checks it against each step's text. */
	changes: z.array(ChangeSchema).default([]),
};

/** Front matter every article in `content/` must have; unknown fields are refused so a typo can't go unnoticed. */
export const ArticleSchema = z.strictObject(articleShape, {
	error: (issue) =>
		issue.code === 'unrecognized_keys'
			? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}. Allowed fields: ${Object.keys(articleShape).join(', ')}.`
			: undefined,
});

export type Article = z.output<typeof ArticleSchema>;
export type ErrorMessage = z.output<typeof ErrorMessageSchema>;
export type ScreenLabel = z.output<typeof ScreenLabelSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Change = z.output<typeof ChangeSchema>;
