/** The feedback server refuses what it must not store, each time with a 4xx JSON that says why. */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { call, feedbackServers, vote, voteCount } from './support/feedback-server-harness.ts';

const servers = feedbackServers();

// Each test starts the server in its own process, which takes seconds on a busy machine.
describe('the API server', { timeout: 30_000 }, () => {
	describe('refusals: 4xx JSON with a message, nothing stored', () => {
		let port = 0;
		let db = '';
		beforeAll(async () => {
			db = servers.file('refusals.sqlite');
			({ port } = await servers.start(db));
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
			{ name: 'a method Node’s parser does not know', status: 405, method: 'FOO' },
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

	describe('refuses to start, saying why', () => {
		test.each([
			{
				name: 'a catalog that is not what the build writes',
				settings: () => {
					const file = servers.file('malformed-catalog.json');
					writeFileSync(file, '{"schema":2}');
					return { FEEDBACK_CATALOG: file };
				},
				message:
					/malformed-catalog\.json: The feedback catalog is not in the form the build writes/,
			},
			{
				name: 'a secret of 16 spaces',
				settings: () => ({ FEEDBACK_SECRET: ' '.repeat(16) }),
				message: /FEEDBACK_SECRET must be at least 16 characters long, and not all one character/,
			},
			{
				name: 'a secret of one letter 16 times',
				settings: () => ({ FEEDBACK_SECRET: 'a'.repeat(16) }),
				message: /FEEDBACK_SECRET must be at least 16 characters long, and not all one character/,
			},
		])('$name', async ({ settings, message }) => {
			await expect(servers.start(servers.file('not-started.sqlite'), settings())).rejects.toThrow(
				message,
			);
		});
	});
});
