// Each host's entry point hands its requests to the same app: the Netlify function and the Cloudflare
// Pages Functions answer as `npm run api` does. (The Workers runtime itself, with D1, is
// e2e/feedback-cloudflare.spec.ts.)
import { describe, expect, test, vi } from 'vitest';
import netlifyRelay, { config } from '../../netlify/functions/icloud-status.ts';
import { onRequest as pagesAvailability } from '../../functions/api/feedback-availability.json.ts';
import { onRequest as pagesFeedback } from '../../functions/api/feedback.ts';
import { onRequest as pagesRelay } from '../../functions/api/icloud-status.ts';
import { onRequest as pagesUnanswered } from '../../functions/api/unanswered.ts';
import { onRequest as pagesUnansweredAvailability } from '../../functions/api/unanswered-availability.json.ts';
import type { CloudflareEnv } from './cloudflare.ts';
import type { D1Like } from './feedback-store.ts';

const SITE = 'https://whatsapp-backup.help';
const unusedDatabase: D1Like = {
	prepare: () => {
		throw new Error('Nothing may be stored here');
	},
};

describe('the Netlify function', () => {
	test('serves the relay path with the app: CORS preflight, and a JSON 405 for a vote', async () => {
		expect(config.path).toBe('/api/icloud-status');
		const preflight = await netlifyRelay(
			new Request(`${SITE}/api/icloud-status`, { method: 'OPTIONS', headers: { origin: SITE } }),
		);
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
		const post = await netlifyRelay(new Request(`${SITE}/api/icloud-status`, { method: 'POST' }));
		expect(post.status).toBe(405);
		expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
		expect(await post.json()).toMatchObject({ error: 'method_not_allowed' });
	});
});

describe('the Cloudflare Pages Functions', () => {
	const context = (path: string, env: CloudflareEnv, init: RequestInit = {}) => ({
		request: new Request(`${SITE}${path}`, init),
		env,
	});
	const vote = {
		method: 'POST',
		headers: { origin: SITE, 'content-type': 'application/json' },
		body: '{"article":"restart-iphone","fixed":true}',
	};

	test('without a database bound, take no votes and say so', async () => {
		const availability = await pagesAvailability(context('/api/feedback-availability.json', {}));
		expect(await availability.json()).toEqual({ available: false });
		const reply = await pagesFeedback(context('/api/feedback', {}, vote));
		expect(reply.status).toBe(503);
		expect(await reply.json()).toMatchObject({ error: 'unavailable' });
	});

	test('without a database bound, count no unanswered searches and say so', async () => {
		const availability = await pagesUnansweredAvailability(
			context('/api/unanswered-availability.json', {}),
		);
		expect(await availability.json()).toEqual({ available: false });
		const reply = await pagesUnanswered(
			context('/api/unanswered', {}, { ...vote, body: '{"query":"backup stuck","lang":"en"}' }),
		);
		expect(reply.status).toBe(503);
		expect(await reply.json()).toMatchObject({ error: 'unavailable' });
	});

	test.each([' '.repeat(16), 'a'.repeat(16), 'short'])(
		'with the weak secret %j, take no votes and log why',
		async (secret) => {
			const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
			const env = { FEEDBACK_DB: unusedDatabase, FEEDBACK_SECRET: secret };
			const reply = await pagesFeedback(context('/api/feedback', env, vote));
			expect(reply.status).toBe(503);
			expect(String(logged.mock.calls[0]?.[0])).toContain(
				'FEEDBACK_SECRET must be at least 16 characters long',
			);
			logged.mockRestore();
		},
	);

	test('answer the relay path and its methods, with SITE_ORIGIN’s origins', async () => {
		const preview = 'https://preview.example';
		const preflight = await pagesRelay(
			context(
				'/api/icloud-status',
				{ SITE_ORIGIN: `${preview}/` },
				{ method: 'OPTIONS', headers: { origin: preview } },
			),
		);
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe(preview);
		const put = await pagesRelay(context('/api/icloud-status', {}, { method: 'PUT' }));
		expect(put.status).toBe(405);
	});
});
