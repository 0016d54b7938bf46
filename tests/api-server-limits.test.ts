/**
 * Slow clients can't lock readers out of `npm run api`: while 300 connections trickle their headers,
 * a reader's vote still goes through within 2 s, and every slow connection is dropped within the
 * header timeout (Node's defaults kept them 90 s and, under a 256-descriptor limit, turned every
 * reader away). The server runs with that low limit here, as on a host with a low default.
 */
import { connect, type Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../src/api/node-server.ts';
import { feedbackServers, vote } from './support/feedback-server-harness.ts';

const servers = feedbackServers();

const FILE_LIMIT = 256;
const SLOW_CLIENTS = 300;
// Timers run late on a busy machine; the margin is still a small part of Node's default 90 s.
const SCHEDULING_MARGIN_MS = 4_000;

interface SlowClient {
	socket: Socket;
	openedAt: number;
	/** What the server sent before it closed the connection, if anything. */
	answer: string;
	closed: Promise<number>;
}

/** A client that starts a vote and then sends one more header line a second, never finishing. */
function slowClient(port: number, from: string): Promise<SlowClient> {
	return new Promise((resolve, reject) => {
		const socket = connect({ port, host: '127.0.0.1', localAddress: from });
		let ticker: NodeJS.Timeout | undefined;
		const closed = new Promise<number>((done) =>
			socket.once('close', () => {
				clearInterval(ticker);
				done(Date.now());
			}),
		);
		socket.on('error', () => undefined);
		socket.once('connect', () => {
			const client: SlowClient = { socket, openedAt: Date.now(), answer: '', closed };
			socket.on('data', (chunk: Buffer) => (client.answer += chunk.toString('latin1')));
			socket.write('POST /api/feedback HTTP/1.1\r\nHost: whatsapp-backup.help\r\n');
			ticker = setInterval(() => socket.write('X-Slow: 1\r\n'), 1_000);
			resolve(client);
		});
		socket.once('error', reject);
	});
}

/** Open `count` slow clients, from the addresses `from(i)` gives, all at once. */
async function holdSlowClients(port: number, from: (i: number) => string) {
	return Promise.all(Array.from({ length: SLOW_CLIENTS }, (_, i) => slowClient(port, from(i))));
}

/** A vote from a reader nobody slowed down; resolves with its status and how long it took. */
async function readerVotes(port: number, from: string) {
	const started = Date.now();
	const reply = await vote(port, from, { article: 'restart-iphone', fixed: true });
	return { status: reply.status, ms: Date.now() - started };
}

/** The time each slow client was held, once the server has closed them all. */
async function heldFor(clients: SlowClient[]): Promise<number[]> {
	return Promise.all(clients.map(async (client) => (await client.closed) - client.openedAt));
}

const timedOut = (client: SlowClient) => client.answer.startsWith('HTTP/1.1 408 ');

describe('npm run api under slow clients', { timeout: 60_000 }, () => {
	test('300 from one address: it keeps its share of connections, and a reader votes within 2 s', async () => {
		const { port } = await servers.start(
			servers.file('one-address.sqlite'),
			{},
			{
				fileLimit: FILE_LIMIT,
			},
		);
		const clients = await holdSlowClients(port, () => '127.0.0.1');

		const reader = await readerVotes(port, '127.0.0.2');
		const stillOpen = clients.filter((client) => !client.socket.closed).length;
		expect(reader.status).toBe(200);
		expect(reader.ms).toBeLessThan(2_000);
		expect(stillOpen).toBeGreaterThan(0);

		const held = await heldFor(clients);
		expect(Math.max(...held)).toBeLessThan(
			LIMITS.headersTimeoutMs + LIMITS.checkIntervalMs + SCHEDULING_MARGIN_MS,
		);
		// Beyond its share, each new connection of an address closes its oldest slow one, without an
		// answer; the last share times out.
		expect(clients.filter(timedOut)).toHaveLength(LIMITS.maxConnectionsPerNetwork);
		expect(clients.filter((client) => client.answer === '')).toHaveLength(
			SLOW_CLIENTS - LIMITS.maxConnectionsPerNetwork,
		);
		expect(clients.find(timedOut)?.answer).toMatch(/"error":"request_timeout"/);
	});

	test('300 from 300 addresses: the oldest make room for a reader, who votes within 2 s', async () => {
		const { port } = await servers.start(
			servers.file('many-addresses.sqlite'),
			{},
			{
				fileLimit: FILE_LIMIT,
			},
		);
		const clients = await holdSlowClients(
			port,
			(i) => `127.0.${20 + Math.floor(i / 200)}.${(i % 200) + 1}`,
		);

		const reader = await readerVotes(port, '127.0.0.3');
		expect(reader.status).toBe(200);
		expect(reader.ms).toBeLessThan(2_000);

		const held = await heldFor(clients);
		expect(Math.max(...held)).toBeLessThan(
			LIMITS.headersTimeoutMs + LIMITS.checkIntervalMs + SCHEDULING_MARGIN_MS,
		);
		// With 256 descriptors the server holds at most 128 connections; older slow ones made room.
		expect(clients.filter(timedOut).length).toBeLessThanOrEqual(FILE_LIMIT / 2);
		expect(clients.filter((client) => client.answer === '').length).toBeGreaterThanOrEqual(
			SLOW_CLIENTS - FILE_LIMIT / 2,
		);
	});
});
