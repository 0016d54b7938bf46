/**
 * What the report commands (`npm run feedback:report`, `npm run search:report`) share: the options, the
 * database at FEEDBACK_DB (default data/feedback.sqlite), the JSON form, the exit codes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FEEDBACK_DB } from './feedback-sqlite.ts';

export interface ReportCommand<Report> {
	/** The npm script that runs it, for the usage line. */
	script: string;
	read: (path: string) => Report;
	format: (report: Report, path: string) => string;
}

type Write = (text: string) => void;

/** Run a report command; returns the exit code (2: a wrong option, 1: no database). */
export function runReport<Report>(
	command: ReportCommand<Report>,
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	out: Write,
	err: Write,
): number {
	const unknown = args.filter((arg) => arg !== '--json');
	if (unknown.length > 0) {
		err(`Unknown option ${unknown.join(' ')}. Use: npm run ${command.script} [-- --json]\n`);
		return 2;
	}
	const path = env['FEEDBACK_DB'] || DEFAULT_FEEDBACK_DB;
	if (!existsSync(path)) {
		err(
			`There is no feedback database at ${path}. Set FEEDBACK_DB to the file \`npm run api\` writes.\n`,
		);
		return 1;
	}
	const report = command.read(path);
	out(
		args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : command.format(report, path),
	);
	return 0;
}

/** Run `main` with the process's arguments when the file at `moduleUrl` is the one Node was started with. */
export function runAsCommand(
	moduleUrl: string,
	main: (args: readonly string[], env: NodeJS.ProcessEnv, out: Write, err: Write) => number,
): void {
	if (process.argv[1] === undefined || fileURLToPath(moduleUrl) !== process.argv[1]) return;
	process.exitCode = main(
		process.argv.slice(2),
		process.env,
		(text) => process.stdout.write(text),
		(text) => process.stderr.write(text),
	);
}
