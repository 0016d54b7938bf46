/**
 * The relay on Node's own `http` server, for local use: `npm run relay`.
 * Serves only GET/HEAD/OPTIONS /api/icloud-status; every other path is a JSON 404.
 * Env: PORT (default 8788), HOST (default 127.0.0.1), SITE_ORIGIN (comma-separated; default the site).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { RELAY_PATH } from '../lib/status-sources.ts';
import { createRelayHandler, notFoundResponse, parseAllowedOrigins, type RelayHandler, type RelayOptions } from './handler.ts';

/** Default local port; Wrangler's Pages dev server uses the same one. */
export const DEFAULT_RELAY_PORT = 8788;

// Methods a fetch `Request` may carry; anything else (CONNECT, TRACE…) is refused before it gets one.
const REQUEST_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** A Web `Request` for a Node request; the URL comes from the path only, never from `Host`. */
export function toWebRequest(req: IncomingMessage): Request {
	// The origin is a fixed placeholder: the handler never looks at the URL, and Host is client-chosen.
	const url = new URL(pathOf(req), 'http://relay.invalid');
	const headers = new Headers();
	for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
		const name = req.rawHeaders[i];
		const value = req.rawHeaders[i + 1];
		if (name !== undefined && value !== undefined) {
			try {
				headers.append(name, value);
			} catch {
				// A header the Fetch API can't hold is not one the relay needs.
			}
		}
	}
	return new Request(url, { method: req.method ?? 'GET', headers });
}

/** The request's path, also for absolute-form targets (`GET http://other/ HTTP/1.1`). */
function pathOf(req: IncomingMessage): string {
	const target = req.url ?? '/';
	try {
		return new URL(target, 'http://relay.invalid').pathname;
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

/** A Node server answering the relay path with `handler`. */
export function createRelayServer(handler: RelayHandler = createRelayHandler()): Server {
	return createServer((req, res) => {
		void (async () => {
			let response: Response;
			const method = (req.method ?? 'GET').toUpperCase();
			if (pathOf(req) !== RELAY_PATH) response = notFoundResponse();
			else if (!REQUEST_METHODS.has(method)) response = await handler(new Request('http://relay.invalid/', { method: 'POST' }));
			else response = await handler(toWebRequest(req));
			await sendWebResponse(response, res);
		})().catch(() => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
			res.end('{"error":"internal"}');
		});
	});
}

/** Start the relay from env settings; resolves once it listens. */
export async function startRelay(env: NodeJS.ProcessEnv = process.env, options: RelayOptions = {}): Promise<Server> {
	const server = createRelayServer(createRelayHandler({ allowedOrigin: parseAllowedOrigins(env['SITE_ORIGIN']), ...options }));
	const port = env['PORT'] === undefined ? DEFAULT_RELAY_PORT : Number(env['PORT']);
	const host = env['HOST'] ?? '127.0.0.1';
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	return server;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	const server = await startRelay();
	const address = server.address();
	const where = typeof address === 'object' && address ? `http://${address.address}:${address.port}${RELAY_PATH}` : RELAY_PATH;
	console.log(`iCloud status relay listening on ${where}`);
}
