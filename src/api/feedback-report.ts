/**
 * `npm run feedback:report`: what readers said about each fix, from the SQLite file at FEEDBACK_DB
 * (default data/feedback.sqlite). `-- --json` prints the same as a JSON list. Reads only; the server
 * may keep running. For Cloudflare D1, export the database to a file first (see docs/feedback.md).
 */
import { formatReport, summarise, type ArticleSummary } from '../lib/feedback/summary.ts';
import { openFeedbackDatabaseReadOnly, readCounts } from './feedback-sqlite.ts';
import { runAsCommand, runReport } from './report-command.ts';

/** The report for the database at `path`. */
export function feedbackReport(path: string): ArticleSummary[] {
	const db = openFeedbackDatabaseReadOnly(path);
	try {
		return summarise(readCounts(db));
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
): number {
	return runReport(
		{ script: 'feedback:report', read: feedbackReport, format: formatReport },
		args,
		env,
		out,
		err,
	);
}

runAsCommand(import.meta.url, main);
