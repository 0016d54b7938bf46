/**
 * Apple System Status: read the consumer feed (or our relay's answer) and decide one honest state
 * per iCloud service that matters for WhatsApp backups. Framework-free; shared by island and relay.
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
 */
import { z } from 'astro/zod';
import { APPLE_STATUS_PAGE_URL, MAX_FEED_BYTES } from './status-sources.ts';

// The site's CSP forbids eval; without this zod probes for it with `new Function`, which the browser reports.
z.config({ jitless: true });

/** The services that matter for a WhatsApp backup, exactly as the en_US feed names them. */
export const WATCHED_SERVICES = [
	'iCloud Backup',
	'iCloud Drive',
	'iCloud Account & Sign In',
	'iCloud Storage Upgrades',
] as const;

/** One of the watched service names. */
export type WatchedService = (typeof WATCHED_SERVICES)[number];

/** The states a service row can show. */
export const SERVICE_STATES = ['available', 'issue', 'outage', 'maintenance', 'planned', 'unknown'] as const;

/** One service's state. */
export type ServiceState = (typeof SERVICE_STATES)[number];

/** Visible label for each state; never colour alone. */
export const STATE_LABELS: Readonly<Record<ServiceState, string>> = {
	available: 'No reported issue',
	issue: 'Issue',
	outage: 'Outage',
	maintenance: 'Maintenance now',
	planned: 'Maintenance planned',
	unknown: 'Unknown',
};

/** Why a service is `unknown`. */
export const UNKNOWN_REASONS = ['not-checked', 'not-listed', 'unreadable-entry', 'unclassified-event'] as const;

/** Why a service is `unknown`. */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

/** Reader-facing sentence for each unknown reason. */
export const UNKNOWN_REASON_TEXT: Readonly<Record<UnknownReason, string>> = {
	'not-checked': 'Couldn’t check right now.',
	'not-listed': 'Apple’s feed doesn’t list this service right now.',
	'unreadable-entry': 'Apple’s feed has an entry for this service that we couldn’t read.',
	'unclassified-event': 'Apple’s feed lists an event for this service that we couldn’t read.',
};

/** Most characters of an event message we keep (then an ellipsis). */
export const MESSAGE_MAX_CHARS = 300;

/** Most characters of the "users affected" line we keep. */
export const USERS_AFFECTED_MAX_CHARS = 120;

/** Most current events we keep per service. */
export const EVENTS_PER_SERVICE_MAX = 5;

// Apple's feed dates are epoch milliseconds; anything before 2000 or over a year ahead is noise.
const EARLIEST_EPOCH_MS = Date.UTC(2000, 0, 1);
const LATEST_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/** Apple's event status values, exact case (stts and StatusBuddy see only these four). */
export const EventStatusSchema = z.enum(['ongoing', 'resolved', 'upcoming', 'completed']);

/** Apple's event types, exact case. */
export const StatusTypeSchema = z.enum(['Outage', 'Issue', 'Performance', 'Maintenance']);

/** Apple's event type. */
export type StatusType = z.infer<typeof StatusTypeSchema>;

/** Top level of the feed: only `services` matters; `drpost`, `drMessage` and extras are ignored. */
export const FeedSchema = z.looseObject({ services: z.array(z.unknown()) });

/** One `services[]` entry, checked leniently: a name, and whatever `events` is. */
export const FeedServiceSchema = z.object({ serviceName: z.string(), events: z.unknown().optional() });

/** One `events[]` entry: only `eventStatus` must be valid up front; the rest is checked when used. */
export const FeedEventSchema = z.object({
	eventStatus: EventStatusSchema,
	statusType: z.unknown().optional(),
	messageId: z.unknown().optional(),
	message: z.unknown().optional(),
	usersAffected: z.unknown().optional(),
	epochStartDate: z.unknown().optional(),
	epochEndDate: z.unknown().optional(),
});

/** A current or planned event, cleaned for display. */
export interface StatusEvent {
	/** Apple's messageId, or null when missing. */
	id: string | null;
	type: StatusType;
	status: 'ongoing' | 'upcoming';
	/** Plain text, at most MESSAGE_MAX_CHARS characters; may be empty. */
	message: string;
	usersAffected: string | null;
	/** Epoch ms, or null when Apple's value was missing or not believable. */
	startsAt: number | null;
	endsAt: number | null;
}

/** One watched service and its state. */
export interface ServiceStatus {
	name: WatchedService;
	state: ServiceState;
	/** Set only when `state` is `unknown`. */
	reason: UnknownReason | null;
	/** Current and planned events we could read, worst first (may be set for `unknown` too). */
	events: StatusEvent[];
}

/** The state of every watched service at one moment. */
export interface StatusReport {
	/** Epoch ms when Apple's feed was read. */
	checkedAt: number;
	services: ServiceStatus[];
}

/** Why a body could not be read as a status feed. */
export type FeedErrorCode = 'too-large' | 'empty' | 'not-json' | 'wrong-shape' | 'no-watched-services';

/** A parse result that never throws. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: FeedErrorCode; error: string };

/** Rank of each state when several apply: higher wins. */
const STATE_RANK: Readonly<Record<ServiceState, number>> = {
	available: 0,
	planned: 1,
	maintenance: 2,
	issue: 3,
	outage: 4,
	unknown: 5,
};

/** True when `name` is one of the watched services. */
export function isWatchedService(name: string): name is WatchedService {
	return (WATCHED_SERVICES as readonly string[]).includes(name);
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
	const end = trimmed.endsWith(');') ? trimmed.length - 2 : trimmed.endsWith(')') ? trimmed.length - 1 : -1;
	return end === -1 ? trimmed : trimmed.slice(prefix.length, end).trim();
}

// Control characters, line/paragraph separators and bidi overrides become spaces in displayed text.
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Plain one-line text from an untrusted value, capped at `maxChars` characters with an ellipsis. */
export function toPlainText(value: unknown, maxChars: number): string {
	if (typeof value !== 'string') return '';
	// Cut very long input before the regexes; keep enough to know whether an ellipsis is needed.
	const head = value.length > maxChars * 4 + 8 ? value.slice(0, maxChars * 4 + 8) : value;
	const clean = head.replace(UNSAFE_TEXT, ' ').replace(/\s+/g, ' ').trim();
	const chars = Array.from(clean);
	const cut = chars.length > maxChars || head.length < value.length;
	if (!cut) return clean;
	return `${chars.slice(0, Math.max(0, maxChars - 1)).join('').trimEnd()}…`;
}

/** Epoch ms from Apple's value, or null unless it is a whole number between 2000 and a year from `now`. */
export function toEpochMs(value: unknown, now: number): number | null {
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) return null;
	if (value < EARLIEST_EPOCH_MS || value > now + LATEST_AHEAD_MS) return null;
	return value;
}

/** Apple's messageId as a string, or null when it is missing or odd. */
function toMessageId(value: unknown): string | null {
	if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 64);
	if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
	return null;
}

/** What one feed event means for its service. */
type EventVerdict =
	| { kind: 'unclassified' }
	| { kind: 'past' }
	| { kind: 'current'; state: ServiceState; event: StatusEvent };

/** Classify one raw event; anything unexpected is `unclassified`, never `past`. */
export function classifyEvent(raw: unknown, now: number): EventVerdict {
	const parsed = FeedEventSchema.safeParse(raw);
	if (!parsed.success) return { kind: 'unclassified' };
	const { eventStatus } = parsed.data;
	if (eventStatus === 'resolved' || eventStatus === 'completed') return { kind: 'past' };
	const type = StatusTypeSchema.safeParse(parsed.data.statusType);
	if (!type.success) return { kind: 'unclassified' };
	let state: ServiceState;
	if (eventStatus === 'upcoming') {
		// Apple announces only maintenance ahead of time; an "upcoming outage" is not something we guess about.
		if (type.data !== 'Maintenance') return { kind: 'unclassified' };
		state = 'planned';
	} else {
		state = type.data === 'Outage' ? 'outage' : type.data === 'Maintenance' ? 'maintenance' : 'issue';
	}
	const usersAffected = toPlainText(parsed.data.usersAffected, USERS_AFFECTED_MAX_CHARS);
	return {
		kind: 'current',
		state,
		event: {
			id: toMessageId(parsed.data.messageId),
			type: type.data,
			status: eventStatus,
			message: toPlainText(parsed.data.message, MESSAGE_MAX_CHARS),
			usersAffected: usersAffected === '' ? null : usersAffected,
			startsAt: toEpochMs(parsed.data.epochStartDate, now),
			endsAt: toEpochMs(parsed.data.epochEndDate, now),
		},
	};
}

/** State an event stands for (planned for upcoming maintenance). */
export function eventToState(event: StatusEvent): ServiceState {
	if (event.status === 'upcoming') return 'planned';
	if (event.type === 'Outage') return 'outage';
	if (event.type === 'Maintenance') return 'maintenance';
	return 'issue';
}

/** The worse of two states. */
export function worseState(a: ServiceState, b: ServiceState): ServiceState {
	return STATE_RANK[b] > STATE_RANK[a] ? b : a;
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
		if (!seen || STATE_RANK[eventToState(event)] > STATE_RANK[eventToState(seen)]) byId.set(event.id, event);
	}
	return [...byId.values(), ...anonymous]
		.sort((a, b) => STATE_RANK[eventToState(b)] - STATE_RANK[eventToState(a)])
		.slice(0, EVENTS_PER_SERVICE_MAX);
}

/** Decide one service's state from every feed entry that carries its exact name. */
export function serviceFromEntries(name: WatchedService, entries: readonly unknown[], now: number): ServiceStatus {
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

/** A report where every watched service is `unknown` for `reason`. */
export function unknownReport(checkedAt: number, reason: UnknownReason = 'not-checked'): StatusReport {
	return { checkedAt, services: WATCHED_SERVICES.map((name) => ({ name, state: 'unknown', reason, events: [] })) };
}

/** The watched services' states from an already-parsed feed object. */
export function feedToReport(feed: unknown, now: number): Parsed<StatusReport> {
	const top = FeedSchema.safeParse(feed);
	if (!top.success) return { ok: false, code: 'wrong-shape', error: 'The feed has no "services" list.' };
	// A Map, not an object: service names such as "__proto__" must stay plain data.
	const entries = new Map<WatchedService, unknown[]>();
	for (const item of top.data.services) {
		const service = FeedServiceSchema.safeParse(item);
		if (!service.success || !isWatchedService(service.data.serviceName)) continue;
		const list = entries.get(service.data.serviceName) ?? [];
		list.push(service.data.events);
		entries.set(service.data.serviceName, list);
	}
	if (entries.size === 0) {
		return { ok: false, code: 'no-watched-services', error: 'The feed lists none of the iCloud services we watch.' };
	}
	return {
		ok: true,
		value: { checkedAt: now, services: WATCHED_SERVICES.map((name) => serviceFromEntries(name, entries.get(name) ?? [], now)) },
	};
}

/** Parse Apple's feed body (bare JSON or `jsonCallback(…)`), capped at `maxBytes` before parsing. */
export function parseAppleFeed(body: string, now: number, maxBytes: number = MAX_FEED_BYTES): Parsed<StatusReport> {
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

/** Version of the relay's JSON; bump when the shape changes. */
export const RELAY_SCHEMA_VERSION = 1;

const RelayEventSchema = z.object({
	id: z.string().max(64).nullable(),
	type: StatusTypeSchema,
	status: z.enum(['ongoing', 'upcoming']),
	message: z.string().max(MESSAGE_MAX_CHARS * 2),
	usersAffected: z.string().max(USERS_AFFECTED_MAX_CHARS * 2).nullable(),
	startsAt: z.number().nullable(),
	endsAt: z.number().nullable(),
});

const RelayServiceSchema = z.object({
	name: z.string().max(100),
	state: z.enum(SERVICE_STATES),
	reason: z.enum(UNKNOWN_REASONS).nullable(),
	events: z.array(RelayEventSchema).max(EVENTS_PER_SERVICE_MAX),
});

/** The relay's answer: the normalised report, small and stable. */
export const RelayPayloadSchema = z.object({
	schema: z.literal(RELAY_SCHEMA_VERSION),
	source: z.literal('apple-system-status'),
	checkedAt: z.number().int().nonnegative(),
	statusPage: z.string(),
	services: z.array(RelayServiceSchema).max(20),
});

/** The relay's answer, as sent. */
export type RelayPayload = z.infer<typeof RelayPayloadSchema>;

/** The relay's JSON for a report. */
export function reportToRelayPayload(report: StatusReport): RelayPayload {
	return {
		schema: RELAY_SCHEMA_VERSION,
		source: 'apple-system-status',
		checkedAt: report.checkedAt,
		statusPage: APPLE_STATUS_PAGE_URL,
		services: report.services.map((service) => ({ ...service, events: service.events.map((event) => ({ ...event })) })),
	};
}

/** A report from the relay's JSON, re-checked as untrusted: missing or odd services become `unknown`. */
export function relayPayloadToReport(payload: unknown, now: number): Parsed<StatusReport> {
	const parsed = RelayPayloadSchema.safeParse(payload);
	if (!parsed.success) return { ok: false, code: 'wrong-shape', error: 'The relay answer is not in the expected shape.' };
	const byName = new Map<string, RelayPayload['services'][number][]>();
	for (const service of parsed.data.services) byName.set(service.name, [...(byName.get(service.name) ?? []), service]);
	const services = WATCHED_SERVICES.map((name): ServiceStatus => {
		const copies = byName.get(name) ?? [];
		const only = copies[0];
		if (copies.length !== 1 || !only) return { name, state: 'unknown', reason: copies.length === 0 ? 'not-listed' : 'unreadable-entry', events: [] };
		const events = only.events.map(
			(event): StatusEvent => ({
				id: event.id,
				type: event.type,
				status: event.status,
				message: toPlainText(event.message, MESSAGE_MAX_CHARS),
				usersAffected: event.usersAffected === null ? null : toPlainText(event.usersAffected, USERS_AFFECTED_MAX_CHARS) || null,
				startsAt: toEpochMs(event.startsAt, now),
				endsAt: toEpochMs(event.endsAt, now),
			}),
		);
		// A claim of `available` next to a current event is inconsistent: don't trust it.
		const implied = events.reduce<ServiceState>((worst, event) => worseState(worst, eventToState(event)), 'available');
		if (only.state === 'unknown') return { name, state: 'unknown', reason: only.reason ?? 'unreadable-entry', events };
		if (only.state !== implied) return { name, state: 'unknown', reason: 'unreadable-entry', events };
		return { name, state: only.state, reason: null, events };
	});
	// The relay's clock may differ a little; never show a check time in the reader's future.
	return { ok: true, value: { checkedAt: Math.min(parsed.data.checkedAt, now), services } };
}

/** One sentence summing up a report, for the polite live region; same input gives the same text. */
export function summarizeReport(report: StatusReport, failed: boolean): string {
	if (failed) return 'Couldn’t check Apple’s System Status right now.';
	const order: ServiceState[] = ['outage', 'issue', 'maintenance', 'planned', 'unknown', 'available'];
	const parts: string[] = [];
	for (const state of order) {
		const names = report.services.filter((service) => service.state === state).map((service) => service.name);
		if (names.length > 0) parts.push(`${STATE_LABELS[state]}: ${names.join(', ')}.`);
	}
	return `Apple System Status. ${parts.join(' ')}`;
}
