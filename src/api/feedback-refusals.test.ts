// The feedback endpoint refuses what it must not store: each refusal is a 4xx JSON with a message,
// and nothing is stored.
import { describe, expect, test } from 'vitest';
import { readCounts } from './feedback-sqlite.ts';
import { feedbackApp, SITE } from '../../tests/support/feedback-app.ts';

const app = feedbackApp();

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
			name: 'a language the site does not speak',
			body: { article: 'restart-iphone', fixed: true, lang: 'fr' },
			status: 422,
			error: 'unknown_language',
		},
		{
			name: 'a language with a region the site does not speak',
			body: { article: 'restart-iphone', fixed: true, lang: 'pt-PT' },
			status: 422,
			error: 'unknown_language',
		},
		{
			name: 'an empty language',
			body: { article: 'restart-iphone', fixed: true, lang: '' },
			status: 422,
			error: 'unknown_language',
		},
		{
			name: '"lang" as a number',
			body: { article: 'restart-iphone', fixed: true, lang: 1 },
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
		const reply = await app.vote(body);
		expect(reply.status).toBe(status);
		const answer = JSON.parse(reply.body ?? '') as { error: string; message: string };
		expect(answer.error).toBe(error);
		expect(answer.message.length).toBeGreaterThan(10);
		expect(app.rows()).toEqual([]);
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
		const reply = await app.vote({ article: 'restart-iphone', fixed: true }, { headers });
		expect(reply.status).toBe(status);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error });
		expect(app.rows()).toEqual([]);
	});

	test('no origin at all: 403', async () => {
		const request = new Request(`${SITE}/api/feedback`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"article":"restart-iphone","fixed":true}',
		});
		const response = await app.fetch(request, '203.0.113.7');
		expect(response.status).toBe(403);
		expect(app.rows()).toEqual([]);
	});

	test('a body over 2 KB: 413, whether it says its length or not', async () => {
		const padded = JSON.stringify({
			article: 'restart-iphone',
			fixed: true,
			step: 'x'.repeat(2100),
		});
		expect((await app.vote(padded)).status).toBe(413);
		const chunks = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1000)));
				controller.close();
			},
		});
		const streamed = await app.fetch(
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
		expect(app.rows()).toEqual([]);
	});

	test.each(['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'FOO'])(
		'%s: 405 with Allow',
		async (method) => {
			const reply = await app.send({
				method,
				...(method === 'GET' || method === 'HEAD'
					? {}
					: { body: '{"article":"restart-iphone","fixed":true}' }),
			});
			expect(reply.status).toBe(405);
			expect(reply.headers.get('allow')).toBe('POST, OPTIONS');
			if (method !== 'HEAD')
				expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'method_not_allowed' });
			expect(app.rows()).toEqual([]);
		},
	);

	test('a flood from one reader: 429 with Retry-After once over the limit, others unaffected', async () => {
		app.use({ rateLimit: { limit: 3, windowMs: 60_000 } });
		const statuses = [];
		for (let i = 0; i < 5; i++)
			statuses.push((await app.vote({ article: 'restart-iphone', fixed: i % 2 === 0 })).status);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		const limited = await app.vote({ article: 'back-up-now', fixed: true });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(JSON.parse(limited.body ?? '')).toMatchObject({ error: 'rate_limited' });
		expect(
			(await app.vote({ article: 'back-up-now', fixed: true }, { address: '198.51.100.2' })).status,
		).toBe(200);
		expect(readCounts(app.db).map(({ article }) => article)).toEqual([
			'back-up-now',
			'restart-iphone',
		]);
		app.advance(60_000);
		expect((await app.vote({ article: 'back-up-now', fixed: false })).status).toBe(200);
	});

	test('where no database or secret is bound: 503, and the availability file says false', async () => {
		app.use('unbound');
		const reply = await app.vote({ article: 'restart-iphone', fixed: true });
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'unavailable' });
		const availability = await app.fetch(
			new Request(`${SITE}/api/feedback-availability.json`),
			'203.0.113.7',
		);
		expect(await availability.json()).toEqual({ available: false });
		expect(app.rows()).toEqual([]);
	});

	test('before the site is built: 503, nothing stored', async () => {
		app.use({ catalog: async () => undefined });
		const reply = await app.vote({ article: 'restart-iphone', fixed: true });
		expect(reply.status).toBe(503);
		expect(app.rows()).toEqual([]);
	});
});
