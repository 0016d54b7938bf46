// The status relay answers GET with Apple's feed normalised, and every way Apple can fail with a JSON
// error that says what happened; upstream it asks only in ways every host's fetch implements.
import { describe, expect, test } from 'vitest';
import { isRelayPayload } from '../lib/status/relay-payload.ts';
import { createRelayHandler } from './app.ts';
import {
	FEED_PATH,
	OUTAGE_FEED,
	SITE,
	close,
	listen,
	relayOverHttp,
	relayServer,
	send,
} from '../../tests/support/relay-over-http.ts';

const { upstream, ports } = relayOverHttp();

describe('relay GET /api/icloud-status', () => {
	test('returns 200 with the normalised report, public max-age=60 and ACAO for the site', async () => {
		const reply = await send(ports.relay, { headers: { origin: SITE } });
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(reply.headers['cache-control']).toBe('public, max-age=60');
		expect(reply.headers['access-control-allow-origin']).toBe(SITE);
		expect(reply.headers['vary']).toBe('Origin');
		expect(reply.headers['x-content-type-options']).toBe('nosniff');
		const payload: unknown = JSON.parse(reply.body);
		if (!isRelayPayload(payload)) throw new Error(`not a relay payload: ${reply.body}`);
		expect(payload.services.map((service) => [service.name, service.state])).toEqual([
			['iCloud Backup', 'outage'],
			['iCloud Drive', 'outage'],
			['iCloud Account & Sign In', 'issue'],
			['iCloud Storage Upgrades', 'available'],
		]);
		expect(payload.statusPage).toBe('https://www.apple.com/support/systemstatus/');
		expect(upstream.seen).toHaveLength(1);
		expect(upstream.seen[0]).toMatch(new RegExp(`^${FEED_PATH.replaceAll('.', '\\.')}\\?_=\\d+$`));
	});

	test.each([
		{ title: 'another origin', headers: { origin: 'https://evil.example' } },
		{ title: 'the site origin with a trailing slash', headers: { origin: `${SITE}/` } },
		{ title: 'the site origin over http', headers: { origin: 'http://whatsapp-backup.help' } },
		{ title: 'no Origin header', headers: {} },
	])('answers 200 without Access-Control-Allow-Origin for $title', async ({ headers }) => {
		const reply = await send(ports.relay, { headers });
		expect(reply.status).toBe(200);
		expect(reply.headers['access-control-allow-origin']).toBeUndefined();
	});

	test('answers HEAD with the same headers and no body', async () => {
		const reply = await send(ports.relay, { method: 'HEAD', headers: { origin: SITE } });
		expect(reply.status).toBe(200);
		expect(reply.headers['cache-control']).toBe('public, max-age=60');
		expect(reply.headers['access-control-allow-origin']).toBe(SITE);
		expect(reply.body).toBe('');
	});

	test('answers 502 with a JSON error when Apple is slower than the timeout', async () => {
		upstream.setMode('slow');
		const quick = relayServer({
			upstreamUrl: `http://127.0.0.1:${ports.upstream}${FEED_PATH}`,
			allowedOrigin: SITE,
			timeoutMs: 200,
			cacheTtlMs: 0,
			failureTtlMs: 0,
		});
		const port = await listen(quick);
		try {
			const reply = await send(port, { headers: { origin: SITE } });
			expect(reply.status).toBe(502);
			expect(reply.headers['cache-control']).toBe('no-store');
			expect(reply.headers['access-control-allow-origin']).toBe(SITE);
			expect(JSON.parse(reply.body)).toEqual({
				error: 'upstream_failed',
				message: 'Apple’s System Status feed did not answer in time.',
				statusPage: 'https://www.apple.com/support/systemstatus/',
			});
			expect(upstream.seen).toHaveLength(1);
		} finally {
			await close(quick);
		}
	});

	test.each([
		{ mode: 'error500', message: 'Apple’s System Status feed answered with an error.' },
		{ mode: 'oversized', message: 'Apple’s System Status feed was larger than expected.' },
		{ mode: 'malformed', message: 'Apple’s System Status feed could not be read.' },
		{ mode: 'html', message: 'Apple’s System Status feed could not be read.' },
	] as const)('answers 502 with a JSON error when Apple is $mode', async ({ mode, message }) => {
		upstream.setMode(mode);
		const reply = await send(ports.relay, { headers: { origin: SITE } });
		expect(reply.status).toBe(502);
		expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(reply.headers['cache-control']).toBe('no-store');
		expect(reply.headers['access-control-allow-origin']).toBe(SITE);
		expect(JSON.parse(reply.body)).toEqual({
			error: 'upstream_failed',
			message,
			statusPage: 'https://www.apple.com/support/systemstatus/',
		});
	});
});

describe('relay upstream request', () => {
	test('passes fetch only options Cloudflare Workers implement, with a fresh cache-buster', async () => {
		const inits: RequestInit[] = [];
		const urls: string[] = [];
		const handler = createRelayHandler({
			cacheTtlMs: 0,
			now: () => 1778606100000,
			fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
				urls.push(input instanceof Request ? input.url : input.toString());
				inits.push(init ?? {});
				// Workers throw "The 'credentials' field on 'RequestInitializerDict' is not implemented."
				for (const field of ['credentials', 'cache', 'referrerPolicy', 'mode'] as const) {
					if (init && field in init)
						throw new TypeError(`The '${field}' field is not implemented.`);
				}
				return new Response(OUTAGE_FEED, { status: 200 });
			},
		});
		const response = await handler(
			new Request('https://whatsapp-backup.help/api/icloud-status?url=https://evil.example/'),
		);
		expect(response.status).toBe(200);
		expect(urls).toEqual([
			'https://www.apple.com/support/systemstatus/data/system_status_en_US.js?_=1778606100000',
		]);
		expect(Object.keys(inits[0] ?? {}).sort()).toEqual(['method', 'redirect', 'signal']);
		expect(inits[0]?.redirect).toBe('manual');
	});
});
