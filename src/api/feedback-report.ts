/**
 * `npm run feedback:report`: what readers said about each fix, from the SQLite file at FEEDBACK_DB
 * (default data/feedback.sqlite). `-- --json` prints the same as a JSON list. Reads only; the server
 * may keep running. For Cloudflare D1, export the database to a file first (see docs/feedback.md).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport, summarise, type ArticleSummary } from '../lib/feedback/summary.ts';
import {
	DEFAULT_FEEDBACK_DB,
	openFeedbackDatabaseReadOnly,
	readCounts,
} from './feedback-sqlite.ts';

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
	const unknown = args.filter((arg) => arg !== '--json');
	if (unknown.length > 0) {
		err(`Unknown option ${unknown.join(' ')}. Use: npm run feedback:report [-- --json]\n`);
		return 2;
	}
	const path = env['FEEDBACK_DB'] || DEFAULT_FEEDBACK_DB;
	if (!existsSync(path)) {
		err(
			`There is no feedback database at ${path}. Set FEEDBACK_DB to the file \`npm run api\` writes.\n`,
		);
		return 1;
	}
	const report = feedbackReport(path);
	out(
		args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, path),
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
