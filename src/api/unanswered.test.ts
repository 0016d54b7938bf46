// An unanswered search through the API app: scrubbed, counted once per reader, query and day, with no
// address kept; and every refusal feedback has, with nothing stored.
import { describe, expect, test, vi } from 'vitest';
import { createReaderIdentity } from './feedback-reader.ts';
import { SECRET, SITE, unansweredApp } from '../../tests/support/unanswered-app.ts';

const app = unansweredApp();
const DAY = 24 * 60 * 60 * 1000;

describe('an unanswered search', () => {
	test('is stored scrubbed, with the language and the day, and answered 200', async () => {
		const reply = await app.search({ query: '  iCloud Backup STUCK at 93 % ', lang: 'en' });
		expect(reply.status).toBe(200);
		expect(JSON.parse(reply.body ?? '')).toEqual({
			counted: true,
			query: 'icloud backup stuck at',
			lang: 'en',
		});
		expect(reply.headers.get('access-control-allow-origin')).toBe(SITE);
		expect(reply.headers.get('cache-control')).toBe('no-store');
		expect(reply.headers.get('set-cookie')).toBeNull();
		expect(app.rows()).toEqual([
			{
				day: '2026-12-01',
				lang: 'en',
				query: 'icloud backup stuck at',
				reader: expect.any(String),
			},
		]);
	});

	test('is stored without the phone number or e-mail address in it', async () => {
		await app.search({ query: 'call me +1 (555) 123-4567 backup fails', lang: 'en' });
		await app.search({ query: 'jane.doe@example.com can’t restore', lang: 'en' });
		expect(app.rows().map((row) => row['query'])).toEqual([
			'call me backup fails',
			"can't restore",
		]);
	});

	test('keeps no address, nor the reader’s hash: only a hash of the reader with the query', async () => {
		await app.search({ query: 'backup stuck', lang: 'en' }, { address: '203.0.113.7' });
		const stored = JSON.stringify(app.rows());
		expect(stored).not.toContain('203.0.113');
		const readerOf = createReaderIdentity(SECRET);
		expect(stored).not.toContain(await readerOf('203.0.113.7', '2026-12-01'));
		expect(app.rows()[0]?.['reader']).toBe(
			await readerOf('203.0.113.7', '2026-12-01', 'en\nbackup stuck'),
		);
	});

	test('counts once per reader, language, query and day; a reader’s searches can’t be linked', async () => {
		for (let i = 0; i < 3; i++) await app.search({ query: 'Backup stuck', lang: 'en' });
		await app.search({ query: 'backup   STUCK', lang: 'en' });
		await app.search({ query: 'backup stuck', lang: 'de' });
		await app.search({ query: 'chats missing', lang: 'en' });
		await app.search({ query: 'backup stuck', lang: 'en' }, { address: '198.51.100.1' });
		const rows = app.rows();
		expect(rows.map(({ lang, query }) => `${String(lang)} ${String(query)}`)).toEqual([
			'de backup stuck',
			'en backup stuck',
			'en backup stuck',
			'en chats missing',
		]);
		expect(new Set(rows.map((row) => row['reader'])).size).toBe(4);
	});

	test('from the same reader on the next day counts again', async () => {
		await app.search({ query: 'backup stuck', lang: 'en' });
		app.advance(DAY);
		await app.search({ query: 'backup stuck', lang: 'en' });
		expect(app.rows().map((row) => row['day'])).toEqual(['2026-12-01', '2026-12-02']);
	});

	test('takes pt-BR, the page’s own language tag, as pt-br', async () => {
		const reply = await app.search({ query: 'backup travado', lang: 'pt-BR' });
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ counted: true, lang: 'pt-br' });
		expect(app.rows()).toMatchObject([{ lang: 'pt-br' }]);
	});

	test('that is all personal detail is answered 200, counted: false, with the reason; nothing stored', async () => {
		for (const query of ['+44 20 7946 0958', 'jane@example.com', '123456', '   ']) {
			const reply = await app.search({ query, lang: 'en' });
			expect(reply.status).toBe(200);
			expect(JSON.parse(reply.body ?? '')).toMatchObject({
				counted: false,
				reason: 'nothing_left',
				message: expect.stringContaining('not counted'),
			});
		}
		expect(app.rows()).toEqual([]);
	});

	test('rows older than 30 days are deleted at the next write', async () => {
		await app.search({ query: 'old question', lang: 'en' });
		app.advance(30 * DAY);
		await app.search({ query: 'newer question', lang: 'en' });
		expect(app.rows()).toHaveLength(2);
		app.advance(DAY);
		await app.search({ query: 'newest question', lang: 'en' });
		expect(app.rows().map((row) => row['query'])).toEqual(['newer question', 'newest question']);
	});

	test('that the database can’t take gets 503 and a message, never a 2xx, and is logged', async () => {
		app.db.exec('DROP TABLE unanswered');
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const reply = await app.search({ query: 'backup stuck', lang: 'en' });
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'unavailable' });
		expect(String(logged.mock.calls[0]?.[1])).toContain('no such table: unanswered');
		logged.mockRestore();
	});
});

describe('refusals: each is 4xx JSON with a message, and nothing is stored', () => {
	test.each([
		{ name: 'malformed JSON', body: '{"query": "x", lang', status: 400, error: 'malformed_json' },
		{ name: 'an empty body', body: '', status: 400, error: 'malformed_json' },
		{ name: 'a list', body: [{ query: 'x', lang: 'en' }], status: 422, error: 'invalid_search' },
		{ name: 'no query', body: { lang: 'en' }, status: 422, error: 'invalid_search' },
		{
			name: 'a number as query',
			body: { query: 5, lang: 'en' },
			status: 422,
			error: 'invalid_search',
		},
		{ name: 'no language', body: { query: 'backup stuck' }, status: 422, error: 'invalid_search' },
		{
			name: 'an extra field',
			body: { query: 'backup stuck', lang: 'en', email: 'a@b.c' },
			status: 422,
			error: 'invalid_search',
		},
		{
			name: 'a language the site lacks',
			body: { query: 'backup stuck', lang: 'fr' },
			status: 422,
			error: 'unknown_language',
		},
		{
			name: 'a prototype key as the language',
			body: { query: 'backup stuck', lang: '__proto__' },
			status: 422,
			error: 'unknown_language',
		},
		{
			name: 'a body over 2 KB',
			body: { query: 'x'.repeat(2100), lang: 'en' },
			status: 413,
			error: 'too_large',
		},
	])('$name: $status', async ({ body, status, error }) => {
		const reply = await app.search(body);
		expect(reply.status).toBe(status);
		const answer = JSON.parse(reply.body ?? '') as { error: string; message: string };
		expect(answer.error).toBe(error);
		expect(answer.message.length).toBeGreaterThan(10);
		expect(app.rows()).toEqual([]);
	});

	test.each([
		{ name: 'another content type', headers: { 'content-type': 'text/plain' }, status: 415 },
		{ name: 'another origin', headers: { origin: 'https://evil.example' }, status: 403 },
	])('$name: $status', async ({ headers, status }) => {
		const reply = await app.search({ query: 'backup stuck', lang: 'en' }, { headers });
		expect(reply.status).toBe(status);
		expect((JSON.parse(reply.body ?? '') as { message: string }).message.length).toBeGreaterThan(
			10,
		);
		expect(app.rows()).toEqual([]);
	});

	test('no origin at all: 403', async () => {
		const response = await app.fetch(
			new Request(`${SITE}/api/unanswered`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{"query":"backup stuck","lang":"en"}',
			}),
			'203.0.113.7',
		);
		expect(response.status).toBe(403);
		expect(app.rows()).toEqual([]);
	});

	test.each(['GET', 'PUT', 'DELETE'])('%s: 405 with Allow', async (method) => {
		const reply = await app.send({
			method,
			...(method === 'GET' ? {} : { body: '{"query":"backup stuck","lang":"en"}' }),
		});
		expect(reply.status).toBe(405);
		expect(reply.headers.get('allow')).toBe('POST, OPTIONS');
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'method_not_allowed' });
	});

	test('OPTIONS from the site: 204 with CORS headers', async () => {
		const reply = await app.send({ method: 'OPTIONS' });
		expect(reply.status).toBe(204);
		expect(reply.headers.get('access-control-allow-origin')).toBe(SITE);
		expect(reply.headers.get('access-control-allow-methods')).toBe('POST,OPTIONS');
	});

	test('a flood from one reader: 429 with Retry-After once over the limit, others unaffected', async () => {
		app.use({ rateLimit: { limit: 3, windowMs: 60_000 } });
		const statuses = [];
		for (let i = 0; i < 5; i++)
			statuses.push(
				(await app.search({ query: `question ${'x'.repeat(i + 1)}`, lang: 'en' })).status,
			);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		const limited = await app.search({ query: 'another', lang: 'en' });
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(JSON.parse(limited.body ?? '')).toMatchObject({ error: 'rate_limited' });
		expect(
			(await app.search({ query: 'another', lang: 'en' }, { address: '198.51.100.2' })).status,
		).toBe(200);
		expect(app.rows()).toHaveLength(4);
	});

	test('where no database or secret is bound: 503, and the availability file says false', async () => {
		const availability = async (): Promise<unknown> =>
			(
				await app.fetch(new Request(`${SITE}/api/unanswered-availability.json`), '203.0.113.7')
			).json();
		expect(await availability()).toEqual({ available: true });
		app.use('unbound');
		const reply = await app.search({ query: 'backup stuck', lang: 'en' });
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'unavailable' });
		expect(await availability()).toEqual({ available: false });
		expect(app.rows()).toEqual([]);
	});
});
