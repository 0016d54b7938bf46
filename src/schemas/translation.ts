import { z } from 'astro/zod';

/**
 * Front matter of a translated article, `content/<lang>/<id>.mdx`. It carries only what is said in words:
 * the facts (kind, order, risk, sources, step sources, data-loss steps, last verified) are the English
 * article's, so a translation can never disagree with them. See docs/translating.md.
 */
const translationShape = {
	title: z
		.string({ error: 'Give the translation a title.' })
		.min(10, 'Write a title of at least 10 characters.')
		.max(80, 'Keep the title to 80 characters or fewer.'),
	description: z
		.string({ error: 'Write a one-line summary in description.' })
		.min(30, 'Write a one-line summary of at least 30 characters.')
		.max(160, 'Keep the description to 160 characters or fewer: it is the search snippet.'),
	translatedFrom: z
		.string({
			error:
				'Say which English version this was written from: translatedFrom, printed by `npm run i18n:stamp -- <lang>/<id>`.',
		})
		.regex(
			/^[0-9a-f]{12}$/,
			'Write translatedFrom as printed by `npm run i18n:stamp` (12 hex digits).',
		),
	/** Same count and order as the English `appliesTo`. */
	appliesTo: z.array(z.string().min(2)).optional(),
	/** The English article's messages and labels by id, as a reader sees them in this language. */
	messages: z.record(z.string(), z.string().min(3)).default({}),
};

export const TranslationSchema = z.strictObject(translationShape, {
	error: (issue) =>
		issue.code === 'unrecognized_keys'
			? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}. A translation has only: ${Object.keys(translationShape).join(', ')}; the facts come from the English article.`
			: undefined,
});
