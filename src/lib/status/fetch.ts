/**
 * Fetch the iCloud status from the configured sources in order, with a timeout and a size cap.
 * Framework-free: the island passes `window.fetch`, the relay and tests pass their own.
 */
import { parseAppleFeed } from './feed.ts';
import { relayPayloadToReport } from './relay-payload.ts';
import { unknownReport, type StatusReport } from './report.ts';
import { FETCH_TIMEOUT_MS, MAX_FEED_BYTES, STATUS_SOURCES, type StatusSource } from './sources.ts';

/** Body text, or why it was not read. */
export type CappedText = { ok: true; text: string } | { ok: false; reason: 'too-large' };

/** Read a response body as UTF-8, stopping (and cancelling the stream) once it passes `maxBytes`. */
export async function readTextCapped(response: Response, maxBytes: number): Promise<CappedText> {
	const declared = Number(response.headers.get('content-length') ?? Number.NaN);
	if (Number.isFinite(declared) && declared > maxBytes) {
		await response.body?.cancel().catch(() => undefined);
		return { ok: false, reason: 'too-large' };
	}
	if (!response.body) return { ok: true, text: '' };
	const reader = response.body.getReader();
	const decoder = new TextDecoder('utf-8');
	let total = 0;
	let text = '';
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			return { ok: false, reason: 'too-large' };
		}
		text += decoder.decode(value, { stream: true });
	}
	return { ok: true, text: text + decoder.decode() };
}

/** How one attempt at a source ended. */
export type AttemptOutcome =
	| 'ok'
	| 'absent' // 404/405/501 or an HTML page: nothing is deployed there
	| 'http-error'
	| 'timeout'
	| 'network'
	| 'too-large'
	| 'unreadable'
	| 'aborted';

/** One source tried, and what happened. */
export interface Attempt {
	source: StatusSource['id'];
	outcome: AttemptOutcome;
	detail: string;
}

/** A fetch answer: a report from one source, or every attempt that failed. */
export type LoadResult =
	| { ok: true; report: StatusReport; source: StatusSource['id']; attempts: Attempt[] }
	| { ok: false; report: StatusReport; attempts: Attempt[] };

/** What `fetchSource` needs from its caller. */
export interface FetchDeps {
	fetch: typeof fetch;
	now: () => number;
	timeoutMs?: number;
	maxBytes?: number;
	/** Cancels the whole attempt, e.g. when a newer request starts. */
	signal?: AbortSignal;
	/**
	 * Add the browser-only request options (credentials, cache mode, referrer policy).
	 * Off for the relay: Cloudflare Workers reject some of them ("not implemented").
	 */
	browser?: boolean;
}

/** The URL to request for a source, with Apple's `_=<ms>` cache-buster when configured. */
export function sourceRequestUrl(source: StatusSource, now: number, base?: string): string {
	if (!source.cacheBust) return source.url;
	const url = base === undefined ? new URL(source.url) : new URL(source.url, base);
	url.searchParams.set('_', String(now));
	return url.href;
}

/** Ask one source, with a timeout covering headers and body; never throws. */
export async function fetchSource(
	source: StatusSource,
	deps: FetchDeps,
	base?: string,
): Promise<{ report?: StatusReport; attempt: Attempt }> {
	const timeoutMs = deps.timeoutMs ?? FETCH_TIMEOUT_MS;
	const maxBytes = deps.maxBytes ?? MAX_FEED_BYTES;
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs);
	const onOuterAbort = () => controller.abort();
	deps.signal?.addEventListener('abort', onOuterAbort, { once: true });
	const attempt = (outcome: AttemptOutcome, detail: string): Attempt => ({
		source: source.id,
		outcome,
		detail,
	});
	try {
		if (deps.signal?.aborted) return { attempt: attempt('aborted', 'cancelled before it started') };
		const isRelay = source.format === 'relay';
		// The relay asks one fixed address and takes no other: a redirect, to anywhere, is a failure.
		// (A browser's redirects are held by the page's CSP connect-src instead.)
		const init: RequestInit = {
			method: 'GET',
			signal: controller.signal,
			redirect: deps.browser ? 'follow' : 'manual',
		};
		if (isRelay) init.headers = { accept: 'application/json' };
		if (deps.browser) {
			// Apple never gets our cookies or the page address; Refresh must not be answered from the HTTP cache.
			init.credentials = isRelay ? 'same-origin' : 'omit';
			init.cache = isRelay ? 'no-cache' : 'no-store';
			init.referrerPolicy = isRelay ? 'same-origin' : 'no-referrer';
		}
		const response = await deps.fetch(sourceRequestUrl(source, deps.now(), base), init);
		const type = response.headers.get('content-type') ?? '';
		if (
			response.status === 404 ||
			response.status === 405 ||
			response.status === 501 ||
			(isRelay && /html/i.test(type))
		) {
			await response.body?.cancel().catch(() => undefined);
			return { attempt: attempt('absent', `HTTP ${response.status}`) };
		}
		if (response.status !== 200) {
			await response.body?.cancel().catch(() => undefined);
			return { attempt: attempt('http-error', `HTTP ${response.status}`) };
		}
		const body = await readTextCapped(response, maxBytes);
		if (!body.ok) return { attempt: attempt('too-large', `more than ${maxBytes} bytes`) };
		const now = deps.now();
		let parsed;
		if (isRelay) {
			let json: unknown;
			try {
				json = JSON.parse(body.text);
			} catch {
				return { attempt: attempt('unreadable', 'not JSON') };
			}
			parsed = relayPayloadToReport(json, now);
		} else {
			parsed = parseAppleFeed(body.text, now, maxBytes);
		}
		if (!parsed.ok)
			return {
				attempt: attempt(parsed.code === 'too-large' ? 'too-large' : 'unreadable', parsed.error),
			};
		return { report: parsed.value, attempt: attempt('ok', `HTTP ${response.status}`) };
	} catch (error) {
		if (timedOut) return { attempt: attempt('timeout', `no answer in ${timeoutMs} ms`) };
		if (deps.signal?.aborted) return { attempt: attempt('aborted', 'cancelled') };
		return { attempt: attempt('network', error instanceof Error ? error.name : 'fetch failed') };
	} finally {
		clearTimeout(timer);
		deps.signal?.removeEventListener('abort', onOuterAbort);
	}
}

/** Options for `createStatusLoader`. */
export interface LoaderOptions extends FetchDeps {
	sources?: readonly StatusSource[];
	/** Base for relative source URLs (the page's origin in a browser). */
	base?: string;
}

/**
 * A loader that tries each source in order and returns the first readable report.
 * A source found absent (e.g. the relay 404s on a static host) is skipped for the loader's lifetime.
 */
export function createStatusLoader(
	options: LoaderOptions,
): (signal?: AbortSignal) => Promise<LoadResult> {
	const sources = options.sources ?? STATUS_SOURCES;
	const absent = new Set<StatusSource['id']>();
	return async (signal) => {
		const attempts: Attempt[] = [];
		for (const source of sources) {
			if (absent.has(source.id)) continue;
			const deps: FetchDeps = signal ? { ...options, signal } : options;
			const { report, attempt } = await fetchSource(source, deps, options.base);
			attempts.push(attempt);
			if (report) return { ok: true, report, source: source.id, attempts };
			if (attempt.outcome === 'aborted') break;
			// Only the optional relay may be "not deployed"; Apple's feed is always retried.
			if (attempt.outcome === 'absent' && source.format === 'relay') absent.add(source.id);
		}
		return { ok: false, report: unknownReport(options.now(), 'not-checked'), attempts };
	};
}
