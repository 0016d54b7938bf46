/**
 * The relay's answer (`/api/icloud-status`): a small, stable JSON form of a status report, written by
 * the relay and read back by the widget as untrusted input. Checked with plain type guards for the
 * same reason as the feed (see status-feed.ts): this runs in the browser, inside a 20 kB budget.
 */
import {
	CURRENT_EVENT_STATUSES,
	EVENTS_PER_SERVICE_MAX,
	MESSAGE_MAX_CHARS,
	SERVICE_STATES,
	STATUS_TYPES,
	UNKNOWN_REASONS,
	USERS_AFFECTED_MAX_CHARS,
	WATCHED_SERVICES,
	eventToState,
	isOneOf,
	toEpochMs,
	toPlainText,
	worseState,
	type Parsed,
	type ServiceState,
	type ServiceStatus,
	type StatusEvent,
	type StatusReport,
	type UnknownReason,
} from './report.ts';
import { APPLE_STATUS_PAGE_URL } from './sources.ts';

/** Version of the relay's JSON; bump when the shape changes. */
const RELAY_SCHEMA_VERSION = 1;

/** Most services a payload may list; more is not a payload our relay wrote. */
const RELAY_SERVICES_MAX = 20;

/** One service as the relay sends it; `name` is any string until it is matched to a watched service. */
interface RelayService {
	name: string;
	state: ServiceState;
	reason: UnknownReason | null;
	events: StatusEvent[];
}

/** The relay's answer, as sent. */
export interface RelayPayload {
	schema: typeof RELAY_SCHEMA_VERSION;
	source: 'apple-system-status';
	checkedAt: number;
	statusPage: string;
	services: RelayService[];
}

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringUpTo = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.length <= max;
const isNullable = <T>(value: unknown, guard: (value: unknown) => value is T): value is T | null =>
	value === null || guard(value);
const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isListUpTo = (value: unknown, max: number): value is unknown[] =>
	Array.isArray(value) && value.length <= max;

/** One event as our relay writes it; the text limits leave room for an ellipsis and odd characters. */
function isRelayEvent(value: unknown): value is StatusEvent {
	return (
		isFields(value) &&
		isNullable(value['id'], (id): id is string => isStringUpTo(id, 64)) &&
		isOneOf(STATUS_TYPES, value['type']) &&
		isOneOf(CURRENT_EVENT_STATUSES, value['status']) &&
		isStringUpTo(value['message'], MESSAGE_MAX_CHARS * 2) &&
		isNullable(value['usersAffected'], (text): text is string =>
			isStringUpTo(text, USERS_AFFECTED_MAX_CHARS * 2),
		) &&
		isNullable(value['startsAt'], isNumber) &&
		isNullable(value['endsAt'], isNumber)
	);
}

function isRelayService(value: unknown): value is RelayService {
	return (
		isFields(value) &&
		isStringUpTo(value['name'], 100) &&
		isOneOf(SERVICE_STATES, value['state']) &&
		isNullable(value['reason'], (reason): reason is UnknownReason =>
			isOneOf(UNKNOWN_REASONS, reason),
		) &&
		isListUpTo(value['events'], EVENTS_PER_SERVICE_MAX) &&
		value['events'].every(isRelayEvent)
	);
}

/** True when `value` has exactly the shape our relay writes (extra fields are ignored). */
export function isRelayPayload(value: unknown): value is RelayPayload {
	return (
		isFields(value) &&
		value['schema'] === RELAY_SCHEMA_VERSION &&
		value['source'] === 'apple-system-status' &&
		typeof value['checkedAt'] === 'number' &&
		Number.isSafeInteger(value['checkedAt']) &&
		value['checkedAt'] >= 0 &&
		typeof value['statusPage'] === 'string' &&
		isListUpTo(value['services'], RELAY_SERVICES_MAX) &&
		value['services'].every(isRelayService)
	);
}

/** The relay's JSON for a report. */
export function reportToRelayPayload(report: StatusReport): RelayPayload {
	return {
		schema: RELAY_SCHEMA_VERSION,
		source: 'apple-system-status',
		checkedAt: report.checkedAt,
		statusPage: APPLE_STATUS_PAGE_URL,
		services: report.services.map((service) => ({
			...service,
			events: service.events.map((event) => ({ ...event })),
		})),
	};
}

/** An event from the relay, cleaned again as if it came from Apple. */
function recleanEvent(event: StatusEvent, now: number): StatusEvent {
	const usersAffected =
		event.usersAffected === null ? '' : toPlainText(event.usersAffected, USERS_AFFECTED_MAX_CHARS);
	return {
		id: event.id,
		type: event.type,
		status: event.status,
		message: toPlainText(event.message, MESSAGE_MAX_CHARS),
		usersAffected: usersAffected === '' ? null : usersAffected,
		startsAt: toEpochMs(event.startsAt, now),
		endsAt: toEpochMs(event.endsAt, now),
	};
}

/** A report from the relay's JSON, re-checked as untrusted: missing or odd services become `unknown`. */
export function relayPayloadToReport(payload: unknown, now: number): Parsed<StatusReport> {
	if (!isRelayPayload(payload))
		return {
			ok: false,
			code: 'wrong-shape',
			error: 'The relay answer is not in the expected shape.',
		};
	const byName = new Map<string, RelayService[]>();
	for (const service of payload.services)
		byName.set(service.name, [...(byName.get(service.name) ?? []), service]);
	const services = WATCHED_SERVICES.map((name): ServiceStatus => {
		const copies = byName.get(name) ?? [];
		const only = copies[0];
		if (copies.length !== 1 || !only) {
			return {
				name,
				state: 'unknown',
				reason: copies.length === 0 ? 'not-listed' : 'unreadable-entry',
				events: [],
			};
		}
		const events = only.events.map((event) => recleanEvent(event, now));
		// A claim of `available` next to a current event is inconsistent: don't trust it.
		const implied = events.reduce<ServiceState>(
			(worst, event) => worseState(worst, eventToState(event)),
			'available',
		);
		if (only.state === 'unknown')
			return { name, state: 'unknown', reason: only.reason ?? 'unreadable-entry', events };
		if (only.state !== implied)
			return { name, state: 'unknown', reason: 'unreadable-entry', events };
		return { name, state: only.state, reason: null, events };
	});
	// The relay's clock may differ a little; never show a check time in the reader's future.
	return { ok: true, value: { checkedAt: Math.min(payload.checkedAt, now), services } };
}
