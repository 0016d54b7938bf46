// The bench's static host (one per build) and, for our site, the iCloud status relay behind it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
	createServer,
	type IncomingMessage,
	type OutgoingHttpHeaders,
	type Server,
	type ServerResponse,
} from 'node:http';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLine, ROOT } from './util.ts';

/**
 * Ports of the bench's servers, fixed so that they never meet the e2e servers or relays of other worktrees
 * on the same machine (which use 4322, 4331–4336, 8788): each server takes the first free one.
 */
const SERVER_PORTS = [8891, 8892, 8893, 8894, 8895, 8896, 8897, 8898, 8899] as const;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set([
	'.html',
	'.css',
	'.js',
	'.mjs',
	'.json',
	'.svg',
	'.xml',
	'.txt',
	'.webmanifest',
]);
export const BLANK_PATH = '/__bench/blank.html';

export interface Relay {
	path: string;
	/** The relay (the project's /api app with the relay alone) on a Node request, counting what it sends. */
	serve: (req: IncomingMessage, res: ServerResponse, record: (bytes: number) => void) => void;
	fixture: string;
}

/**
 * The iCloud status relay, as a deployment with it would answer `/api/icloud-status`: the project's own
 * /api app with the relay alone (src/api/app.ts, imported as TypeScript: Node 24 strips types) fed by the healthy Apple feed
 * fixture, as in the e2e tests (e2e/site.ts, serveStatusRelay). A static server has no relay, and the
 * machine may have no internet: without it the status widgets fall back to Apple's feed, fail, and log
 * errors that are not the site's. Returns the reason instead when the fixture or the handler is missing.
 */
export async function loadStatusRelay(): Promise<{ relay: Relay | null; note: string | null }> {
	const fixture =
		process.env['BENCH_STATUS_FIXTURE'] ??
		join(ROOT, 'tests', 'fixtures', 'apple-status', 'apple-status-all-ok.js');
	if (!existsSync(fixture)) {
		return { relay: null, note: `no status feed fixture at ${fixture} (set BENCH_STATUS_FIXTURE)` };
	}
	try {
		const { createRelayHandler } = await import('../src/api/app.ts');
		const { getRequestListener } = await import('@hono/node-server');
		const { RELAY_PATH } = await import('../src/lib/status/sources.ts');
		const feed = readFileSync(fixture, 'utf8');
		const handler = createRelayHandler({
			fetch: () => Promise.resolve(new Response(feed, { status: 200 })),
			cacheTtlMs: 0,
		});
		const relay: Relay = {
			path: RELAY_PATH,
			serve: (req, res, record) => {
				const listener = getRequestListener(async (request) => {
					const response = await handler(request);
					record((await response.clone().arrayBuffer()).byteLength);
					return response;
				});
				void listener(req, res);
			},
			fixture: relative(ROOT, fixture),
		};
		return { relay, note: null };
	} catch (error) {
		return { relay: null, note: `the relay handler could not be loaded: ${firstLine(error)}` };
	}
}

export interface Sent {
	path: string;
	bytes: number;
}

export interface StaticServer {
	origin: string;
	relay: boolean;
	/** A position in the log of sent responses; `since(mark)` lists what was sent after it. */
	mark: () => number;
	since: (mark: number) => Sent[];
	close: () => Promise<void>;
}

/** Where a request path lands in `dist`: a file, a redirect to the slash-ended path, or nothing. */
function resolveFile(
	dist: string,
	path: string,
	search: string,
): { file: string } | { redirect: string } | null {
	let file = join(dist, path);
	if (!file.startsWith(dist)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) return { redirect: `${path}/${search}` };
		file = join(file, 'index.html');
	}
	return { file };
}

/**
 * A tiny static host: gzip for text like any real host, long cache for hashed /_astro/ files, and (for our
 * site) the status relay. It logs every response body it sends, so a measurement can count what went over
 * the wire whoever asked for it (a page, or a Web Worker such as Pagefind's).
 */
export async function serve(dist: string, relay: Relay | null = null): Promise<StaticServer> {
	const gzCache = new Map<string, Buffer>();
	const sent: Sent[] = [];
	const record = (path: string, bytes: number) => sent.push({ path, bytes });
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === BLANK_PATH) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end('<!doctype html><html lang="en"><title>bench</title></html>');
			return;
		}
		if (relay && url.pathname === relay.path) {
			relay.serve(req, res, (bytes) => record(url.pathname, bytes));
			return;
		}
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		const target = resolveFile(dist, path, url.search);
		if (!target) return void res.writeHead(403).end();
		if ('redirect' in target) return void res.writeHead(301, { location: target.redirect }).end();
		let { file } = target;
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(dist, '404.html');
			if (!existsSync(file))
				return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
		const ext = extname(file);
		const stat = statSync(file);
		const etag = `"${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"`;
		const headers: OutgoingHttpHeaders = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': path.startsWith('/_astro/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate',
			// Like any static host: a page that asks again for a file it has (favicon, a revisited page) gets a 304.
			etag,
		};
		if (status === 200 && req.headers['if-none-match'] === etag) {
			record(url.pathname, 0);
			res.writeHead(304, headers).end();
			return;
		}
		let body: Buffer = readFileSync(file);
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			const zipped = gzCache.get(file) ?? gzipSync(body);
			gzCache.set(file, zipped);
			body = zipped;
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		headers['content-length'] = body.length;
		res.writeHead(status, headers);
		const head = req.method === 'HEAD';
		record(url.pathname, head ? 0 : body.length);
		res.end(head ? undefined : body);
	});
	const port = await listenOnFreePort(server);
	return {
		origin: `http://127.0.0.1:${port}`,
		relay: relay !== null,
		mark: () => sent.length,
		since: (mark) => sent.slice(mark),
		close: () =>
			new Promise<void>((r) => {
				server.close(() => r());
				server.closeAllConnections();
			}),
	};
}

/** Listens on the first free port of SERVER_PORTS. */
async function listenOnFreePort(server: Server): Promise<number> {
	for (const port of SERVER_PORTS) {
		const listening = await new Promise<boolean>((resolvePromise, reject) => {
			const onError = (error: NodeJS.ErrnoException) => {
				server.off('listening', onListening);
				if (error.code === 'EADDRINUSE') resolvePromise(false);
				else reject(error);
			};
			const onListening = () => {
				server.off('error', onError);
				resolvePromise(true);
			};
			server.once('error', onError);
			server.once('listening', onListening);
			server.listen(port, '127.0.0.1');
		});
		if (listening) return port;
	}
	throw new Error(`No free port for a bench server among ${SERVER_PORTS.join(', ')}.`);
}
