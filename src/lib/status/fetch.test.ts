import { describe, expect, test } from 'vitest';
import { parseAppleFeed } from './feed.ts';
import { reportToRelayPayload } from './relay-payload.ts';
import { createStatusLoader, readTextCapped, sourceRequestUrl } from './fetch.ts';
import { APPLE_FEED_URL, RELAY_PATH, STATUS_SOURCES } from './sources.ts';
import { appleFeedFixture } from '../../../tests/support/apple-feed.ts';

const OUTAGE_FEED = appleFeedFixture('apple-status-icloud-backup-outage.js');
const OK_FEED = appleFeedFixture('apple-status-all-ok.js');
const NOW = Date.UTC(2026, 4, 12, 18, 0);
const BASE = 'https://whatsapp-backup.help';

const relayBody = (() => {
	const parsed = parseAppleFeed(OK_FEED, NOW - 30_000);
	if (!parsed.ok) throw new Error(parsed.error);
	return JSON.stringify(reportToRelayPayload(parsed.value));
})();

type Answer = Response | 'network-error' | 'hang';

/** A fake fetch answering by URL prefix and recording every URL asked. */
function fakeFetch(answers: { relay?: () => Answer; apple?: () => Answer }) {
	const calls: string[] = [];
	const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = input instanceof Request ? input.url : input.toString();
		calls.push(url);
		const answer =
			url.startsWith(`${BASE}${RELAY_PATH}`) || url === RELAY_PATH
				? answers.relay?.()
				: answers.apple?.();
		if (answer === undefined || answer === 'network-error') throw new TypeError('Failed to fetch');
		if (answer === 'hang') {
			return new Promise<Response>((_, reject) => {
				init?.signal?.addEventListener('abort', () =>
					reject(new DOMException('aborted', 'AbortError')),
				);
			});
		}
		return answer;
	}) as typeof globalThis.fetch;
	return { fetch, calls };
}

const json = (body: string, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'application/json' } });
const html = (status: number) =>
	new Response('<!doctype html><title>Not found</title>', {
		status,
		headers: { 'content-type': 'text/html' },
	});
const js = (body: string) =>
	new Response(body, { status: 200, headers: { 'content-type': 'application/javascript' } });

function loader(answers: Parameters<typeof fakeFetch>[0], timeoutMs = 5_000) {
	const fake = fakeFetch(answers);
	return {
		load: createStatusLoader({ fetch: fake.fetch, now: () => NOW, base: BASE, timeoutMs }),
		calls: fake.calls,
	};
}

describe('sourceRequestUrl', () => {
	test('adds _=<now> to Apple’s feed URL', () => {
		expect(sourceRequestUrl(STATUS_SOURCES[1]!, NOW)).toBe(`${APPLE_FEED_URL}?_=${NOW}`);
	});

	test('leaves the relay path as it is', () => {
		expect(sourceRequestUrl(STATUS_SOURCES[0]!, NOW, BASE)).toBe(RELAY_PATH);
	});
});

describe('createStatusLoader', () => {
	test('returns the relay’s report without asking Apple', async () => {
		const { load, calls } = loader({ relay: () => json(relayBody) });
		const result = await load();
		expect(result).toMatchObject({ ok: true, source: 'relay' });
		expect(calls).toEqual([RELAY_PATH]);
		expect(result.report.checkedAt).toBe(NOW - 30_000);
	});

	test.each([
		{ title: 'a 404 page', relay: () => html(404), outcome: 'absent' },
		{ title: 'a 405', relay: () => json('{}', 405), outcome: 'absent' },
		{ title: 'a 200 HTML page (SPA fallback)', relay: () => html(200), outcome: 'absent' },
		{ title: 'a 500', relay: () => json('{}', 500), outcome: 'http-error' },
		{
			title: 'a 502 with a JSON error',
			relay: () => json('{"error":"upstream_failed"}', 502),
			outcome: 'http-error',
		},
		{
			title: 'JSON of the wrong shape',
			relay: () => json('{"services":[]}'),
			outcome: 'unreadable',
		},
		{ title: 'a body that is not JSON', relay: () => json('nope'), outcome: 'unreadable' },
		{ title: 'a network error', relay: () => 'network-error' as const, outcome: 'network' },
	])('falls through to Apple when the relay answers $title', async ({ relay, outcome }) => {
		const { load, calls } = loader({ relay, apple: () => js(OUTAGE_FEED) });
		const result = await load();
		expect(result).toMatchObject({
			ok: true,
			source: 'apple',
			attempts: [
				{ source: 'relay', outcome },
				{ source: 'apple', outcome: 'ok' },
			],
		});
		expect(result.report.services.map((service) => service.state)).toEqual([
			'outage',
			'outage',
			'issue',
			'available',
		]);
		expect(calls).toEqual([RELAY_PATH, `${APPLE_FEED_URL}?_=${NOW}`]);
	});

	test('falls through to Apple when the relay does not answer in time', async () => {
		const { load } = loader({ relay: () => 'hang', apple: () => js(OK_FEED) }, 50);
		expect(await load()).toMatchObject({
			ok: true,
			source: 'apple',
			attempts: [{ outcome: 'timeout' }, { outcome: 'ok' }],
		});
	});

	test('asks Apple without cookies or referrer, and the relay without the HTTP cache, in a browser', async () => {
		const inits = new Map<string, RequestInit | undefined>();
		const load = createStatusLoader({
			fetch: (input: RequestInfo | URL, init?: RequestInit) => {
				const url = input instanceof Request ? input.url : input.toString();
				inits.set(url.startsWith(APPLE_FEED_URL) ? 'apple' : 'relay', init);
				return Promise.resolve(url === RELAY_PATH ? html(404) : js(OK_FEED));
			},
			now: () => NOW,
			base: BASE,
			browser: true,
		});
		expect(await load()).toMatchObject({ ok: true, source: 'apple' });
		expect(inits.get('relay')).toMatchObject({
			credentials: 'same-origin',
			cache: 'no-cache',
			headers: { accept: 'application/json' },
		});
		expect(inits.get('apple')).toMatchObject({
			credentials: 'omit',
			cache: 'no-store',
			referrerPolicy: 'no-referrer',
		});
		expect(inits.get('apple')).not.toHaveProperty('headers');
	});

	test('skips a relay that 404ed on every later load', async () => {
		const { load, calls } = loader({ relay: () => html(404), apple: () => js(OK_FEED) });
		await load();
		await load();
		expect(calls.filter((url) => url === RELAY_PATH)).toHaveLength(1);
		expect(calls.filter((url) => url.startsWith(APPLE_FEED_URL))).toHaveLength(2);
	});

	test('asks a relay that failed with a 500 again next time', async () => {
		const { load, calls } = loader({ relay: () => json('{}', 500), apple: () => js(OK_FEED) });
		await load();
		await load();
		expect(calls.filter((url) => url === RELAY_PATH)).toHaveLength(2);
	});

	const failures: { title: string; relay: () => Answer; apple: () => Answer }[] = [
		{
			title: 'both fail with network errors',
			relay: () => 'network-error',
			apple: () => 'network-error',
		},
		{
			title: 'Apple sends a truncated feed',
			relay: () => html(404),
			apple: () => js(OK_FEED.slice(0, 500)),
		},
		{ title: 'Apple sends an HTML error page', relay: () => html(404), apple: () => html(503) },
		{ title: 'Apple sends an empty body', relay: () => html(404), apple: () => js('') },
	];
	test.each(failures)(
		'returns every service unknown ("not-checked") when $title',
		async ({ relay, apple }) => {
			const { load } = loader({ relay, apple });
			const result = await load();
			expect(result.ok).toBe(false);
			expect(result.report.services.map((service) => [service.state, service.reason])).toEqual(
				Array.from({ length: 4 }, () => ['unknown', 'not-checked']),
			);
			expect(result.report.checkedAt).toBe(NOW);
		},
	);

	test('stops without trying Apple when the caller cancels', async () => {
		const { load, calls } = loader({ relay: () => 'hang', apple: () => js(OK_FEED) });
		const controller = new AbortController();
		const pending = load(controller.signal);
		controller.abort();
		expect(await pending).toMatchObject({
			ok: false,
			attempts: [{ source: 'relay', outcome: 'aborted' }],
		});
		expect(calls).toEqual([RELAY_PATH]);
	});

	test('rejects an oversized Apple body without parsing it', async () => {
		const { load } = loader({
			relay: () => html(404),
			apple: () => js(' '.repeat(600 * 1024) + OK_FEED),
		});
		expect(await load()).toMatchObject({
			ok: false,
			attempts: [{ outcome: 'absent' }, { outcome: 'too-large' }],
		});
	});
});

/** A response whose body arrives in `chunks` and records how many were pulled. */
function streamed(chunks: string[], headers: HeadersInit = {}) {
	let pulled = 0;
	let cancelled = false;
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			const chunk = chunks[pulled++];
			if (chunk === undefined) controller.close();
			else controller.enqueue(encoder.encode(chunk));
		},
		cancel() {
			cancelled = true;
		},
	});
	return { response: new Response(body, { headers }), stats: () => ({ pulled, cancelled }) };
}

describe('readTextCapped', () => {
	test('returns the whole text when it fits', async () => {
		const { response } = streamed(['he', 'llo ☁']);
		expect(await readTextCapped(response, 100)).toEqual({ ok: true, text: 'hello ☁' });
	});

	test('decodes a character split across chunks', async () => {
		const bytes = new TextEncoder().encode('☁');
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes.slice(0, 1));
				controller.enqueue(bytes.slice(1));
				controller.close();
			},
		});
		expect(await readTextCapped(new Response(body), 10)).toEqual({ ok: true, text: '☁' });
	});

	test('stops reading and cancels the stream once past the cap', async () => {
		const { response, stats } = streamed(Array.from({ length: 100 }, () => 'x'.repeat(1000)));
		expect(await readTextCapped(response, 2_500)).toEqual({ ok: false, reason: 'too-large' });
		expect(stats()).toEqual({ pulled: 3, cancelled: true });
	});

	test('refuses a declared Content-Length over the cap without reading', async () => {
		const { response, stats } = streamed(['x'], { 'content-length': '999999' });
		expect(await readTextCapped(response, 1_000)).toEqual({ ok: false, reason: 'too-large' });
		expect(stats().pulled).toBeLessThanOrEqual(1);
	});
});
