/**
 * Unanswered searches in the feedback database on Node (src/api/feedback-sqlite.ts opens and migrates
 * it, with the same durability), and the report's query with its k-anonymity threshold.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Locale } from '../lib/i18n/locales.ts';
import {
	firstKeptDay,
	MIN_READERS,
	sortReport,
	type UnansweredQuery,
} from '../lib/search/unanswered.ts';
import {
	SAVE_UNANSWERED_SQL,
	unansweredParameters,
	type UnansweredStore,
} from './unanswered-store.ts';

/** A store over an open database; `save` has committed (and synced) when it resolves. */
export function createSqliteUnansweredStore(db: DatabaseSync): UnansweredStore {
	const save = db.prepare(SAVE_UNANSWERED_SQL);
	return {
		save(search) {
			save.run(...unansweredParameters(search));
			return Promise.resolve();
		},
	};
}

/**
 * The queries at least `MIN_READERS` readers searched for without finding, with how many, on `today`
 * (YYYY-MM-DD). Rows older than the retention are deleted first, as every write does, so a report run
 * after a quiet month shows and keeps nothing older. A reader counts once per query and day.
 */
export function readUnanswered(db: DatabaseSync, today: string): UnansweredQuery[] {
	const firstKept = firstKeptDay(today);
	db.prepare('DELETE FROM unanswered WHERE day < ?').run(firstKept);
	const rows = db
		.prepare(
			'SELECT query, lang, COUNT(*) AS readers FROM unanswered WHERE day >= ? GROUP BY lang, query HAVING COUNT(*) >= ?',
		)
		.all(firstKept, MIN_READERS);
	return sortReport(
		rows.map((row) => ({
			query: String(row['query']),
			// The endpoint stores only the site's own languages (`toLocale`).
			lang: String(row['lang']) as Locale,
			readers: Number(row['readers']),
		})),
	);
}
