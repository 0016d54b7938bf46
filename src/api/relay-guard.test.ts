// The relay answers only its own path and methods, and is no open proxy: whatever a request says, it
// asks Apple's fixed feed path and nobody else.
import { describe, expect, test } from 'vitest';
import { isRelayPayload } from '../lib/status/relay-payload.ts';
import { FEED_PATH, SITE, relayOverHttp, send } from '../../tests/support/relay-over-http.ts';

const { upstream, bystander, ports } = relayOverHttp();

describe('relay methods', () => {
	test('answers OPTIONS from the site with 204 and the allowed methods', async () => {
		const reply = await send(ports.relay, {
			method: 'OPTIONS',
			headers: { origin: SITE, 'access-control-request-method': 'GET' },
		});
		expect(reply.status).toBe(204);
		expect(reply.headers['allow']).toBe('GET, HEAD, OPTIONS');
		expect(reply.headers['access-control-allow-origin']).toBe(SITE);
		expect(reply.headers['access-control-allow-methods']?.split(/,\s*/)).toEqual([
			'GET',
			'HEAD',
			'OPTIONS',
		]);
		expect(upstream.seen).toEqual([]);
	});

	test('answers OPTIONS from another origin without CORS headers', async () => {
		const reply = await send(ports.relay, {
			method: 'OPTIONS',
			headers: { origin: 'https://evil.example' },
		});
		expect(reply.status).toBe(204);
		expect(reply.headers['access-control-allow-origin']).toBeUndefined();
		expect(reply.headers['access-control-allow-methods']).toBeUndefined();
	});

	test.each(['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND'])(
		'answers %s with 405 and never asks Apple',
		async (method) => {
			const reply = await send(ports.relay, { method });
			expect(reply.status).toBe(405);
			expect(reply.headers['allow']).toBe('GET, HEAD, OPTIONS');
			expect(JSON.parse(reply.body)).toMatchObject({ error: 'method_not_allowed' });
			expect(upstream.seen).toEqual([]);
		},
	);
});

describe('relay is not an open proxy', () => {
	const attempts = () => [
		{ title: 'a ?url= query', path: `/api/icloud-status?url=http://127.0.0.1:${ports.bystander}/` },
		{
			title: 'a ?upstream= and ?callback= query',
			path: `/api/icloud-status?upstream=http://127.0.0.1:${ports.bystander}/&callback=x`,
		},
		{
			title: 'a Host header naming another server',
			path: '/api/icloud-status',
			headers: { host: `127.0.0.1:${ports.bystander}` },
		},
		{
			title: 'an X-Forwarded-Host header',
			path: '/api/icloud-status',
			headers: { 'x-forwarded-host': `127.0.0.1:${ports.bystander}` },
		},
		{
			title: 'an absolute-form request target',
			path: `http://127.0.0.1:${ports.bystander}/api/icloud-status`,
		},
	];

	test('only ever fetches the fixed feed path, whatever the request says', async () => {
		for (const attempt of attempts()) {
			const reply = await send(ports.relay, {
				path: attempt.path,
				...(attempt.headers ? { headers: attempt.headers } : {}),
			});
			expect(reply.status, attempt.title).toBe(200);
			expect(isRelayPayload(JSON.parse(reply.body)), attempt.title).toBe(true);
		}
		expect(upstream.seen).toHaveLength(attempts().length);
		for (const target of upstream.seen) expect(target.startsWith(`${FEED_PATH}?_=`)).toBe(true);
		expect(bystander.seen).toEqual([]);
	});

	test('refuses a redirect from upstream: 502, the other host never asked, nothing kept as Apple’s', async () => {
		upstream.setMode('redirect');
		const reply = await send(ports.relay, { headers: { origin: SITE } });
		expect(reply.status).toBe(502);
		expect(reply.headers['cache-control']).toBe('no-store');
		expect(JSON.parse(reply.body)).toMatchObject({ error: 'upstream_failed' });
		expect(upstream.seen).toHaveLength(1);
		expect(bystander.seen).toEqual([]);
	});

	test.each([
		{ path: '/' },
		{ path: '/api/icloud-status/extra' },
		{ path: '//127.0.0.1:BYSTANDER/' },
		{ path: '/api/icloud-status/../../etc/passwd' },
		{ path: '/api/ICLOUD-STATUS' },
	])('answers 404 for $path and asks nobody', async ({ path: target }) => {
		const reply = await send(ports.relay, {
			path: target.replace('BYSTANDER', String(ports.bystander)),
		});
		expect(reply.status).toBe(404);
		expect(JSON.parse(reply.body)).toMatchObject({ error: 'not_found' });
		expect(upstream.seen).toEqual([]);
		expect(bystander.seen).toEqual([]);
	});
});
