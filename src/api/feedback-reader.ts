/**
 * Who a reader is, as far as feedback knows: a keyed hash of their network address, with a key
 * that changes every UTC day. The day's key is derived from a secret (HMAC-SHA256 of the secret and
 * the day), so every server process and Cloudflare isolate computes the same hash for a reader on one
 * day without sharing any state. The secret lives in the host's settings, never in the database, so
 * the stored hashes cannot be turned back into addresses, and two days of one reader can't be linked.
 * Web Crypto only: the same code runs on Node and in the Workers runtime.
 */

const encoder = new TextEncoder();
const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

/** The UTC calendar day of a time, `YYYY-MM-DD`: the only time a vote keeps. */
export function utcDay(epochMs: number): string {
	return new Date(epochMs).toISOString().slice(0, 10);
}

/**
 * The part of an address that names one reader: the whole IPv4 address, or the /56 network of an
 * IPv6 address. A home line is usually given a /56 (256 /64 networks) and its devices pick addresses
 * across it, so counting /64s let one home count as up to 256 readers; docs/feedback.md weighs the
 * choice against what ISPs hand out. Hand-written because it is a few lines and no dependency of ours
 * parses IPv6.
 */
export function readerNetwork(address: string): string {
	const plain = address
		.trim()
		.toLowerCase()
		.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
	if (!plain.includes(':')) return plain;
	const [head = '', tail] = plain.split('::', 2);
	const left = head === '' ? [] : head.split(':');
	const right = tail === undefined || tail === '' ? [] : tail.split(':');
	const missing = tail === undefined ? 0 : 8 - left.length - right.length;
	const groups = [...left, ...Array.from({ length: missing }, () => '0'), ...right];
	const prefix = groups.slice(0, 3).map((group) => group.replace(/^0+(?=.)/, ''));
	// The fourth group's first 8 bits complete the /56.
	const fourth = (Number.parseInt(groups[3] ?? '0', 16) || 0) & 0xff00;
	return `${[...prefix, fourth.toString(16)].join(':')}::/56`;
}

/** Why a feedback secret is too weak to key reader hashes, or undefined when it will do. */
export function secretProblem(secret: string): string | undefined {
	const characters = [...secret];
	if (
		characters.length < 16 ||
		secret.trim() === '' ||
		characters.every((character) => character === characters[0])
	)
		return 'FEEDBACK_SECRET must be at least 16 characters long, and not all one character or white space.';
	return undefined;
}

/**
 * A function from (address, day) to a 32-hex-digit reader id; keeps only the current day's key.
 * With `about`, the id is of the reader and that text together (an unanswered search's language and
 * query): it counts the reader once per text, and can't be matched with their other ids that day.
 */
export function createReaderIdentity(
	secret: string,
): (address: string, day: string, about?: string) => Promise<string> {
	const problem = secretProblem(secret);
	if (problem !== undefined) throw new Error(problem);
	const master = crypto.subtle.importKey('raw', encoder.encode(secret), HMAC, false, ['sign']);
	let current: { day: string; key: Promise<CryptoKey> } | undefined;

	async function keyFor(day: string): Promise<CryptoKey> {
		const derived = await crypto.subtle.sign(
			'HMAC',
			await master,
			encoder.encode(`feedback reader key for ${day}`),
		);
		return crypto.subtle.importKey('raw', derived, HMAC, false, ['sign']);
	}

	return async (address, day, about) => {
		if (current?.day !== day) current = { day, key: keyFor(day) };
		const network = readerNetwork(address);
		const message = about === undefined ? network : `${network}\n${about}`;
		const mac = new Uint8Array(
			await crypto.subtle.sign('HMAC', await current.key, encoder.encode(message)),
		);
		return Array.from(mac.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
	};
}

/** How many requests one reader may send per window before getting 429. */
export interface RateLimit {
	limit: number;
	windowMs: number;
}

/** A reader may answer, change their mind and pick a step on several articles well within this. */
export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 30, windowMs: 10 * 60_000 };

// Beyond this many readers in memory, finished windows are dropped so a flood of addresses can't grow it.
const PRUNE_ABOVE = 10_000;

/**
 * A fixed-window counter per reader id, in memory: it only has to outlast a flood, and it holds
 * reader ids (hashes), never addresses. Returns the seconds to wait when the reader is over the limit.
 */
export function createRateLimiter(
	{ limit, windowMs }: RateLimit,
	now: () => number,
): (reader: string) => number | undefined {
	const windows = new Map<string, { start: number; count: number }>();
	return (reader) => {
		const time = now();
		if (windows.size > PRUNE_ABOVE) {
			for (const [key, window] of windows) if (time - window.start >= windowMs) windows.delete(key);
		}
		const window = windows.get(reader);
		if (!window || time - window.start >= windowMs) {
			windows.set(reader, { start: time, count: 1 });
			return undefined;
		}
		window.count += 1;
		return window.count > limit
			? Math.max(1, Math.ceil((window.start + windowMs - time) / 1000))
			: undefined;
	};
}
