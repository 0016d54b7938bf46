/**
 * The iCloud status relay: fetches Apple's fixed System Status feed, validates it with the same
 * parser as the widget, and answers a small normalised JSON at GET /api/icloud-status (the route is
 * mounted by src/api/app.ts, on every host). It never reads a URL, host or query from the request,
 * and it never follows a redirect: it is not a proxy.
 */
import type { Context } from 'hono';
import type { StatusReport } from '../lib/status/report.ts';
import { reportToRelayPayload } from '../lib/status/relay-payload.ts';
import { fetchSource, type AttemptOutcome } from '../lib/status/fetch.ts';
import {
	APPLE_FEED_URL,
	APPLE_STATUS_PAGE_URL,
	FETCH_TIMEOUT_MS,
	MAX_FEED_BYTES,
	RELAY_MAX_AGE_SECONDS,
} from '../lib/status/sources.ts';
import { json, refuse } from './http.ts';

/** Settings for the relay; every one has a safe default. */
export interface RelayOptions {
	/** Upstream feed; fixed at deploy time, never taken from a request. Default: Apple's en_US feed. */
	upstreamUrl?: string;
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

/** The methods the relay's path answers. */
export const RELAY_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Default for `failureTtlMs`: short, so a reader who retries soon after Apple is back gets an answer. */
export const FAILURE_TTL_MS = 5_000;

/** One upstream attempt's result, as the relay keeps it. */
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

/**
 * The GET handler of the relay path, with its memory of Apple's last answer: one per process or
 * isolate, so that the memory is shared by every request it serves.
 */
export function createStatusRelay(options: RelayOptions = {}): (c: Context) => Promise<Response> {
	const upstreamUrl = options.upstreamUrl ?? APPLE_FEED_URL;
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

	return async (c) => {
		const { report, outcome } = await loadReport();
		if (!report) {
			c.header('Cache-Control', 'no-store');
			if (failureTtlMs > 0) c.header('Retry-After', String(Math.ceil(failureTtlMs / 1000)));
			const message =
				UPSTREAM_FAILURE_TEXT[outcome] ?? 'Apple’s System Status feed could not be read.';
			return refuse(c, 502, 'upstream_failed', message, { statusPage: APPLE_STATUS_PAGE_URL });
		}
		c.header('Cache-Control', `public, max-age=${RELAY_MAX_AGE_SECONDS}`);
		return json(c, reportToRelayPayload(report));
	};
}
