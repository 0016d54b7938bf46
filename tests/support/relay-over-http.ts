// The relay over real HTTP, for its tests: the Node server in front of a stand-in for Apple, and a
// bystander server that an open proxy would reach. Each test starts from a healthy Apple and nothing seen.
import {
	createServer,
	request as httpRequest,
	type IncomingHttpHeaders,
	type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createRelayHandler, type RelayHandlerOptions } from '../../src/api/app.ts';
import { createApiServer } from '../../src/api/node-server.ts';
import { appleFeedFixture } from './apple-feed.ts';

export const OUTAGE_FEED = appleFeedFixture('apple-status-icloud-backup-outage.js');
const MALFORMED_FEED = appleFeedFixture('apple-status-malformed.js');
export const FEED_PATH = '/support/systemstatus/data/system_status_en_US.js';
export const SITE = 'https://whatsapp-backup.help';

type Mode = 'healthy' | 'slow' | 'error500' | 'oversized' | 'malformed' | 'html' | 'redirect';

/**
 * A real HTTP server standing in for Apple, recording every request target it receives. In the
 * `redirect` mode it sends the relay on to `elsewhere` (the bystander's address).
 */
function startFakeUpstream(elsewhere: () => string) {
	const seen: string[] = [];
	let mode: Mode = 'healthy';
	const server = createServer((req, res) => {
		seen.push(req.url ?? '');
		switch (mode) {
			case 'redirect':
				res.writeHead(302, { location: elsewhere() }).end();
				return;
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

/** A server that must never be contacted: the target of open-proxy attempts and redirects. It serves a readable feed. */
function startBystander() {
	const seen: string[] = [];
	const server = createServer((req, res) => {
		seen.push(req.url ?? '');
		res.writeHead(200, { 'content-type': 'application/x-javascript' }).end(OUTAGE_FEED);
	});
	return { server, seen };
}

export async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

export async function close(server: Server): Promise<void> {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
}

interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
}

/** A raw HTTP request, so tests control the path, Host and method exactly. */
export function send(
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

/** The Node server (`npm run api`'s, with its limits) serving the relay alone. */
export function relayServer(options: RelayHandlerOptions): Server {
	return createApiServer(createRelayHandler(options));
}

/**
 * Start the stand-in for Apple, the bystander and a relay in front of them for one test file. The
 * ports are filled in once they listen.
 */
export function relayOverHttp() {
	const ports = { upstream: 0, bystander: 0, relay: 0 };
	const upstream = startFakeUpstream(() => `http://127.0.0.1:${ports.bystander}/elsewhere`);
	const bystander = startBystander();
	let relay: Server | undefined;

	beforeAll(async () => {
		ports.upstream = await listen(upstream.server);
		ports.bystander = await listen(bystander.server);
		relay = relayServer({
			upstreamUrl: `http://127.0.0.1:${ports.upstream}${FEED_PATH}`,
			allowedOrigin: SITE,
			// Generous, so a busy machine can't turn a quick answer into a timeout; the slow test has its own relay.
			timeoutMs: 10_000,
			// Every request goes upstream, so each test sees its own mode.
			cacheTtlMs: 0,
			failureTtlMs: 0,
		});
		ports.relay = await listen(relay);
	});

	afterAll(async () => {
		const servers = [upstream.server, bystander.server, ...(relay ? [relay] : [])];
		await Promise.all(servers.map(close));
	});

	beforeEach(() => {
		upstream.setMode('healthy');
		upstream.seen.length = 0;
		bystander.seen.length = 0;
	});

	return { upstream, bystander, ports };
}
