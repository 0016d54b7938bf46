/**
 * Where unanswered searches go, and the report's one query. The statements are shared by both stores:
 * node:sqlite (src/api/unanswered-sqlite.ts) and Cloudflare D1 (below), over the schema in
 * migrations/0002_unanswered.sql, in the same database as the votes.
 */
import type { Locale } from '../lib/i18n/locales.ts';
import type { D1Like } from './feedback-store.ts';

/** One stored search. No address, user agent, cookie or time of day: see src/pages/privacy.astro. */
export interface UnansweredSearch {
	/** UTC day, YYYY-MM-DD. */
	day: string;
	lang: Locale;
	/** The query as `scrubQuery` left it, never empty. */
	query: string;
	/** That day's keyed hash of the reader's network address with the language and query. */
	reader: string;
}

/** Resolves once the search is durably stored (only then does the endpoint answer 2xx). */
export interface UnansweredStore {
	save(search: UnansweredSearch): Promise<void>;
}

/** A reader's same search on the same day is already counted: the second changes nothing. */
export const SAVE_UNANSWERED_SQL =
	'INSERT INTO unanswered (day, lang, query, reader) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING';

/** The statement's parameters, in order. */
export function unansweredParameters(search: UnansweredSearch): [string, string, string, string] {
	return [search.day, search.lang, search.query, search.reader];
}

/** Unanswered searches in a Cloudflare D1 database; D1 has committed the write when `run()` resolves. */
export function createD1UnansweredStore(db: D1Like): UnansweredStore {
	return {
		async save(search) {
			await db
				.prepare(SAVE_UNANSWERED_SQL)
				.bind(...unansweredParameters(search))
				.run();
		},
	};
}
