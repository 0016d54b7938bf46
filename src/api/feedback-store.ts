/**
 * Where votes go, and the built collection they are checked against. The one SQL statement that
 * writes a vote is shared by both stores: node:sqlite (src/api/feedback-sqlite.ts) and Cloudflare D1
 * (below), over the schema in migrations/ (0001_feedback.sql, and 0003_feedback_language.sql for `lang`).
 */
import * as z from 'zod/mini';
import type { FeedbackCatalogFile } from '../lib/feedback/shared.ts';
import type { Locale } from '../lib/i18n/locales.ts';

/** One stored answer. No address, user agent, cookie or time of day: see src/pages/privacy.astro. */
export interface Vote {
	/** UTC day, YYYY-MM-DD. */
	day: string;
	/** That day's keyed hash of the reader's network address. */
	reader: string;
	article: string;
	fixed: boolean;
	step: string | null;
	/** The language of the page the reader answered on. */
	lang: Locale;
}

/** Resolves once the vote is durably stored (only then does the endpoint answer 2xx). */
export interface FeedbackStore {
	save(vote: Vote): Promise<void>;
}

/** Fix article address → its step ids. */
export type FeedbackCatalog = ReadonlyMap<string, readonly string[]>;

/**
 * A reader's later answer on the same article and day replaces the earlier one: the latest stands,
 * in whichever language it came (the language is not part of the key, so a reader counts once).
 */
export const SAVE_VOTE_SQL = `INSERT INTO votes (day, reader, article, fixed, step, lang) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (day, reader, article) DO UPDATE SET fixed = excluded.fixed, step = excluded.step, lang = excluded.lang`;

/** The statement's parameters, in order. */
export function voteParameters(
	vote: Vote,
): [string, string, string, number, string | null, Locale] {
	return [vote.day, vote.reader, vote.article, vote.fixed ? 1 : 0, vote.step, vote.lang];
}

const CatalogFileSchema = z.object({
	schema: z.literal(1),
	articles: z.array(z.object({ article: z.string(), steps: z.array(z.string()) })),
});

/** The catalog from the JSON the build writes; throws with a clear message on anything else. */
export function parseCatalog(json: unknown): FeedbackCatalog {
	const parsed = CatalogFileSchema.safeParse(json);
	if (!parsed.success)
		throw new Error(
			`The feedback catalog is not in the form the build writes: ${z.prettifyError(parsed.error)}`,
		);
	const file: FeedbackCatalogFile = parsed.data;
	// A Map, so an address such as "__proto__" stays plain data.
	return new Map(file.articles.map(({ article, steps }) => [article, steps]));
}

/** The part of Cloudflare's D1 binding this store uses (typed here; no Workers types package). */
export interface D1Like {
	prepare(sql: string): { bind(...values: unknown[]): { run(): Promise<unknown> } };
}

/** Votes in a Cloudflare D1 database; D1 has committed the write when `run()` resolves. */
export function createD1Store(db: D1Like): FeedbackStore {
	return {
		async save(vote) {
			await db
				.prepare(SAVE_VOTE_SQL)
				.bind(...voteParameters(vote))
				.run();
		},
	};
}
