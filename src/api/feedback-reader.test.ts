import { describe, expect, test } from 'vitest';
import {
	createRateLimiter,
	createReaderIdentity,
	readerNetwork,
	secretProblem,
	utcDay,
} from './feedback-reader.ts';

describe('readerNetwork', () => {
	test.each([
		{ address: '203.0.113.7', network: '203.0.113.7' },
		{ address: '::ffff:127.0.0.5', network: '127.0.0.5' },
		{ address: '2001:db8:85a3:0:0:8a2e:370:7334', network: '2001:db8:85a3:0::/56' },
		{ address: '2001:DB8:85A3::8A2E:370:7334', network: '2001:db8:85a3:0::/56' },
		{ address: '2001:0db8:0000:0042::1', network: '2001:db8:0:0::/56' },
		{ address: '2001:db8:0:12ff::1', network: '2001:db8:0:1200::/56' },
		{ address: '::1', network: '0:0:0:0::/56' },
		{ address: 'fe80::1', network: 'fe80:0:0:0::/56' },
	])('$address belongs to $network', ({ address, network }) => {
		expect(readerNetwork(address)).toBe(network);
	});

	test('the 256 /64 networks of one IPv6 /56 are one reader, and the next /56 another', () => {
		const networks = new Set(
			Array.from({ length: 256 }, (_, i) => readerNetwork(`2001:db8:1:${i.toString(16)}::${i}`)),
		);
		expect([...networks]).toEqual(['2001:db8:1:0::/56']);
		expect(readerNetwork('2001:db8:1:100::1')).toBe('2001:db8:1:100::/56');
	});
});

describe('createReaderIdentity', () => {
	const secret = 'a test secret of enough length';

	test('gives the same 32-hex-digit id for one address and day in any process, and hides the address', async () => {
		const one = await createReaderIdentity(secret)('203.0.113.7', '2026-12-01');
		const other = await createReaderIdentity(secret)('203.0.113.7', '2026-12-01');
		expect(one).toMatch(/^[0-9a-f]{32}$/);
		expect(other).toBe(one);
	});

	test('changes with the day, the address and the secret', async () => {
		const readerOf = createReaderIdentity(secret);
		const base = await readerOf('203.0.113.7', '2026-12-01');
		expect(await readerOf('203.0.113.7', '2026-12-02')).not.toBe(base);
		expect(await readerOf('203.0.113.8', '2026-12-01')).not.toBe(base);
		expect(await createReaderIdentity(`${secret}!`)('203.0.113.7', '2026-12-01')).not.toBe(base);
	});

	test('refuses a weak secret', () => {
		expect(() => createReaderIdentity('short')).toThrow(/at least 16 characters/);
	});
});

describe('secretProblem', () => {
	test.each(['', 'short', '0123456789abcde', ' '.repeat(16), 'a'.repeat(40), ' \t\n'.repeat(8)])(
		'refuses %j, naming the rule',
		(secret) => {
			expect(secretProblem(secret)).toBe(
				'FEEDBACK_SECRET must be at least 16 characters long, and not all one character or white space.',
			);
		},
	);

	test.each(['0123456789abcdef', 'aaaaaaaaaaaaaaab', 'a secret with spaces'])(
		'accepts %j',
		(secret) => {
			expect(secretProblem(secret)).toBeUndefined();
		},
	);
});

describe('utcDay', () => {
	test('is the UTC date, whatever the time of day', () => {
		expect(utcDay(Date.parse('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
		expect(utcDay(Date.parse('2026-12-01T23:59:59.999Z'))).toBe('2026-12-01');
	});
});

describe('createRateLimiter', () => {
	test('lets each reader send `limit` requests per window, then says how long to wait', () => {
		let now = 0;
		const overLimit = createRateLimiter({ limit: 2, windowMs: 10_000 }, () => now);
		expect([overLimit('a'), overLimit('a'), overLimit('b')]).toEqual([
			undefined,
			undefined,
			undefined,
		]);
		now = 4_000;
		expect(overLimit('a')).toBe(6);
		now = 10_000;
		expect(overLimit('a')).toBeUndefined();
	});
});
