/**
 * `npm run search:report`: the queries readers searched for and left without opening a result, per
 * language, from the feedback database at FEEDBACK_DB (default data/feedback.sqlite). A query shows
 * only once `MIN_READERS` readers asked it; `-- --json` prints `[{"query", "lang", "readers"}]`.
 * Deletes rows past the retention first, so it opens the file for writing (the server may keep
 * running: WAL lets both). For Cloudflare D1, export the database to a file first
 * (docs/unanswered-searches.md).
 */
import { formatUnansweredReport, type UnansweredQuery } from '../lib/search/unanswered.ts';
import { utcDay } from './feedback-reader.ts';
import { openFeedbackDatabase } from './feedback-sqlite.ts';
import { runAsCommand, runReport } from './report-command.ts';
import { readUnanswered } from './unanswered-sqlite.ts';

/** The report for the database at `path` on the UTC day of `now`. */
export function unansweredReport(path: string, now: number = Date.now()): UnansweredQuery[] {
	// Migrated like the server does, so a database from before unanswered searches reads as empty.
	const db = openFeedbackDatabase(path);
	try {
		return readUnanswered(db, utcDay(now));
	} finally {
		db.close();
	}
}

/** Run the command; returns the exit code. */
export function main(
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	out: (text: string) => void,
	err: (text: string) => void,
	now: number = Date.now(),
): number {
	return runReport(
		{
			script: 'search:report',
			read: (path) => unansweredReport(path, now),
			format: formatUnansweredReport,
		},
		args,
		env,
		out,
		err,
	);
}

runAsCommand(import.meta.url, main);
