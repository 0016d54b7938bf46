import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { startRelay } from './node-server.ts';
import {
	FEED_PATH,
	SITE,
	close,
	relayOverHttp,
	send,
} from '../../tests/support/relay-over-http.ts';

const { ports } = relayOverHttp();

describe('startRelay', () => {
	test('listens on PORT and allows the SITE_ORIGIN origins', async () => {
		const server = await startRelay(
			{ PORT: '0', SITE_ORIGIN: 'http://localhost:4321, https://preview.example/' },
			{ upstreamUrl: `http://127.0.0.1:${ports.upstream}${FEED_PATH}`, cacheTtlMs: 0 },
		);
		const port = (server.address() as AddressInfo).port;
		try {
			const local = await send(port, { headers: { origin: 'http://localhost:4321' } });
			const preview = await send(port, { headers: { origin: 'https://preview.example' } });
			const site = await send(port, { headers: { origin: SITE } });
			expect(local.headers['access-control-allow-origin']).toBe('http://localhost:4321');
			expect(preview.headers['access-control-allow-origin']).toBe('https://preview.example');
			expect(site.headers['access-control-allow-origin']).toBeUndefined();
		} finally {
			await close(server);
		}
	});
});
