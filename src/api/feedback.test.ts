import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createApiApp } from './app.ts';
import { createFeedback, type Feedback, type FeedbackOptions } from './feedback.ts';
import { createReaderIdentity } from './feedback-reader.ts';
import { createSqliteStore, openFeedbackDatabase, readCounts } from './feedback-sqlite.ts';
import { parseCatalog } from './feedback-store.ts';

const SITE = 'https://whatsapp-backup.help';
const SECRET = 'a test secret of enough length';
const DAY_ONE = Date.parse('2026-12-01T10:00:00Z');
const CATALOG = parseCatalog({
	schema: 1,
	articles: [
		{ article: 'restart-iphone', steps: ['restart-face-id', 'force-restart'] },
		{ article: 'back-up-now', steps: ['start-backup'] },
	],
});

let dir: string;
let db: DatabaseSync;
let now: number;
let feedback: (request: Request, address: string) => Promise<Response>;

/**
 * The API app with feedback over a real SQLite file, and nothing else. The reader's address comes in
 * as a binding, as CF-Connecting-IP does on Cloudflare: a test can be any address, IPv6 included.
 */
function appWith(overrides: Partial<FeedbackOptions> | 'unbound' = {}) {
	const bound: Feedback | undefined =
		overrides === 'unbound'
			? undefined
			: createFeedback({
					store: createSqliteStore(db),
					catalog: async () => CATALOG,
					secret: SECRET,
					now: () => now,
					...overrides,
				});
	const app = createApiApp<{ address: string }>({
		allowedOrigins: () => [SITE],
		feedback: { feedback: () => bound, clientAddress: (c) => c.env.address },
	});
	return async (request: Request, address: string) => app.fetch(request, { address });
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'feedback-handler-'));
	db = openFeedbackDatabase(join(dir, 'feedback.sqlite'));
	now = DAY_ONE;
	feedback = appWith();
});

afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

interface Sent {
	body?: BodyInit;
	method?: string;
	headers?: Record<string, string>;
	address?: string;
}

function vote(
	body: unknown,
	{ method = 'POST', headers = {}, address = '203.0.113.7' }: Omit<Sent, 'body'> = {},
) {
	return send({
		body: typeof body === 'string' ? body : JSON.stringify(body),
		method,
		headers,
		address,
	});
}

async function send({ body, method = 'POST', headers = {}, address = '203.0.113.7' }: Sent) {
	const request = new Request(`${SITE}/api/feedback`, {
		method,
		headers: { origin: SITE, 'content-type': 'application/json', ...headers },
		...(body === undefined ? {} : { body }),
	});
	const response = await feedback(request, address);
	return {
		status: response.status,
		headers: response.headers,
		body: (await response.text()) || undefined,
	};
}

const rows = () =>
	db.prepare('SELECT day, reader, article, fixed, step FROM votes ORDER BY article, day').all();

describe('a vote', () => {
	test('is stored with the article, yes or no, the step and the day, and answered 200', async () => {
		const reply = await vote({ article: 'restart-iphone', fixed: true, step: 'force-restart' });
		expect(reply.status).toBe(200);
		expect(JSON.parse(reply.body ?? '')).toEqual({
			stored: true,
			article: 'restart-iphone',
			fixed: true,
			step: 'force-restart',
		});
		expect(reply.headers.get('access-control-allow-origin')).toBe(SITE);
		expect(reply.headers.get('cache-control')).toBe('no-store');
		const [row] = rows();
		expect(row).toMatchObject({
			day: '2026-12-01',
			article: 'restart-iphone',
			fixed: 1,
			step: 'force-restart',
		});
	});

	test('keeps no address: the reader is the day’s keyed hash of it', async () => {
		await vote({ article: 'back-up-now', fixed: false }, { address: '203.0.113.7' });
		const stored = JSON.stringify(db.prepare('SELECT * FROM votes').all());
		expect(stored).not.toContain('203.0.113');
		expect(rows()[0]?.['reader']).toBe(
			await createReaderIdentity(SECRET)('203.0.113.7', '2026-12-01'),
		);
	});

	test('counts once per reader, article and day, and the latest answer stands', async () => {
		await vote({ article: 'restart-iphone', fixed: true, step: 'restart-face-id' });
		await vote({ article: 'restart-iphone', fixed: false });
		await vote({ article: 'restart-iphone', fixed: true });
		await vote({ article: 'back-up-now', fixed: false });
		await vote({ article: 'restart-iphone', fixed: false }, { address: '198.51.100.1' });
		expect(readCounts(db)).toEqual([
			{ article: 'back-up-now', fixed: 0, notFixed: 1, steps: [] },
			{ article: 'restart-iphone', fixed: 1, notFixed: 1, steps: [] },
		]);
	});

	test('from 256 addresses of one IPv6 /56 (one home line) counts once, under one rate limit', async () => {
		const statuses: number[] = [];
		for (let network = 0; network < 256; network++) {
			const address = `2001:db8:0:${network.toString(16)}:${network.toString(16)}::1`;
			statuses.push((await vote({ article: 'restart-iphone', fixed: true }, { address })).status);
		}
		expect(statuses).toEqual([...Array(30).fill(200), ...Array(226).fill(429)]);
		expect(rows()).toHaveLength(1);
		// The next /56 is another home line.
		await vote({ article: 'restart-iphone', fixed: false }, { address: '2001:db8:0:100::1' });
		expect(readCounts(db)).toEqual([
			{ article: 'restart-iphone', fixed: 1, notFixed: 1, steps: [] },
		]);
	});

	test('from the same reader on the next day counts again', async () => {
		await vote({ article: 'restart-iphone', fixed: true });
		now += 24 * 60 * 60 * 1000;
		await vote({ article: 'restart-iphone', fixed: true });
		const [first, second] = rows();
		expect([first?.['day'], second?.['day']]).toEqual(['2026-12-01', '2026-12-02']);
		expect(first?.['reader']).not.toBe(second?.['reader']);
	});

	test('that the database can’t take gets 503 and a message, never a 2xx, and is logged', async () => {
		db.exec('DROP TABLE votes');
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const reply = await vote({ article: 'restart-iphone', fixed: false });
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'unavailable' });
		// The operator is told why; the reader is not.
		expect(String(logged.mock.calls[0]?.[1])).toContain('no such table: votes');
		logged.mockRestore();
	});
});

describe('refusals: each is 4xx JSON with a message, and nothing is stored', () => {
	test.each([
		{
			name: 'an unknown article',
			body: { article: 'no-such-fix', fixed: true },
			status: 422,
			error: 'unknown_article',
		},
		{
			name: 'an article address with slashes',
			body: { article: '/restart-iphone/', fixed: true },
			status: 422,
			error: 'unknown_article',
		},
		{
			name: 'a step the article lacks',
			body: { article: 'restart-iphone', fixed: true, step: 'start-backup' },
			status: 422,
			error: 'unknown_step',
		},
		{
			name: 'a step with "fixed": false',
			body: { article: 'restart-iphone', fixed: false, step: 'force-restart' },
			status: 422,
			error: 'invalid_vote',
		},
		{
			name: '"fixed" as a string',
			body: { article: 'restart-iphone', fixed: 'true' },
			status: 422,
			error: 'invalid_vote',
		},
		{
			name: '"fixed" missing',
			body: { article: 'restart-iphone' },
			status: 422,
			error: 'invalid_vote',
		},
		{
			name: 'an extra field',
			body: { article: 'restart-iphone', fixed: true, email: 'a@b.c' },
			status: 422,
			error: 'invalid_vote',
		},
		{
			name: 'a list instead of an object',
			body: [{ article: 'restart-iphone', fixed: true }],
			status: 422,
			error: 'invalid_vote',
		},
		{
			name: 'a prototype key as the article',
			body: { article: '__proto__', fixed: true },
			status: 422,
			error: 'unknown_article',
		},
		{
			name: 'malformed JSON',
			body: '{"article": "restart-iphone", fixed: true',
			status: 400,
			error: 'malformed_json',
		},
		{ name: 'an empty body', body: '', status: 400, error: 'malformed_json' },
	])('$name: $status', async ({ body, status, error }) => {
		const reply = await vote(body);
		expect(reply.status).toBe(status);
		const answer = JSON.parse(reply.body ?? '') as { error: string; message: string };
		expect(answer.error).toBe(error);
		expect(answer.message.length).toBeGreaterThan(10);
		expect(rows()).toEqual([]);
	});

	test.each([
		{
			name: 'another content type',
			headers: { 'content-type': 'text/plain' },
			status: 415,
			error: 'unsupported_media_type',
		},
		{
			name: 'a form',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			status: 415,
			error: 'unsupported_media_type',
		},
		{
			name: 'another origin',
			headers: { origin: 'https://evil.example' },
			status: 403,
			error: 'forbidden_origin',
		},
		{
			name: 'the site’s origin with a path',
			headers: { origin: `${SITE}/` },
			status: 403,
			error: 'forbidden_origin',
		},
	])('$name: $status', async ({ headers, status, error }) => {
		const reply = await vote({ article: 'restart-iphone', fixed: true }, { headers });
		expect(reply.status).toBe(status);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error });
		expect(rows()).toEqual([]);
	});

	test('no origin at all: 403', async () => {
		const request = new Request(`${SITE}/api/feedback`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"article":"restart-iphone","fixed":true}',
		});
		const response = await feedback(request, '203.0.113.7');
		expect(response.status).toBe(403);
		expect(rows()).toEqual([]);
	});

	test('a body over 2 KB: 413, whether it says its length or not', async () => {
		const padded = JSON.stringify({
			article: 'restart-iphone',
			fixed: true,
			step: 'x'.repeat(2100),
		});
		expect((await vote(padded)).status).toBe(413);
		const chunks = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1000)));
				controller.close();
			},
		});
		const streamed = await feedback(
			new Request(`${SITE}/api/feedback`, {
				method: 'POST',
				headers: { origin: SITE, 'content-type': 'application/json' },
				body: chunks,
				duplex: 'half',
			} as RequestInit),
			'203.0.113.7',
		);
		expect(streamed.status).toBe(413);
		expect(JSON.parse(await streamed.text())).toMatchObject({ error: 'too_large' });
		expect(rows()).toEqual([]);
	});

	test.each(['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'FOO'])(
		'%s: 405 with Allow',
		async (method) => {
			const reply = await send({
				method,
				...(method === 'GET' || method === 'HEAD'
					? {}
					: { body: '{"article":"restart-iphone","fixed":true}' }),
			});
			expect(reply.status).toBe(405);
			expect(reply.headers.get('allow')).toBe('POST, OPTIONS');
			if (method !== 'HEAD')
				expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'method_not_allowed' });
			expect(rows()).toEqual([]);
		},
	);

	test('a flood from one reader: 429 with Retry-After once over the limit, others unaffected', async () => {
		feedback = appWith({ rateLimit: { limit: 3, windowMs: 60_000 } });
		const statuses = [];
		for (let i = 0; i < 5; i++)
			statuses.push((await vote({ article: 'restart-iphone', fixed: i % 2 === 0 })).status);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		const limited = await vote({ article: 'back-up-now', fixed: true });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(JSON.parse(limited.body ?? '')).toMatchObject({ error: 'rate_limited' });
		expect(
			(await vote({ article: 'back-up-now', fixed: true }, { address: '198.51.100.2' })).status,
		).toBe(200);
		expect(readCounts(db).map(({ article }) => article)).toEqual(['back-up-now', 'restart-iphone']);
		now += 60_000;
		expect((await vote({ article: 'back-up-now', fixed: false })).status).toBe(200);
	});

	test('where no database or secret is bound: 503, and the availability file says false', async () => {
		feedback = appWith('unbound');
		const reply = await vote({ article: 'restart-iphone', fixed: true });
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'unavailable' });
		const availability = await feedback(
			new Request(`${SITE}/api/feedback-availability.json`),
			'203.0.113.7',
		);
		expect(await availability.json()).toEqual({ available: false });
		expect(rows()).toEqual([]);
	});

	test('before the site is built: 503, nothing stored', async () => {
		feedback = appWith({ catalog: async () => undefined });
		const reply = await vote({ article: 'restart-iphone', fixed: true });
		expect(reply.status).toBe(503);
		expect(rows()).toEqual([]);
	});
});

describe('CORS preflight', () => {
	test('OPTIONS from the site: 204 allowing POST with a JSON body', async () => {
		const reply = await send({ method: 'OPTIONS' });
		expect(reply.status).toBe(204);
		expect(reply.headers.get('access-control-allow-origin')).toBe(SITE);
		expect(reply.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual([
			'POST',
			'OPTIONS',
		]);
		expect(reply.headers.get('access-control-allow-headers')).toBe('Content-Type');
		expect(reply.headers.get('vary')?.split(/,\s*/)).toContain('Origin');
	});

	test('OPTIONS from another origin: 403 without CORS headers', async () => {
		const reply = await send({ method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
		expect(reply.status).toBe(403);
		expect(reply.headers.get('access-control-allow-origin')).toBeNull();
	});
});
