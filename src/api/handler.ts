/**
 * The iCloud status relay: fetches Apple's fixed System Status feed, validates it with the same
 * parser as the widget, and answers a small normalised JSON. Web-standard Request/Response only,
 * so Cloudflare Pages Functions, Netlify Functions and Node (`npm run relay`) share it.
 * It never reads a URL, host or query from the request: it is not a proxy.
 */
import type { StatusReport } from '../lib/status/report.ts';
import { reportToRelayPayload } from '../lib/status/relay-payload.ts';
import { fetchSource, type AttemptOutcome } from '../lib/status/fetch.ts';
import {
	APPLE_FEED_URL,
	APPLE_STATUS_PAGE_URL,
	DEFAULT_SITE_ORIGIN,
	FETCH_TIMEOUT_MS,
	MAX_FEED_BYTES,
	RELAY_MAX_AGE_SECONDS,
} from '../lib/status/sources.ts';

/** Settings for `createRelayHandler`; every one has a safe default. */
export interface RelayOptions {
	/** Upstream feed; fixed at deploy time, never taken from a request. Default: Apple's en_US feed. */
	upstreamUrl?: string;
	/** Origin(s) that get `Access-Control-Allow-Origin`. Default: https://whatsapp-backup.help */
	allowedOrigin?: string | readonly string[];
	/** Give up on Apple after this long. Default: 8000 ms. */
	timeoutMs?: number;
	/** Largest upstream body read, in bytes. Default: 512 KB. */
	maxBytes?: number;
	/** How long a good answer is reused in memory, in ms. Default: 60 s; 0 turns it off. */
	cacheTtlMs?: number;
	/**
	 * How long a failed attempt is reused, in ms, so that while Apple is down a flood of readers is not
	 * passed on to Apple (each attempt would also wait for the timeout). Default: 5 s; 0 turns it off.
	 */
	failureTtlMs?: number;
	fetch?: typeof fetch;
	now?: () => number;
}

/** A relay request handler. */
export type RelayHandler = (request: Request) => Promise<Response>;

/** JSON error body the relay answers with. */
export interface RelayError {
	error: 'upstream_failed' | 'method_not_allowed' | 'not_found';
	message: string;
	statusPage: string;
}

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Default for `failureTtlMs`: short, so a reader who retries soon after Apple is back gets an answer. */
export const FAILURE_TTL_MS = 5_000;

/** One upstream attempt's result, as the handler keeps it. */
type Upstream = { report?: StatusReport; outcome: AttemptOutcome };

/** Reader-facing text for each way Apple can fail. */
const UPSTREAM_FAILURE_TEXT: Partial<Record<AttemptOutcome, string>> = {
	timeout: 'Apple’s System Status feed did not answer in time.',
	'too-large': 'Apple’s System Status feed was larger than expected.',
	unreadable: 'Apple’s System Status feed could not be read.',
	'http-error': 'Apple’s System Status feed answered with an error.',
	absent: 'Apple’s System Status feed was not found.',
	network: 'Apple’s System Status feed could not be reached.',
};

/** The allowed origins from a comma-separated setting such as the SITE_ORIGIN env var. */
export function parseAllowedOrigins(value: string | undefined): string[] {
	const list = (value ?? '')
		.split(',')
		.map((item) => item.trim().replace(/\/+$/, ''))
		.filter((item) => item !== '');
	return list.length > 0 ? list : [DEFAULT_SITE_ORIGIN];
}

/** Build the relay handler. */
export function createRelayHandler(options: RelayOptions = {}): RelayHandler {
	const upstreamUrl = options.upstreamUrl ?? APPLE_FEED_URL;
	const allowed = new Set(
		typeof options.allowedOrigin === 'string'
			? [options.allowedOrigin]
			: (options.allowedOrigin ?? [DEFAULT_SITE_ORIGIN]),
	);
	const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
	const cacheTtlMs = options.cacheTtlMs ?? RELAY_MAX_AGE_SECONDS * 1000;
	const failureTtlMs = options.failureTtlMs ?? FAILURE_TTL_MS;
	const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
	const now = options.now ?? Date.now;
	let cached: { result: Upstream; until: number } | undefined;
	let inFlight: Promise<Upstream> | undefined;

	/** Apple's answer, good or failed, from memory while it is fresh; concurrent callers share one attempt. */
	async function loadReport(): Promise<Upstream> {
		if (cached && cached.until > now()) return cached.result;
		inFlight ??= fetchSource(
			{ id: 'apple', url: upstreamUrl, format: 'apple-feed', cacheBust: true },
			{ fetch: doFetch, now, timeoutMs, maxBytes },
		)
			.then(({ report, attempt }): Upstream => {
				const result = report ? { report, outcome: attempt.outcome } : { outcome: attempt.outcome };
				const ttl = report ? cacheTtlMs : failureTtlMs;
				cached = ttl > 0 ? { result, until: now() + ttl } : undefined;
				return result;
			})
			.finally(() => {
				inFlight = undefined;
			});
		return inFlight;
	}

	return async (request) => {
		const headers = new Headers({ Vary: 'Origin', 'X-Content-Type-Options': 'nosniff' });
		const origin = request.headers.get('origin');
		if (origin !== null && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
		const method = request.method.toUpperCase();

		if (method === 'OPTIONS') {
			headers.set('Allow', ALLOWED_METHODS);
			if (headers.has('Access-Control-Allow-Origin')) {
				headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
				headers.set('Access-Control-Max-Age', '86400');
			}
			return new Response(null, { status: 204, headers });
		}
		if (method !== 'GET' && method !== 'HEAD') {
			headers.set('Allow', ALLOWED_METHODS);
			return json(
				405,
				{
					error: 'method_not_allowed',
					message: `Use ${ALLOWED_METHODS}.`,
					statusPage: APPLE_STATUS_PAGE_URL,
				},
				headers,
				false,
			);
		}

		const { report, outcome } = await loadReport();
		const head = method === 'HEAD';
		if (!report) {
			headers.set('Cache-Control', 'no-store');
			if (failureTtlMs > 0) headers.set('Retry-After', String(Math.ceil(failureTtlMs / 1000)));
			const message =
				UPSTREAM_FAILURE_TEXT[outcome] ?? 'Apple’s System Status feed could not be read.';
			return json(
				502,
				{ error: 'upstream_failed', message, statusPage: APPLE_STATUS_PAGE_URL },
				headers,
				head,
			);
		}
		headers.set('Cache-Control', `public, max-age=${RELAY_MAX_AGE_SECONDS}`);
		return json(200, reportToRelayPayload(report), headers, head);
	};
}

/** A JSON response (no body for HEAD). */
function json(status: number, body: unknown, headers: Headers, head: boolean): Response {
	headers.set('Content-Type', 'application/json; charset=utf-8');
	return new Response(head ? null : JSON.stringify(body), { status, headers });
}

/** A 404 JSON answer, for servers that route more than the relay path. */
export function notFoundResponse(): Response {
	const body: RelayError = {
		error: 'not_found',
		message: 'Only /api/icloud-status is served here.',
		statusPage: APPLE_STATUS_PAGE_URL,
	};
	return new Response(JSON.stringify(body), {
		status: 404,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'X-Content-Type-Options': 'nosniff',
		},
	});
}
