/**
 * `npm run api` as a reader's browser meets it, for the tests of the feedback server: the real Node
 * server in its own process, on a free local port, writing a real SQLite file. Distinct readers are
 * distinct loopback source addresses.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { openFeedbackDatabaseReadOnly } from '../../src/api/feedback-sqlite.ts';
import { spawnApiServer } from './api-server.ts';

export const ORIGIN = 'http://localhost:4321';
export const SECRET = 'server test secret, long enough';
const CATALOG = join(process.cwd(), 'tests/fixtures/feedback-catalog.json');

/**
 * Servers for one test file, each with its own database in a temporary folder. Once the file is done
 * they are stopped, the folder is removed, and their logs are checked: nothing about a reader ever
 * reaches them.
 */
export function feedbackServers() {
	let dir = '';
	const output: string[] = [];
	const running = new Set<ChildProcess>();

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'feedback-server-'));
	});

	afterAll(async () => {
		await Promise.all(
			[...running].map(
				(child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL')),
			),
		);
		rmSync(dir, { recursive: true, force: true });
		// The only address a log may hold is the server's own.
		const logged = output.join('').replaceAll('http://127.0.0.1:', '');
		expect(logged).not.toMatch(/127\.0\.\d+\.\d+|::ffff/);
	});

	return {
		/** A file in the temporary folder, e.g. a database that no server has opened yet. */
		file: (name: string) => join(dir, name),
		/** Start the API server with a test database; resolves with its port once it listens. */
		async start(
			db: string,
			settings: Record<string, string | undefined> = {},
			options: { fileLimit?: number } = {},
		): Promise<{ port: number; child: ChildProcess }> {
			const server = await spawnApiServer(
				{
					FEEDBACK_DB: db,
					FEEDBACK_SECRET: SECRET,
					FEEDBACK_CATALOG: CATALOG,
					SITE_ORIGIN: ORIGIN,
					...settings,
				},
				{
					...options,
					// Tracked from the start, so that a test that times out before it listens leaves no process.
					onSpawn: (child) => {
						running.add(child);
						child.once('exit', () => running.delete(child));
					},
				},
			);
			server.child.once('exit', () => output.push(server.output()));
			return server;
		},
	};
}

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** One HTTP request from a chosen loopback source address. */
export function call(
	port: number,
	options: {
		path?: string;
		method?: string;
		body?: string | Buffer;
		from?: string;
		headers?: Record<string, string>;
	} = {},
): Promise<Reply> {
	const {
		path = '/api/feedback',
		method = 'POST',
		body,
		from = '127.0.0.1',
		headers = {},
	} = options;
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path,
				method,
				localAddress: from,
				agent: false,
				headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString(),
					}),
				);
			},
		);
		req.on('error', reject);
		req.end(body);
	});
}

export const vote = (port: number, from: string, payload: Record<string, unknown>) =>
	call(port, { from, body: JSON.stringify(payload) });

/** The report, as `npm run feedback:report -- --json` prints it. */
export function report(db: string): {
	article: string;
	fixed: number;
	notFixed: number;
	steps: { step: string; count: number }[];
}[] {
	const run = spawnSync(process.execPath, ['src/api/feedback-report.ts', '--json'], {
		env: { PATH: process.env['PATH'], FEEDBACK_DB: db },
		encoding: 'utf8',
	});
	expect(run.status, run.stderr).toBe(0);
	return JSON.parse(run.stdout) as ReturnType<typeof report>;
}

export function voteCount(db: string): number {
	const reader = openFeedbackDatabaseReadOnly(db);
	try {
		return Number(reader.prepare('SELECT COUNT(*) AS n FROM votes').get()?.['n']);
	} finally {
		reader.close();
	}
}
