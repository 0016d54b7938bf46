/**
 * The iCloud status report: which services we watch, the states a service can be in, and the
 * cleaning every untrusted value goes through before it is shown. Shared by the feed parser
 * (status-feed.ts), the relay's payload (status-relay-payload.ts) and the widget.
 * Framework-free and dependency-free: it runs in the browser, in Node and in host functions.
 */

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
export const SERVICE_STATES = [
	'available',
	'issue',
	'outage',
	'maintenance',
	'planned',
	'unknown',
] as const;

/** One service's state. */
export type ServiceState = (typeof SERVICE_STATES)[number];

/** Why a service is `unknown`. */
export const UNKNOWN_REASONS = [
	'not-checked',
	'not-listed',
	'unreadable-entry',
	'unclassified-event',
] as const;

/** Why a service is `unknown`. */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

/** Apple's event types, exact case. */
export const STATUS_TYPES = ['Outage', 'Issue', 'Performance', 'Maintenance'] as const;

/** Apple's event type. */
type StatusType = (typeof STATUS_TYPES)[number];

/** The event statuses a report keeps: past events are dropped. */
export const CURRENT_EVENT_STATUSES = ['ongoing', 'upcoming'] as const;

/** Most characters of an event message we keep (then an ellipsis). */
export const MESSAGE_MAX_CHARS = 300;

/** Most characters of the "users affected" line we keep. */
export const USERS_AFFECTED_MAX_CHARS = 120;

/** Most current events we keep per service. */
export const EVENTS_PER_SERVICE_MAX = 5;

/** A current or planned event, cleaned for display. */
export interface StatusEvent {
	/** Apple's messageId, or null when missing. */
	id: string | null;
	type: StatusType;
	status: (typeof CURRENT_EVENT_STATUSES)[number];
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

/** Why a body could not be read as a status report. */
type FeedErrorCode = 'too-large' | 'empty' | 'not-json' | 'wrong-shape' | 'no-watched-services';

/** A parse result that never throws. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: FeedErrorCode; error: string };

/** True when `value` is one of `values`, matched exactly (no case folding, no trimming). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** True when `name` is one of the watched services. */
export function isWatchedService(name: unknown): name is WatchedService {
	return isOneOf(WATCHED_SERVICES, name);
}

/** Rank of each state when several apply: higher wins. */
const STATE_RANK: Readonly<Record<ServiceState, number>> = {
	available: 0,
	planned: 1,
	maintenance: 2,
	issue: 3,
	outage: 4,
	unknown: 5,
};

/** Negative when `a` is worse than `b`: sorts worst first. */
export function worstFirst(a: ServiceState, b: ServiceState): number {
	return STATE_RANK[b] - STATE_RANK[a];
}

/** The worse of two states. */
export function worseState(a: ServiceState, b: ServiceState): ServiceState {
	return STATE_RANK[b] > STATE_RANK[a] ? b : a;
}

/** State an event stands for (planned for upcoming maintenance). */
export function eventToState(event: StatusEvent): ServiceState {
	if (event.status === 'upcoming') return 'planned';
	if (event.type === 'Outage') return 'outage';
	if (event.type === 'Maintenance') return 'maintenance';
	return 'issue';
}

/** A report where every watched service is `unknown` for `reason`. */
export function unknownReport(
	checkedAt: number,
	reason: UnknownReason = 'not-checked',
): StatusReport {
	return {
		checkedAt,
		services: WATCHED_SERVICES.map((name) => ({ name, state: 'unknown', reason, events: [] })),
	};
}

// Control characters, line/paragraph separators and bidi overrides become spaces in displayed text.
const UNSAFE_TEXT =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point.
	/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Plain one-line text from an untrusted value, capped at `maxChars` characters with an ellipsis. */
export function toPlainText(value: unknown, maxChars: number): string {
	if (typeof value !== 'string') return '';
	// Cut very long input before the regexes; keep enough to know whether an ellipsis is needed.
	const head = value.length > maxChars * 4 + 8 ? value.slice(0, maxChars * 4 + 8) : value;
	const clean = head.replace(UNSAFE_TEXT, ' ').replace(/\s+/g, ' ').trim();
	const chars = Array.from(clean);
	const cut = chars.length > maxChars || head.length < value.length;
	if (!cut) return clean;
	return `${chars
		.slice(0, Math.max(0, maxChars - 1))
		.join('')
		.trimEnd()}…`;
}

// Apple's feed dates are epoch milliseconds; anything before 2000 or over a year ahead is noise.
const EARLIEST_EPOCH_MS = Date.UTC(2000, 0, 1);
const LATEST_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/** Epoch ms from an untrusted value, or null unless it is a whole number between 2000 and a year from `now`. */
export function toEpochMs(value: unknown, now: number): number | null {
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) return null;
	if (value < EARLIEST_EPOCH_MS || value > now + LATEST_AHEAD_MS) return null;
	return value;
}
