// The relay's memory: good answers are reused for a minute, failures for a few seconds, and requests
// that arrive together share one attempt, so readers never multiply the requests Apple gets.
import { describe, expect, test } from 'vitest';
import { createRelayHandler } from './app.ts';
import { FAILURE_TTL_MS, type RelayOptions } from './relay.ts';
import { appleFeedFixture } from '../../tests/support/apple-feed.ts';

const HEALTHY_FEED = appleFeedFixture('apple-status-all-ok.js');

type Upstream = 'healthy' | 'down' | 'refused' | 'hanging';

/** A relay over a stand-in for Apple whose answers the test switches; counts every upstream call. */
function relayOver(options: Partial<RelayOptions> = {}) {
	let mode: Upstream = 'healthy';
	let clock = 1_778_600_000_000;
	const calls: string[] = [];
	const handler = createRelayHandler({
		upstreamUrl: 'https://apple.invalid/feed.js',
		timeoutMs: 50,
		now: () => clock,
		fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
			calls.push(input instanceof Request ? input.url : input.toString());
			if (mode === 'refused') throw new TypeError('fetch failed');
			if (mode === 'hanging') {
				// Never answers; only the relay's timeout (through the signal) ends the attempt.
				return new Promise<Response>((_, reject) =>
					init?.signal?.addEventListener('abort', () =>
						reject(new DOMException('aborted', 'AbortError')),
					),
				);
			}
			return mode === 'down'
				? new Response('Service Unavailable', { status: 503 })
				: new Response(HEALTHY_FEED, { status: 200 });
		},
		...options,
	});
	const ask = () => handler(new Request('https://whatsapp-backup.help/api/icloud-status'));
	return {
		calls,
		ask,
		/** N requests at once, then N one after another; the statuses of all of them. */
		async flood(count: number) {
			const together = await Promise.all(Array.from({ length: count }, ask));
			const after: Response[] = [];
			for (let i = 0; i < count; i++) after.push(await ask());
			return [...together, ...after].map((response) => response.status);
		},
		setMode: (next: Upstream) => {
			mode = next;
		},
		advance: (ms: number) => {
			clock += ms;
		},
	};
}

describe('relay memory of a failure', () => {
	test.each(['down', 'refused', 'hanging'] as const)(
		'passes one request on to Apple for a flood while Apple is %s',
		async (mode) => {
			const relay = relayOver();
			relay.setMode(mode);
			expect(await relay.flood(20)).toEqual(Array(40).fill(502));
			expect(relay.calls).toHaveLength(1);
		},
	);

	test('asks Apple again once the failure window has passed, and answers 200 when Apple is back', async () => {
		const relay = relayOver();
		relay.setMode('down');
		expect((await relay.ask()).status).toBe(502);
		relay.setMode('healthy');
		relay.advance(FAILURE_TTL_MS - 1);
		expect((await relay.ask()).status).toBe(502);
		expect(relay.calls).toHaveLength(1);
		relay.advance(1);
		expect((await relay.ask()).status).toBe(200);
		expect(relay.calls).toHaveLength(2);
	});

	test('tells the client when to try again, and lets no cache keep the failure', async () => {
		const relay = relayOver();
		relay.setMode('down');
		const response = await relay.ask();
		expect(response.headers.get('retry-after')).toBe(String(FAILURE_TTL_MS / 1000));
		expect(response.headers.get('cache-control')).toBe('no-store');
	});

	test('passes every request on when the failure window is turned off', async () => {
		const relay = relayOver({ failureTtlMs: 0 });
		relay.setMode('down');
		await relay.ask();
		await relay.ask();
		expect(relay.calls).toHaveLength(2);
	});
});

describe('relay memory of a good answer', () => {
	test('asks Apple once for requests within the cache time, including concurrent ones', async () => {
		const relay = relayOver({ cacheTtlMs: 60_000 });
		expect(await relay.flood(10)).toEqual(Array(20).fill(200));
		relay.advance(59_999);
		expect((await relay.ask()).status).toBe(200);
		expect(relay.calls).toHaveLength(1);
		relay.advance(1);
		await relay.ask();
		expect(relay.calls).toHaveLength(2);
	});

	test('keeps a good answer when Apple fails after it, until the answer expires', async () => {
		const relay = relayOver({ cacheTtlMs: 60_000 });
		await relay.ask();
		relay.setMode('down');
		relay.advance(30_000);
		expect((await relay.ask()).status).toBe(200);
		relay.advance(30_000);
		expect((await relay.ask()).status).toBe(502);
		expect(relay.calls).toHaveLength(2);
	});
});
