/**
 * `npm run search:report`: the queries readers searched for and left without opening a result, per
 * language, from the feedback database at FEEDBACK_DB (default data/feedback.sqlite). A query shows
 * only once `MIN_READERS` readers asked it; `-- --json` prints `[{"query", "lang", "readers"}]`.
 * Deletes rows past the retention first, so it opens the file for writing (the server may keep
 * running: WAL lets both). For Cloudflare D1, export the database to a file first
 * (docs/unanswered-searches.md).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatUnansweredReport, type UnansweredQuery } from '../lib/search/unanswered.ts';
import { utcDay } from './feedback-reader.ts';
import { DEFAULT_FEEDBACK_DB, openFeedbackDatabase } from './feedback-sqlite.ts';
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
	const unknown = args.filter((arg) => arg !== '--json');
	if (unknown.length > 0) {
		err(`Unknown option ${unknown.join(' ')}. Use: npm run search:report [-- --json]\n`);
		return 2;
	}
	const path = env['FEEDBACK_DB'] || DEFAULT_FEEDBACK_DB;
	if (!existsSync(path)) {
		err(
			`There is no feedback database at ${path}. Set FEEDBACK_DB to the file \`npm run api\` writes.\n`,
		);
		return 1;
	}
	const report = unansweredReport(path, now);
	out(
		args.includes('--json')
			? `${JSON.stringify(report, null, 2)}\n`
			: formatUnansweredReport(report, path),
	);
	return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	process.exitCode = main(
		process.argv.slice(2),
		process.env,
		(text) => process.stdout.write(text),
		(text) => process.stderr.write(text),
	);
}
