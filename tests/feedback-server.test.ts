/**
 * `npm run api` as a reader's browser meets it: the real Node server in its own process, on a free
 * local port, writing a real SQLite file. Distinct readers are distinct loopback source addresses.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createReaderIdentity, utcDay } from '../src/relay/feedback-reader';
import { openFeedbackDatabaseReadOnly } from '../src/relay/feedback-sqlite';
import { spawnApiServer } from './api-server';

const ORIGIN = 'http://localhost:4321';
const SECRET = 'server test secret, long enough';
const CATALOG = join(process.cwd(), 'tests/fixtures/feedback-catalog.json');

let dir: string;
const output: string[] = [];
const running = new Set<ChildProcess>();

/** Start the API server on a free port with a test database; resolves with its port once it listens. */
async function startServer(
	db: string,
	settings: Record<string, string | undefined> = {},
): Promise<{ port: number; child: ChildProcess }> {
	const server = await spawnApiServer({
		FEEDBACK_DB: db,
		FEEDBACK_SECRET: SECRET,
		FEEDBACK_CATALOG: CATALOG,
		SITE_ORIGIN: ORIGIN,
		...settings,
	});
	running.add(server.child);
	server.child.once('exit', () => {
		running.delete(server.child);
		output.push(server.output());
	});
	return server;
}

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** One HTTP request from a chosen loopback source address. */
function call(
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

const vote = (port: number, from: string, payload: Record<string, unknown>) =>
	call(port, { from, body: JSON.stringify(payload) });

/** The report, as `npm run feedback:report -- --json` prints it. */
function report(db: string): {
	article: string;
	fixed: number;
	notFixed: number;
	steps: { step: string; count: number }[];
}[] {
	const run = spawnSync(
		process.execPath,
		['--experimental-strip-types', 'src/relay/feedback-report.ts', '--json'],
		{
			env: { PATH: process.env['PATH'], FEEDBACK_DB: db },
			encoding: 'utf8',
		},
	);
	expect(run.status, run.stderr).toBe(0);
	return JSON.parse(run.stdout) as ReturnType<typeof report>;
}

function voteCount(db: string): number {
	const reader = openFeedbackDatabaseReadOnly(db);
	try {
		return Number(reader.prepare('SELECT COUNT(*) AS n FROM votes').get()?.['n']);
	} finally {
		reader.close();
	}
}

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
	// Nothing about a reader ever reaches the logs: the only address printed is the server's own.
	const logged = output.join('').replaceAll('http://127.0.0.1:', '');
	expect(logged).not.toMatch(/127\.0\.\d+\.\d+|::ffff/);
});

describe('the API server', () => {
	test('40 concurrent votes from 40 readers give exact counts; repeats from one reader count once', async () => {
		const db = join(dir, 'concurrent.sqlite');
		const { port } = await startServer(db);
		const replies = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				vote(
					port,
					`127.0.0.${i + 10}`,
					i < 25
						? {
								article: 'restart-iphone',
								fixed: true,
								step: i < 10 ? 'force-restart' : 'restart-face-id',
							}
						: { article: 'restart-iphone', fixed: false },
				),
			),
		);
		expect(replies.map((reply) => reply.status)).toEqual(Array(40).fill(200));
		for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();

		const repeats = await Promise.all(
			Array.from({ length: 5 }, () =>
				vote(port, '127.0.0.99', { article: 'back-up-now', fixed: true }),
			),
		);
		expect(repeats.map((reply) => reply.status)).toEqual(Array(5).fill(200));
		// The reader changes their mind: the latest answer stands, still one vote.
		expect((await vote(port, '127.0.0.99', { article: 'back-up-now', fixed: false })).status).toBe(
			200,
		);

		expect(report(db)).toEqual([
			expect.objectContaining({ article: 'back-up-now', fixed: 0, notFixed: 1, steps: [] }),
			expect.objectContaining({
				article: 'restart-iphone',
				fixed: 25,
				notFixed: 15,
				steps: [
					{ step: 'restart-face-id', count: 15 },
					{ step: 'force-restart', count: 10 },
				],
			}),
		]);
	});

	test('kill -9 in the middle of a run loses no acknowledged vote', async () => {
		const db = join(dir, 'crash.sqlite');
		const { port, child } = await startServer(db);
		const acknowledged: { from: string; fixed: boolean }[] = [];
		let failed = 0;
		const addresses = Array.from(
			{ length: 200 },
			(_, i) => `127.1.${Math.floor(i / 100)}.${(i % 100) + 1}`,
		);
		let next = 0;
		// Eight readers at a time, until the server is killed after the 40th acknowledgement.
		await Promise.all(
			Array.from({ length: 8 }, async () => {
				while (next < addresses.length) {
					const from = addresses[next++] ?? '';
					const fixed = next % 3 !== 0;
					try {
						const reply = await vote(port, from, { article: 'restart-iphone', fixed });
						if (reply.status === 200) acknowledged.push({ from, fixed });
						if (acknowledged.length === 40) child.kill('SIGKILL');
					} catch {
						failed += 1;
					}
				}
			}),
		);
		expect(acknowledged.length).toBeGreaterThanOrEqual(40);
		expect(failed).toBeGreaterThan(0);

		const restarted = await startServer(db);
		const readerOf = createReaderIdentity(SECRET);
		const reader = openFeedbackDatabaseReadOnly(db);
		const stored = new Map(
			reader
				.prepare('SELECT reader, fixed FROM votes')
				.all()
				.map((row) => [row['reader'], row['fixed']]),
		);
		reader.close();
		for (const { from, fixed } of acknowledged)
			expect(stored.get(await readerOf(from, utcDay(Date.now()))), from).toBe(fixed ? 1 : 0);

		// The restarted server still knows those readers: a second vote from one replaces, not adds.
		const before = voteCount(db);
		const first = acknowledged[0];
		expect(
			(
				await vote(restarted.port, first?.from ?? '', {
					article: 'restart-iphone',
					fixed: !first?.fixed,
				})
			).status,
		).toBe(200);
		expect(voteCount(db)).toBe(before);
	});

	describe('refusals: 4xx JSON with a message, nothing stored', () => {
		let port = 0;
		let db = '';
		beforeAll(async () => {
			db = join(dir, 'refusals.sqlite');
			({ port } = await startServer(db));
		});

		test.each([
			{ name: 'an unknown article', body: '{"article":"no-such-fix","fixed":true}', status: 422 },
			{
				name: 'a step the article lacks',
				body: '{"article":"restart-iphone","fixed":true,"step":"start-backup"}',
				status: 422,
			},
			{
				name: '"fixed" not a boolean',
				body: '{"article":"restart-iphone","fixed":1}',
				status: 422,
			},
			{ name: 'malformed JSON', body: '{"article":', status: 400 },
			{
				name: 'another content type',
				body: 'article=restart-iphone&fixed=true',
				status: 415,
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
			},
			{
				name: 'a body over 2 KB',
				body: JSON.stringify({ article: 'restart-iphone', fixed: true, step: 'x'.repeat(3000) }),
				status: 413,
			},
			{
				name: 'a chunked body over 2 KB',
				body: ' '.repeat(5000),
				status: 413,
				headers: { 'transfer-encoding': 'chunked' },
			},
			{
				name: 'PUT',
				body: '{"article":"restart-iphone","fixed":true}',
				status: 405,
				method: 'PUT',
			},
			{ name: 'GET', status: 405, method: 'GET' },
			{ name: 'an unusual method', status: 405, method: 'PROPFIND' },
			{
				name: 'another origin',
				body: '{"article":"restart-iphone","fixed":true}',
				status: 403,
				headers: { origin: 'https://evil.example' },
			},
		])('$name: $status', async ({ body, status, headers, method }) => {
			const reply = await call(port, {
				from: '127.0.2.1',
				...(body === undefined ? {} : { body }),
				...(headers ? { headers } : {}),
				...(method ? { method } : {}),
			});
			expect(reply.status).toBe(status);
			expect(reply.headers['content-type']).toMatch(/^application\/json/);
			expect((JSON.parse(reply.body) as { message: string }).message.length).toBeGreaterThan(10);
			expect(voteCount(db)).toBe(0);
		});

		test('a flood from one reader: 429 after 30 requests in ten minutes', async () => {
			const statuses: number[] = [];
			for (let i = 0; i < 32; i++)
				statuses.push(
					(await vote(port, '127.0.3.1', { article: 'no-such-fix', fixed: true })).status,
				);
			expect(statuses.slice(0, 30)).toEqual(Array(30).fill(422));
			expect(statuses.slice(30)).toEqual([429, 429]);
		});

		test('forwarding headers do not change who the reader is', async () => {
			const spoof = { 'x-forwarded-for': '198.51.100.9', 'cf-connecting-ip': '198.51.100.9' };
			await call(port, {
				from: '127.0.4.1',
				body: '{"article":"back-up-now","fixed":true}',
				headers: spoof,
			});
			await call(port, {
				from: '127.0.4.2',
				body: '{"article":"back-up-now","fixed":true}',
				headers: spoof,
			});
			expect(voteCount(db)).toBe(2);
		});
	});

	test('says it takes votes, answers OPTIONS for CORS, and 404s anything else', async () => {
		const { port } = await startServer(join(dir, 'paths.sqlite'));
		const availability = await call(port, {
			path: '/api/feedback-availability.json',
			method: 'GET',
		});
		expect(availability.status).toBe(200);
		expect(JSON.parse(availability.body)).toEqual({ available: true });
		const preflight = await call(port, { method: 'OPTIONS' });
		expect(preflight.status).toBe(204);
		expect(preflight.headers['access-control-allow-origin']).toBe(ORIGIN);
		const other = await call(port, { path: '/api/other', method: 'GET' });
		expect(other.status).toBe(404);
		expect(JSON.parse(other.body)).toMatchObject({ error: 'not_found' });
	});

	test('without a built site it says feedback is unavailable, and stores nothing', async () => {
		const db = join(dir, 'unbuilt.sqlite');
		const { port } = await startServer(db, {
			FEEDBACK_CATALOG: join(dir, 'missing.json'),
			FEEDBACK_SECRET: undefined,
		});
		expect(
			JSON.parse(
				(await call(port, { path: '/api/feedback-availability.json', method: 'GET' })).body,
			),
		).toEqual({ available: false });
		expect((await vote(port, '127.0.5.1', { article: 'restart-iphone', fixed: true })).status).toBe(
			503,
		);
		expect(voteCount(db)).toBe(0);
	});
});
