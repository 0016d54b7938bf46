/**
 * Every /api endpoint on Node's own `http` server, for local use and for hosts that run Node:
 * `npm run api` (and its alias `npm run relay`).
 * - GET/HEAD/OPTIONS /api/icloud-status: the status relay (src/api/handler.ts).
 * - POST/OPTIONS /api/feedback: feedback votes (src/api/feedback.ts), stored in SQLite.
 * - GET/HEAD /api/feedback-availability.json: tells the widget that this host takes votes.
 * Every other path is a JSON 404.
 * Env: PORT (default 8788), HOST (default 127.0.0.1), SITE_ORIGIN (comma-separated; default the site),
 * and the feedback settings in src/api/feedback-node.ts (FEEDBACK_DB, FEEDBACK_SECRET, FEEDBACK_CATALOG).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { FEEDBACK_AVAILABILITY_PATH, FEEDBACK_PATH } from '../lib/feedback/shared.ts';
import { RELAY_PATH } from '../lib/status/sources.ts';
import { availabilityResponse } from './feedback.ts';
import { createNodeFeedback, type FeedbackService } from './feedback-node.ts';
import {
	createRelayHandler,
	notFoundResponse,
	parseAllowedOrigins,
	type RelayHandler,
	type RelayOptions,
} from './handler.ts';

/** Default local port; Wrangler's Pages dev server uses the same one. */
export const DEFAULT_RELAY_PORT = 8788;

// Methods a fetch `Request` may carry; anything else (CONNECT, TRACE…) is refused before it gets one.
const REQUEST_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);
const PLACEHOLDER_ORIGIN = 'http://relay.invalid';

/** A Web `Request` for a Node request; the URL comes from the path only, never from `Host`. */
export function toWebRequest(req: IncomingMessage): Request {
	// The origin is a fixed placeholder: the handlers never look at it, and Host is client-chosen.
	const url = new URL(pathOf(req), PLACEHOLDER_ORIGIN);
	const headers = new Headers();
	for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
		const name = req.rawHeaders[i];
		const value = req.rawHeaders[i + 1];
		if (name !== undefined && value !== undefined) {
			try {
				headers.append(name, value);
			} catch {
				// A header the Fetch API can't hold is not one the handlers need.
			}
		}
	}
	const method = req.method ?? 'GET';
	if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
	// The body is streamed, so a handler that stops reading at its size limit never holds more.
	return new Request(url, {
		method,
		headers,
		body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
		duplex: 'half',
	} as RequestInit);
}

/** The request's path, also for absolute-form targets (`GET http://other/ HTTP/1.1`). */
function pathOf(req: IncomingMessage): string {
	const target = req.url ?? '/';
	try {
		return new URL(target, PLACEHOLDER_ORIGIN).pathname;
	} catch {
		return '/';
	}
}

/** Write a Web `Response` to a Node response. */
export async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => {
		headers[name] = value;
	});
	const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
	res.writeHead(response.status, headers);
	res.end(body);
}

/** The endpoints one server answers; each is optional. */
export interface ApiRoutes {
	relay?: RelayHandler;
	feedback?: FeedbackService;
}

/** A JSON 404 naming the paths this server does answer. */
function notFound(routes: ApiRoutes): Response {
	if (!routes.feedback) return notFoundResponse();
	const served = [routes.relay && RELAY_PATH, FEEDBACK_PATH].filter(Boolean).join(' and ');
	return new Response(
		JSON.stringify({ error: 'not_found', message: `Only ${served} are served here.` }),
		{
			status: 404,
			headers: {
				'Content-Type': 'application/json; charset=utf-8',
				'X-Content-Type-Options': 'nosniff',
			},
		},
	);
}

/** The answer for one request, by path. */
async function route(routes: ApiRoutes, req: IncomingMessage): Promise<Response> {
	const path = pathOf(req);
	const rawMethod = (req.method ?? 'GET').toUpperCase();
	// Unknown methods reach the handlers as PATCH, which each answers with its 405.
	const request = () =>
		REQUEST_METHODS.has(rawMethod)
			? toWebRequest(req)
			: new Request(PLACEHOLDER_ORIGIN, { method: 'PATCH' });
	if (path === RELAY_PATH && routes.relay) return routes.relay(request());
	if (path === FEEDBACK_PATH && routes.feedback) {
		// The socket's own address: forwarding headers are client-chosen and never trusted here.
		return routes.feedback.handler(request(), req.socket.remoteAddress ?? '');
	}
	if (path === FEEDBACK_AVAILABILITY_PATH && routes.feedback) {
		if (rawMethod !== 'GET' && rawMethod !== 'HEAD') {
			return new Response(JSON.stringify({ error: 'method_not_allowed', message: 'Use GET.' }), {
				status: 405,
				headers: { Allow: 'GET, HEAD', 'Content-Type': 'application/json; charset=utf-8' },
			});
		}
		return availabilityResponse(await routes.feedback.available());
	}
	return notFound(routes);
}

/** A Node server answering the given endpoints. */
export function createApiServer(routes: ApiRoutes): Server {
	return createServer((req, res) => {
		void (async () => {
			await sendWebResponse(await route(routes, req), res);
		})().catch(() => {
			if (!res.headersSent)
				res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
			res.end('{"error":"internal"}');
		});
	});
}

/** A Node server answering only the relay path with `handler`. */
export function createRelayServer(handler: RelayHandler = createRelayHandler()): Server {
	return createApiServer({ relay: handler });
}

/** Listen on PORT and HOST from env; resolves once listening. */
async function listen(server: Server, env: NodeJS.ProcessEnv): Promise<Server> {
	const port = env['PORT'] === undefined ? DEFAULT_RELAY_PORT : Number(env['PORT']);
	const host = env['HOST'] ?? '127.0.0.1';
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	return server;
}

/** Start the relay alone from env settings; resolves once it listens. */
export async function startRelay(
	env: NodeJS.ProcessEnv = process.env,
	options: RelayOptions = {},
): Promise<Server> {
	return listen(
		createRelayServer(
			createRelayHandler({ allowedOrigin: parseAllowedOrigins(env['SITE_ORIGIN']), ...options }),
		),
		env,
	);
}

/** Start every endpoint from env settings; resolves once it listens. The database closes with the server. */
export async function startApi(
	env: NodeJS.ProcessEnv = process.env,
): Promise<{ server: Server; notes: string[] }> {
	const allowedOrigin = parseAllowedOrigins(env['SITE_ORIGIN']);
	const feedback = createNodeFeedback(env, allowedOrigin);
	const server = createApiServer({ relay: createRelayHandler({ allowedOrigin }), feedback });
	server.once('close', () => feedback.close());
	try {
		await listen(server, env);
	} catch (error) {
		feedback.close();
		throw error;
	}
	return { server, notes: feedback.notes };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	const { server, notes } = await startApi();
	const address = server.address();
	const base =
		typeof address === 'object' && address ? `http://${address.address}:${address.port}` : '';
	console.log(
		`API listening on ${base}: ${RELAY_PATH} (iCloud status relay) and ${FEEDBACK_PATH} (feedback)`,
	);
	for (const note of notes) console.log(note);
}
