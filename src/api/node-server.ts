/**
 * `npm run api`: the /api app (src/api/app.ts) on Node's own `http` server through
 * `@hono/node-server`, for local use and for hosts that run Node. Also the limits that keep one
 * client from locking readers out (docs/feedback.md, "Limits of the Node server").
 * Env: PORT (default 8788), HOST (default 127.0.0.1), SITE_ORIGIN (comma-separated; default the site),
 * and the feedback settings in src/api/feedback-node.ts (FEEDBACK_DB, FEEDBACK_SECRET, FEEDBACK_CATALOG).
 */
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { readFileSync } from 'node:fs';
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { FEEDBACK_PATH } from '../lib/feedback/shared.ts';
import { UNANSWERED_PATH } from '../lib/search/unanswered.ts';
import { RELAY_PATH } from '../lib/status/sources.ts';
import { createApiApp, parseAllowedOrigins } from './app.ts';
import { createNodeFeedback } from './feedback-node.ts';
import { readerNetwork } from './feedback-reader.ts';
import { refusalResponse } from './http.ts';
import { createStatusRelay } from './relay.ts';

/** Default local port; Wrangler's Pages dev server uses the same one. */
const DEFAULT_API_PORT = 8788;

/** The server's limits; docs/feedback.md gives the reason for each number. */
export const LIMITS = {
	/** A request's head (request line and headers) must arrive within this. */
	headersTimeoutMs: 5_000,
	/** The whole request, body included, must arrive within this. */
	requestTimeoutMs: 10_000,
	/** How often Node checks the two timeouts above, so a connection lasts at most this much longer. */
	checkIntervalMs: 1_000,
	/** An idle kept-alive connection is closed after this. */
	keepAliveTimeoutMs: 5_000,
	/** Open connections at once, at most; fewer where the process may open fewer files (`connectionCap`). */
	maxConnections: 512,
	/** Open connections at once from one reader's network (an IPv4 address, an IPv6 /56). */
	maxConnectionsPerNetwork: 32,
} as const;

/**
 * The cap on open connections: LIMITS.maxConnections, or half the process's file-descriptor limit
 * where that is lower, so that slow clients can never take the descriptors the database and the
 * relay's upstream request need. Linux says the limit in /proc; elsewhere the fixed cap stands.
 */
function connectionCap(): number {
	const soft = /^Max open files\s+(\d+)/m.exec(readProcLimits() ?? '')?.[1];
	return soft === undefined
		? LIMITS.maxConnections
		: Math.min(LIMITS.maxConnections, Math.floor(Number(soft) / 2));
}

function readProcLimits(): string | undefined {
	try {
		return readFileSync('/proc/self/limits', 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * Hand-written because Node has a cap on connections (`server.maxConnections`) but none per client,
 * and at its cap it turns everyone away, readers included. Here, when a reader's network or the
 * server is at its cap, the oldest connection there with no request under way (a slow client still
 * sending its head, or an idle kept-alive one) is closed to make room; only when every one of them
 * is busy is the new connection closed instead.
 */
function limitConnections(server: Server, cap: number, perNetwork: number): void {
	const open = new Map<Socket, { network: string; busy: boolean }>();
	const perNetworkCount = new Map<string, number>();
	const forget = (socket: Socket) => {
		const entry = open.get(socket);
		if (!entry) return;
		open.delete(socket);
		const left = (perNetworkCount.get(entry.network) ?? 1) - 1;
		if (left > 0) perNetworkCount.set(entry.network, left);
		else perNetworkCount.delete(entry.network);
	};
	const makeRoom = (network: string): boolean => {
		const networkFull = (perNetworkCount.get(network) ?? 0) >= perNetwork;
		if (!networkFull && open.size < cap) return true;
		// Map order is the order connections came in: the first idle one found is the oldest.
		const idle = [...open].find(
			([, entry]) => !entry.busy && (!networkFull || entry.network === network),
		)?.[0];
		if (!idle) return false;
		forget(idle);
		idle.destroy();
		return true;
	};
	server.on('connection', (socket: Socket) => {
		const network = readerNetwork(socket.remoteAddress ?? '');
		if (!makeRoom(network)) {
			socket.destroy();
			return;
		}
		open.set(socket, { network, busy: false });
		perNetworkCount.set(network, (perNetworkCount.get(network) ?? 0) + 1);
		socket.once('close', () => forget(socket));
	});
	server.on('request', (req, res) => {
		const entry = open.get(req.socket);
		if (!entry) return;
		entry.busy = true;
		res.once('close', () => {
			entry.busy = false;
		});
	});
}

/** The host of every URL the app sees (see `createApiServer`). */
const PLACEHOLDER_HOST = 'api.invalid';

/**
 * Answer a request Node's parser refused, with the app's own JSON: an unknown method gets the path's
 * 405 (or the 404), a timeout 408, oversized headers 431, anything else 400. Hand-written because
 * there is no request object then, only the socket (Node's default writes a bare status line).
 */
function answerUnparsed(
	fetch: (request: Request) => Response | Promise<Response>,
): (error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex) => void {
	return (error, socket) => {
		// Node's default does the same check: a response already under way can't get a second status line.
		const pending = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
		if (!socket.writable || pending?.headersSent) {
			socket.destroy();
			return;
		}
		let answer: Response | Promise<Response>;
		if (error.code === 'HPE_INVALID_METHOD') {
			const target = /^\S+ (\S+)/.exec(error.rawPacket?.toString('latin1') ?? '')?.[1] ?? '/';
			let url: URL;
			try {
				url = new URL(target, `http://${PLACEHOLDER_HOST}`);
			} catch {
				url = new URL(`http://${PLACEHOLDER_HOST}/`);
			}
			// Any method no route takes gets the same answer as the one sent.
			answer = fetch(new Request(url, { method: 'UNKNOWN' }));
		} else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
			answer = refusalResponse(408, 'request_timeout', 'The request did not arrive in time.');
		} else if (error.code === 'HPE_HEADER_OVERFLOW') {
			answer = refusalResponse(431, 'headers_too_large', 'The request headers are too large.');
		} else {
			answer = refusalResponse(400, 'bad_request', 'The request is not valid HTTP.');
		}
		void Promise.resolve(answer)
			.then(async (response) => {
				const body = Buffer.from(await response.arrayBuffer());
				const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`];
				response.headers.forEach((value, name) => lines.push(`${name}: ${value}`));
				lines.push(`content-length: ${body.length}`, 'connection: close', '', '');
				socket.end(Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body]));
			})
			.catch(() => socket.destroy());
	};
}

/** A Node server answering with `fetch` (an app's), with the timeouts and connection caps of LIMITS. */
export function createApiServer(
	fetch: (request: Request, env?: HttpBindings) => Response | Promise<Response>,
): Server {
	// This server speaks HTTP/1.1 only, so the bindings are always the `http` ones.
	const listener = getRequestListener((request, env) => fetch(request, env as HttpBindings), {
		errorHandler: () => refusalResponse(400, 'bad_request', 'The request address is not valid.'),
	});
	const server = createServer(
		{
			headersTimeout: LIMITS.headersTimeoutMs,
			requestTimeout: LIMITS.requestTimeoutMs,
			connectionsCheckingInterval: LIMITS.checkIntervalMs,
			keepAliveTimeout: LIMITS.keepAliveTimeoutMs,
		},
		(incoming, outgoing) => {
			// The app sees a URL built from the path alone: Host is client-chosen, and nothing may depend on it.
			incoming.headers.host = PLACEHOLDER_HOST;
			void listener(incoming, outgoing);
		},
	);
	server.on('clientError', answerUnparsed(fetch));
	limitConnections(server, connectionCap(), LIMITS.maxConnectionsPerNetwork);
	return server;
}

/** Start every endpoint from env settings; resolves once it listens. The database closes with the server. */
export async function startApi(
	env: NodeJS.ProcessEnv = process.env,
): Promise<{ server: Server; notes: string[] }> {
	const origins = parseAllowedOrigins(env['SITE_ORIGIN']);
	const { feedback, unanswered, notes, close } = createNodeFeedback(env);
	// The socket's own address: forwarding headers are client-chosen and never trusted here.
	const clientAddress = (c: Context) => getConnInfo(c).remote.address ?? '';
	const app = createApiApp<HttpBindings>({
		allowedOrigins: () => origins,
		relay: createStatusRelay(),
		feedback: { feedback: () => feedback, clientAddress },
		unanswered: { unanswered: () => unanswered, clientAddress },
	});
	const server = createApiServer(app.fetch);
	server.once('close', close);
	const port = env['PORT'] === undefined ? DEFAULT_API_PORT : Number(env['PORT']);
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, env['HOST'] ?? '127.0.0.1', () => resolve());
		});
	} catch (error) {
		close();
		throw error;
	}
	return { server, notes };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	try {
		const { server, notes } = await startApi();
		const address = server.address();
		const base =
			typeof address === 'object' && address ? `http://${address.address}:${address.port}` : '';
		console.log(
			`API listening on ${base}: ${RELAY_PATH} (iCloud status relay), ${FEEDBACK_PATH} (feedback) and ${UNANSWERED_PATH} (unanswered searches)`,
		);
		for (const note of notes) console.log(note);
	} catch (error) {
		console.error(`npm run api could not start: ${(error as Error).message}`);
		process.exitCode = 1;
	}
}
