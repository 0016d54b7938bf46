/**
 * The feedback server counts what readers answer (exactly, once per reader and day, through a crash)
 * and says whether it takes votes at all. What it refuses is in feedback-server-refusals.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { createReaderIdentity, utcDay } from '../src/api/feedback-reader.ts';
import { openFeedbackDatabaseReadOnly } from '../src/api/feedback-sqlite.ts';
import {
	ORIGIN,
	SECRET,
	call,
	feedbackServers,
	report,
	vote,
	voteCount,
} from './support/feedback-server-harness.ts';

const servers = feedbackServers();

// Each test starts the server in its own process, which takes seconds on a busy machine.
describe('the API server', { timeout: 30_000 }, () => {
	test('40 concurrent votes from 40 readers give exact counts; repeats from one reader count once', async () => {
		const db = servers.file('concurrent.sqlite');
		const { port } = await servers.start(db);
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
		const db = servers.file('crash.sqlite');
		const { port, child } = await servers.start(db);
		const acknowledged: { from: string; fixed: boolean }[] = [];
		let failed = 0;
		const addresses = Array.from(
			{ length: 200 },
			(_, i) => `127.1.${Math.floor(i / 100)}.${(i % 100) + 1}`,
		);
		let next = 0;
		// The votes may cross midnight (UTC): a reader's hash is then that of either day.
		const days = [utcDay(Date.now())];
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

		const restarted = await servers.start(db);
		const readerOf = createReaderIdentity(SECRET);
		const reader = openFeedbackDatabaseReadOnly(db);
		const stored = new Map(
			reader
				.prepare('SELECT reader, fixed FROM votes')
				.all()
				.map((row) => [row['reader'], row['fixed']]),
		);
		reader.close();
		days.push(utcDay(Date.now()));
		for (const { from, fixed } of acknowledged) {
			const ids = await Promise.all(days.map((day) => readerOf(from, day)));
			const found = ids.map((id) => stored.get(id)).find((value) => value !== undefined);
			expect(found, from).toBe(fixed ? 1 : 0);
		}

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

	test('says it takes votes, answers OPTIONS for CORS, and 404s anything else', async () => {
		const { port } = await servers.start(servers.file('paths.sqlite'));
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
		const db = servers.file('unbuilt.sqlite');
		const { port } = await servers.start(db, {
			FEEDBACK_CATALOG: servers.file('missing.json'),
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
