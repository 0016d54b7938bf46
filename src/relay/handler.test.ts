import { readFileSync } from 'node:fs';
import {
	createServer,
	request as httpRequest,
	type IncomingHttpHeaders,
	type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isRelayPayload } from '../lib/status-relay-payload';
import { createRelayHandler } from './handler';
import { createRelayServer, startRelay } from './node-server';

const FIXTURES = path.resolve(process.cwd(), '../shared/reference/fixtures');
const OUTAGE_FEED = readFileSync(
	path.join(FIXTURES, 'apple-status-icloud-backup-outage.js'),
	'utf8',
);
const MALFORMED_FEED = readFileSync(path.join(FIXTURES, 'apple-status-malformed.js'), 'utf8');
const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';
const SITE = 'https://whatsapp-backup.help';

type Mode = 'healthy' | 'slow' | 'error500' | 'oversized' | 'malformed' | 'html';

/** A real HTTP server standing in for Apple, recording every request target it receives. */
function startFakeUpstream() {
	const seen: string[] = [];
	let mode: Mode = 'healthy';
	const server = createServer((req, res) => {
		seen.push(req.url ?? '');
		switch (mode) {
			case 'healthy':
				res.writeHead(200, { 'content-type': 'application/x-javascript' }).end(OUTAGE_FEED);
				return;
			case 'slow':
				// Answers only long after the relay has given up (that test's relay waits 200 ms).
				setTimeout(() => res.writeHead(200).end(OUTAGE_FEED), 30_000).unref();
				return;
			case 'error500':
				res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
				return;
			case 'oversized': {
				// 1 MB in chunks, without a Content-Length, so the relay must count while reading.
				res.writeHead(200, { 'content-type': 'application/x-javascript' });
				const chunk = ' '.repeat(64 * 1024);
				for (let i = 0; i < 16; i++) res.write(chunk);
				res.end(OUTAGE_FEED);
				return;
			}
			case 'malformed':
				res.writeHead(200, { 'content-type': 'application/x-javascript' }).end(MALFORMED_FEED);
				return;
			case 'html':
				res
					.writeHead(200, { 'content-type': 'text/html' })
					.end('<!doctype html><p>Maintenance</p>');
		}
	});
	return {
		server,
		seen,
		setMode: (next: Mode) => {
			mode = next;
		},
	};
}

/** A server that must never be contacted: the target of open-proxy attempts. */
function startBystander() {
	const seen: string[] = [];
	const server = createServer((req, res) => {
		seen.push(req.url ?? '');
		res.writeHead(200).end('{"services":[]}');
	});
	return { server, seen };
}

async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
}

interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
}

/** A raw HTTP request, so tests control the path, Host and method exactly. */
function send(
	port: number,
	options: { method?: string; path?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port,
				method: options.method ?? 'GET',
				path: options.path ?? '/api/icloud-status',
				headers: options.headers ?? {},
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
			},
		);
		req.on('error', reject);
		req.end();
	});
}

const upstream = startFakeUpstream();
const bystander = startBystander();
let upstreamPort = 0;
let bystanderPort = 0;
let relay: Server;
let relayPort = 0;

beforeAll(async () => {
	upstreamPort = await listen(upstream.server);
	bystanderPort = await listen(bystander.server);
	relay = createRelayServer(
		createRelayHandler({
			upstreamUrl: `http://127.0.0.1:${upstreamPort}${FEED_PATH}`,
			allowedOrigin: SITE,
			// Generous, so a busy machine can't turn a quick answer into a timeout; the slow test has its own relay.
			timeoutMs: 10_000,
			// Every request goes upstream, so each test sees its own mode.
			cacheTtlMs: 0,
			failureTtlMs: 0,
		}),
	);
	relayPort = await listen(relay);
});

afterAll(async () => {
	await Promise.all([close(relay), close(upstream.server), close(bystander.server)]);
});

beforeEach(() => {
	upstream.setMode('healthy');
	upstream.seen.length = 0;
	bystander.seen.length = 0;
});

describe('relay GET /api/icloud-status', () => {
	test('returns 200 with the normalised report, public max-age=60 and ACAO for the site', async () => {
		const reply = await send(relayPort, { headers: { origin: SITE } });
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
		const reply = await send(relayPort, { headers });
		expect(reply.status).toBe(200);
		expect(reply.headers['access-control-allow-origin']).toBeUndefined();
	});

	test('answers HEAD with the same headers and no body', async () => {
		const reply = await send(relayPort, { method: 'HEAD', headers: { origin: SITE } });
		expect(reply.status).toBe(200);
		expect(reply.headers['cache-control']).toBe('public, max-age=60');
		expect(reply.headers['access-control-allow-origin']).toBe(SITE);
		expect(reply.body).toBe('');
	});

	test('answers 502 with a JSON error when Apple is slower than the timeout', async () => {
		upstream.setMode('slow');
		const quick = createRelayServer(
			createRelayHandler({
				upstreamUrl: `http://127.0.0.1:${upstreamPort}${FEED_PATH}`,
				allowedOrigin: SITE,
				timeoutMs: 200,
				cacheTtlMs: 0,
				failureTtlMs: 0,
			}),
		);
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
		const reply = await send(relayPort, { headers: { origin: SITE } });
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

describe('relay methods', () => {
	test('answers OPTIONS from the site with 204 and the allowed methods', async () => {
		const reply = await send(relayPort, {
			method: 'OPTIONS',
			headers: { origin: SITE, 'access-control-request-method': 'GET' },
		});
		expect(reply.status).toBe(204);
		expect(reply.headers['allow']).toBe('GET, HEAD, OPTIONS');
		expect(reply.headers['access-control-allow-origin']).toBe(SITE);
		expect(reply.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
		expect(upstream.seen).toEqual([]);
	});

	test('answers OPTIONS from another origin without CORS headers', async () => {
		const reply = await send(relayPort, {
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
			const reply = await send(relayPort, { method });
			expect(reply.status).toBe(405);
			expect(reply.headers['allow']).toBe('GET, HEAD, OPTIONS');
			if (method !== 'TRACE')
				expect(JSON.parse(reply.body)).toMatchObject({ error: 'method_not_allowed' });
			expect(upstream.seen).toEqual([]);
		},
	);
});

describe('relay is not an open proxy', () => {
	const attempts = () => [
		{ title: 'a ?url= query', path: `/api/icloud-status?url=http://127.0.0.1:${bystanderPort}/` },
		{
			title: 'a ?upstream= and ?callback= query',
			path: `/api/icloud-status?upstream=http://127.0.0.1:${bystanderPort}/&callback=x`,
		},
		{
			title: 'a Host header naming another server',
			path: '/api/icloud-status',
			headers: { host: `127.0.0.1:${bystanderPort}` },
		},
		{
			title: 'an X-Forwarded-Host header',
			path: '/api/icloud-status',
			headers: { 'x-forwarded-host': `127.0.0.1:${bystanderPort}` },
		},
		{
			title: 'an absolute-form request target',
			path: `http://127.0.0.1:${bystanderPort}/api/icloud-status`,
		},
	];

	test('only ever fetches the fixed feed path, whatever the request says', async () => {
		for (const attempt of attempts()) {
			const reply = await send(relayPort, {
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

	test.each([
		{ path: '/' },
		{ path: '/api/icloud-status/extra' },
		{ path: '//127.0.0.1:BYSTANDER/' },
		{ path: '/api/icloud-status/../../etc/passwd' },
		{ path: '/api/ICLOUD-STATUS' },
	])('answers 404 for $path and asks nobody', async ({ path: target }) => {
		const reply = await send(relayPort, {
			path: target.replace('BYSTANDER', String(bystanderPort)),
		});
		expect(reply.status).toBe(404);
		expect(JSON.parse(reply.body)).toMatchObject({ error: 'not_found' });
		expect(upstream.seen).toEqual([]);
		expect(bystander.seen).toEqual([]);
	});
});

describe('relay upstream request', () => {
	test('passes fetch only options Cloudflare Workers implement, with a fresh cache-buster', async () => {
		const inits: RequestInit[] = [];
		const urls: string[] = [];
		const handler = createRelayHandler({
			cacheTtlMs: 0,
			now: () => 1778606100000,
			fetch: async (input, init) => {
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
	});
});

describe('startRelay', () => {
	test('listens on PORT and allows the SITE_ORIGIN origins', async () => {
		const server = await startRelay(
			{ PORT: '0', SITE_ORIGIN: 'http://localhost:4321, https://preview.example/' },
			{ upstreamUrl: `http://127.0.0.1:${upstreamPort}${FEED_PATH}`, cacheTtlMs: 0 },
		);
		const port = (server.address() as AddressInfo).port;
		try {
			const local = await send(port, { headers: { origin: 'http://localhost:4321' } });
			const preview = await send(port, { headers: { origin: 'https://preview.example' } });
			const site = await send(port, { headers: { origin: SITE } });
			expect(local.headers['access-control-allow-origin']).toBe('http://localhost:4321');
			expect(preview.headers['access-control-allow-origin']).toBe('https://preview.example');
			expect(site.headers['access-control-allow-origin']).toBeUndefined();
		} finally {
			await close(server);
		}
	});
});
