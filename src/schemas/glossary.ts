import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { GLOSSARY_FILE, LABEL_APPS, type Glossary } from '../lib/i18n/glossary.ts';
import { blockedSite, isOfficialAddress } from '../lib/content/source-policy.ts';

const source = z
	.url({
		error: 'Give the full address of the page that shows this label, starting with https://.',
	})
	.superRefine((url, ctx) => {
		const blocked = blockedSite(url);
		if (blocked)
			ctx.addIssue({
				code: 'custom',
				message: `${blocked.host} is on the blocklist (${blocked.reason}, see src/lib/content/source-policy.ts); cite another page.`,
			});
	});

const seenOn = z
	.string()
	.min(2, 'Write the iOS or WhatsApp version, or the date, the source shows the label on.')
	.optional();

const label = z.string().min(1, 'Write the label exactly as the screen shows it.');

/** Official only for an Apple or WhatsApp page, as for article sources. */
function officialSource(entry: { kind: string; source?: string }, ctx: z.RefinementCtx) {
	if (entry.kind === 'official' && entry.source && !isOfficialAddress(entry.source))
		ctx.addIssue({
			code: 'custom',
			path: ['source'],
			message: `${entry.source} is not an Apple or WhatsApp page, so the label can't be official; use kind: press.`,
		});
}

const unsourced = z.strictObject({
	kind: z.literal('none'),
	description: z
		.string({ error: 'With kind: none, describe the control in a few words that fit a sentence.' })
		.min(3),
});

const KIND_ERROR = { error: 'Set kind to official, press or none (docs/translating.md).' };

const EnglishLabelSchema = z
	.discriminatedUnion(
		'kind',
		[z.strictObject({ kind: z.enum(['official', 'press']), source, seenOn }), unsourced],
		KIND_ERROR,
	)
	.superRefine(officialSource);

const sourcedLabel = z.strictObject({ kind: z.enum(['official', 'press']), label, source, seenOn });

const TranslatedLabelSchema = z
	.discriminatedUnion('kind', [sourcedLabel, unsourced], KIND_ERROR)
	.superRefine(officialSource);

const SpainLabelSchema = sourcedLabel.superRefine(officialSource);

const EntrySchema = z
	.strictObject({
		en: EnglishLabelSchema,
		es: TranslatedLabelSchema.optional(),
		'es-ES': SpainLabelSchema.optional(),
		'pt-br': TranslatedLabelSchema.optional(),
		de: TranslatedLabelSchema.optional(),
	})
	.superRefine((entry, ctx) => {
		const [spain, es] = [entry['es-ES'], entry.es];
		if (spain && es && es.kind !== 'none' && spain.label === es.label)
			ctx.addIssue({
				code: 'custom',
				path: ['es-ES'],
				message: 'Give es-ES only where Spain’s screen differs from the es label.',
			});
	});

const apps = z.record(z.string().min(1), EntrySchema).default({});

const GlossarySchema = z.strictObject(
	{ whatsapp: apps, ios: apps, computer: apps, web: apps },
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `Unknown app ${issue.keys.map((key) => `"${key}"`).join(', ')}: group labels under ${LABEL_APPS.join(', ')}.`
				: undefined,
	},
);

/** The glossary, checked; throws an error naming the file and each label and field that is wrong. */
export function parseGlossary(raw: unknown, file = GLOSSARY_FILE): Glossary {
	const result = GlossarySchema.safeParse(raw ?? {});
	if (result.success) return result.data;
	const problems = result.error.issues.map(
		(issue) =>
			`- ${issue.path.map((key, index) => (index === 1 ? `"${String(key)}"` : String(key))).join(' > ') || '(file)'}: ${issue.message}`,
	);
	throw new Error(`${file} needs fixing before the site can build:\n${problems.join('\n')}`);
}

/** Reads, parses and checks the glossary file. */
export function readGlossary(file = GLOSSARY_FILE): Glossary {
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8'), { uniqueKeys: true });
	} catch (error) {
		throw new Error(`${file} can't be read: ${(error as Error).message}`, { cause: error });
	}
	return parseGlossary(raw, file);
}
