// A vote through the API app: stored once per reader, article and day, the latest standing, with no
// address kept. What the endpoint refuses is in feedback-refusals.test.ts.
import { describe, expect, test, vi } from 'vitest';
import { createReaderIdentity } from './feedback-reader.ts';
import { readCounts } from './feedback-sqlite.ts';
import { feedbackApp, SECRET, SITE } from '../../tests/support/feedback-app.ts';

const app = feedbackApp();

describe('a vote', () => {
	test('is stored with the article, yes or no, the step and the day, and answered 200', async () => {
		const reply = await app.vote({ article: 'restart-iphone', fixed: true, step: 'force-restart' });
		expect(reply.status).toBe(200);
		expect(JSON.parse(reply.body ?? '')).toEqual({
			stored: true,
			article: 'restart-iphone',
			fixed: true,
			step: 'force-restart',
			lang: 'en',
		});
		expect(reply.headers.get('access-control-allow-origin')).toBe(SITE);
		expect(reply.headers.get('cache-control')).toBe('no-store');
		const [row] = app.rows();
		expect(row).toMatchObject({
			day: '2026-12-01',
			article: 'restart-iphone',
			fixed: 1,
			step: 'force-restart',
			lang: 'en',
		});
	});

	test('keeps the page’s language as the site names it; a vote without one is from an English page', async () => {
		const replies = [];
		for (const [lang, address] of [
			['es', '198.51.100.1'],
			['pt-BR', '198.51.100.2'],
			['de', '198.51.100.3'],
			['pt-br', '198.51.100.4'],
			[undefined, '198.51.100.5'],
		] as const)
			replies.push(await app.vote({ article: 'back-up-now', fixed: false, lang }, { address }));
		expect(replies.map((reply) => (JSON.parse(reply.body ?? '') as { lang: string }).lang)).toEqual(
			['es', 'pt-br', 'de', 'pt-br', 'en'],
		);
		// Rows come in the order of their readers' hashes.
		expect(
			app
				.rows()
				.map((row) => String(row['lang']))
				.sort(),
		).toEqual(['de', 'en', 'es', 'pt-br', 'pt-br']);
	});

	test('keeps no address: the reader is the day’s keyed hash of it', async () => {
		await app.vote({ article: 'back-up-now', fixed: false }, { address: '203.0.113.7' });
		const stored = JSON.stringify(app.db.prepare('SELECT * FROM votes').all());
		expect(stored).not.toContain('203.0.113');
		expect(app.rows()[0]?.['reader']).toBe(
			await createReaderIdentity(SECRET)('203.0.113.7', '2026-12-01'),
		);
	});

	test('counts once per reader, article and day, and the latest answer stands', async () => {
		await app.vote({ article: 'restart-iphone', fixed: true, step: 'restart-face-id' });
		await app.vote({ article: 'restart-iphone', fixed: false });
		await app.vote({ article: 'restart-iphone', fixed: true });
		await app.vote({ article: 'back-up-now', fixed: false });
		await app.vote({ article: 'restart-iphone', fixed: false }, { address: '198.51.100.1' });
		expect(readCounts(app.db)).toMatchObject([
			{ article: 'back-up-now', fixed: 0, notFixed: 1, steps: [] },
			{ article: 'restart-iphone', fixed: 1, notFixed: 1, steps: [] },
		]);
	});

	test('counts once per reader, article and day in any language: the latest answer and its language stand', async () => {
		await app.vote({ article: 'restart-iphone', fixed: false, lang: 'es' });
		await app.vote({ article: 'restart-iphone', fixed: true, step: 'force-restart', lang: 'en' });
		await app.vote(
			{ article: 'restart-iphone', fixed: true, lang: 'es' },
			{ address: '198.51.100.1' },
		);
		expect(readCounts(app.db)).toEqual([
			{
				article: 'restart-iphone',
				fixed: 2,
				notFixed: 0,
				steps: [{ step: 'force-restart', count: 1 }],
				languages: [
					{ lang: 'en', fixed: 1, notFixed: 0, steps: [{ step: 'force-restart', count: 1 }] },
					{ lang: 'es', fixed: 1, notFixed: 0, steps: [] },
				],
			},
		]);
	});

	test('from 256 addresses of one IPv6 /56 (one home line) counts once, under one rate limit', async () => {
		const statuses: number[] = [];
		for (let network = 0; network < 256; network++) {
			const address = `2001:db8:0:${network.toString(16)}:${network.toString(16)}::1`;
			statuses.push(
				(await app.vote({ article: 'restart-iphone', fixed: true }, { address })).status,
			);
		}
		expect(statuses).toEqual([...Array(30).fill(200), ...Array(226).fill(429)]);
		expect(app.rows()).toHaveLength(1);
		// The next /56 is another home line.
		await app.vote({ article: 'restart-iphone', fixed: false }, { address: '2001:db8:0:100::1' });
		expect(readCounts(app.db)).toMatchObject([
			{ article: 'restart-iphone', fixed: 1, notFixed: 1, steps: [] },
		]);
	});

	test('from the same reader on the next day counts again', async () => {
		await app.vote({ article: 'restart-iphone', fixed: true });
		app.advance(24 * 60 * 60 * 1000);
		await app.vote({ article: 'restart-iphone', fixed: true });
		const [first, second] = app.rows();
		expect([first?.['day'], second?.['day']]).toEqual(['2026-12-01', '2026-12-02']);
		expect(first?.['reader']).not.toBe(second?.['reader']);
	});

	test('that the database can’t take gets 503 and a message, never a 2xx, and is logged', async () => {
		app.db.exec('DROP TABLE votes');
		const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const reply = await app.vote({ article: 'restart-iphone', fixed: false });
		expect(reply.status).toBe(503);
		expect(JSON.parse(reply.body ?? '')).toMatchObject({ error: 'unavailable' });
		// The operator is told why; the reader is not.
		expect(String(logged.mock.calls[0]?.[1])).toContain('no such table: votes');
		logged.mockRestore();
	});
});

describe('CORS preflight', () => {
	test('OPTIONS from the site: 204 allowing POST with a JSON body', async () => {
		const reply = await app.send({ method: 'OPTIONS' });
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
		const reply = await app.send({
			method: 'OPTIONS',
			headers: { origin: 'https://evil.example' },
		});
		expect(reply.status).toBe(403);
		expect(reply.headers.get('access-control-allow-origin')).toBeNull();
	});
});
