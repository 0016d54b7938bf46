/**
 * Apple System Status: read the consumer feed and decide one honest state per watched iCloud service.
 * Feed format and evidence: shared/reference/apple-system-status.md.
 *
 * Decisions (see docs/relay.md, "How the state is decided"):
 * - A state is `available` only when the service is listed, its entry is readable, and every event
 *   on it is classified and none is current. Anything we can't read makes the service `unknown`.
 * - Values are matched exactly. `Ongoing` or `outage` in the wrong case are not guessed: `unknown`.
 * - A service listed twice: the events of every copy count together (worst state wins), and an
 *   unreadable copy makes it `unknown`.
 * - The same event (messageId) listed twice counts once; if its copies disagree, the worse one counts.
 * - Times that are not whole epoch milliseconds between 2000 and a year from now are dropped;
 *   the event still counts.
 *
 * The checks are plain type guards, not a schema library: the feed is read in the browser, where
 * zod/mini alone would cost about 7 kB gzip of the status pages' 20 kB budget, and the lenient checks
 * below (only `services`, `serviceName` and `eventStatus` are required) are a few lines each.
 */
import {
	EVENTS_PER_SERVICE_MAX,
	MESSAGE_MAX_CHARS,
	STATUS_TYPES,
	USERS_AFFECTED_MAX_CHARS,
	WATCHED_SERVICES,
	eventToState,
	isOneOf,
	isWatchedService,
	toEpochMs,
	toPlainText,
	worseState,
	worstFirst,
	type Parsed,
	type ServiceState,
	type ServiceStatus,
	type StatusEvent,
	type StatusReport,
	type WatchedService,
} from './report.ts';
import { MAX_FEED_BYTES } from './sources.ts';

/** Apple's event status values, exact case (stts and StatusBuddy see only these four). */
const EVENT_STATUSES = ['ongoing', 'resolved', 'upcoming', 'completed'] as const;

/** True for a plain JSON object (not null, not an array). */
function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** UTF-8 size of `text` in bytes, counted without copying it. */
export function utf8ByteLength(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			// A surrogate pair is one four-byte character.
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/** Strip an optional `jsonCallback(…)` / `jsonCallback(…);` wrapper; never evaluates anything. */
export function unwrapJsonCallback(body: string): string {
	const trimmed = body.replace(/^\uFEFF/, '').trim();
	const prefix = 'jsonCallback(';
	if (!trimmed.startsWith(prefix)) return trimmed;
	const end = trimmed.endsWith(');')
		? trimmed.length - 2
		: trimmed.endsWith(')')
			? trimmed.length - 1
			: -1;
	return end === -1 ? trimmed : trimmed.slice(prefix.length, end).trim();
}

/** Apple's messageId as a string, or null when it is missing or odd. */
function toMessageId(value: unknown): string | null {
	if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 64);
	if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	return null;
}

/** What one feed event means for its service. */
export type EventVerdict =
	| { kind: 'unclassified' }
	| { kind: 'past' }
	| { kind: 'current'; state: ServiceState; event: StatusEvent };

/** Classify one raw event; anything unexpected is `unclassified`, never `past`. */
export function classifyEvent(raw: unknown, now: number): EventVerdict {
	if (!isRecord(raw) || !isOneOf(EVENT_STATUSES, raw['eventStatus']))
		return { kind: 'unclassified' };
	const eventStatus = raw['eventStatus'];
	if (eventStatus === 'resolved' || eventStatus === 'completed') return { kind: 'past' };
	const type = raw['statusType'];
	if (!isOneOf(STATUS_TYPES, type)) return { kind: 'unclassified' };
	// Apple announces only maintenance ahead of time; an "upcoming outage" is not something we guess about.
	if (eventStatus === 'upcoming' && type !== 'Maintenance') return { kind: 'unclassified' };
	const usersAffected = toPlainText(raw['usersAffected'], USERS_AFFECTED_MAX_CHARS);
	const event: StatusEvent = {
		id: toMessageId(raw['messageId']),
		type,
		status: eventStatus,
		message: toPlainText(raw['message'], MESSAGE_MAX_CHARS),
		usersAffected: usersAffected === '' ? null : usersAffected,
		startsAt: toEpochMs(raw['epochStartDate'], now),
		endsAt: toEpochMs(raw['epochEndDate'], now),
	};
	return { kind: 'current', state: eventToState(event), event };
}

/** Current events, one per messageId (the worse copy wins), worst first, capped. */
function dedupeEvents(events: readonly StatusEvent[]): StatusEvent[] {
	const byId = new Map<string, StatusEvent>();
	const anonymous: StatusEvent[] = [];
	for (const event of events) {
		if (event.id === null) {
			anonymous.push(event);
			continue;
		}
		const seen = byId.get(event.id);
		if (!seen || worstFirst(eventToState(event), eventToState(seen)) < 0) byId.set(event.id, event);
	}
	return [...byId.values(), ...anonymous]
		.sort((a, b) => worstFirst(eventToState(a), eventToState(b)))
		.slice(0, EVENTS_PER_SERVICE_MAX);
}

/** Decide one service's state from every feed entry that carries its exact name. */
function serviceFromEntries(
	name: WatchedService,
	entries: readonly unknown[],
	now: number,
): ServiceStatus {
	if (entries.length === 0) return { name, state: 'unknown', reason: 'not-listed', events: [] };
	let unreadableEntry = false;
	let unclassified = false;
	let state: ServiceState = 'available';
	const current: StatusEvent[] = [];
	for (const entryEvents of entries) {
		if (!Array.isArray(entryEvents)) {
			unreadableEntry = true;
			continue;
		}
		for (const raw of entryEvents) {
			const verdict = classifyEvent(raw, now);
			if (verdict.kind === 'unclassified') unclassified = true;
			else if (verdict.kind === 'current') {
				state = worseState(state, verdict.state);
				current.push(verdict.event);
			}
		}
	}
	const events = dedupeEvents(current);
	if (unreadableEntry) return { name, state: 'unknown', reason: 'unreadable-entry', events };
	if (unclassified) return { name, state: 'unknown', reason: 'unclassified-event', events };
	return { name, state, reason: null, events };
}

/** The watched services' states from an already-parsed feed object; `drpost`, `drMessage` and extras are ignored. */
export function feedToReport(feed: unknown, now: number): Parsed<StatusReport> {
	if (!isRecord(feed) || !Array.isArray(feed['services'])) {
		return { ok: false, code: 'wrong-shape', error: 'The feed has no "services" list.' };
	}
	// A Map, not an object: service names such as "__proto__" must stay plain data.
	const entries = new Map<WatchedService, unknown[]>();
	for (const item of feed['services'] as unknown[]) {
		if (!isRecord(item) || !isWatchedService(item['serviceName'])) continue;
		const name = item['serviceName'];
		const list = entries.get(name) ?? [];
		list.push(item['events']);
		entries.set(name, list);
	}
	if (entries.size === 0) {
		return {
			ok: false,
			code: 'no-watched-services',
			error: 'The feed lists none of the iCloud services we watch.',
		};
	}
	return {
		ok: true,
		value: {
			checkedAt: now,
			services: WATCHED_SERVICES.map((name) =>
				serviceFromEntries(name, entries.get(name) ?? [], now),
			),
		},
	};
}

/** Parse Apple's feed body (bare JSON or `jsonCallback(…)`), capped at `maxBytes` before parsing. */
export function parseAppleFeed(
	body: string,
	now: number,
	maxBytes: number = MAX_FEED_BYTES,
): Parsed<StatusReport> {
	if (body.length > maxBytes || utf8ByteLength(body) > maxBytes) {
		return { ok: false, code: 'too-large', error: `The feed is larger than ${maxBytes} bytes.` };
	}
	const json = unwrapJsonCallback(body);
	if (json === '') return { ok: false, code: 'empty', error: 'The feed is empty.' };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, code: 'not-json', error: 'The feed is not JSON.' };
	}
	return feedToReport(data, now);
}
