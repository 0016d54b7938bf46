// Builders shared by the status feed's test files: readable expectations and inline feeds.
import { expect } from 'vitest';
import { parseAppleFeed } from '../../src/lib/status/feed.ts';
import {
	WATCHED_SERVICES,
	type ServiceState,
	type StatusReport,
	type UnknownReason,
} from '../../src/lib/status/report.ts';

// 2026-05-12 18:00 UTC: after the fixtures' ongoing events began, before the planned maintenance.
export const NOW = Date.UTC(2026, 4, 12, 18, 0);

type Row = { state: ServiceState; reason?: UnknownReason | null };
export type Expected = Record<(typeof WATCHED_SERVICES)[number], ServiceState | Row>;

/** The services' states as a name → state map, for readable expectations. */
function statesOf(report: StatusReport): Record<string, ServiceState> {
	return Object.fromEntries(report.services.map((service) => [service.name, service.state]));
}

export function expectStates(body: string, expected: Expected) {
	const result = parseAppleFeed(body, NOW);
	if (!result.ok) throw new Error(`expected a report, got ${result.code}: ${result.error}`);
	const want = Object.fromEntries(
		Object.entries(expected).map(([name, row]) => [
			name,
			typeof row === 'string' ? row : row.state,
		]),
	);
	expect(statesOf(result.value)).toEqual(want);
	for (const [name, row] of Object.entries(expected)) {
		if (typeof row !== 'string' && row.reason !== undefined) {
			expect(result.value.services.find((service) => service.name === name)?.reason).toBe(
				row.reason,
			);
		}
	}
	return result.value;
}

/** A feed with the four watched services, each with `events`, plus one unrelated service. */
export function feed(events: Partial<Record<string, unknown>>, extra: unknown[] = []): string {
	const services = [
		{ serviceName: 'App Store', redirectUrl: null, events: [] },
		...WATCHED_SERVICES.map((serviceName) => ({
			serviceName,
			redirectUrl: null,
			events: serviceName in events ? events[serviceName] : [],
		})),
		...extra,
	];
	return JSON.stringify({ drpost: false, drMessage: null, services });
}

/** A complete Apple event. */
export function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		usersAffected: 'Some users are affected',
		epochStartDate: Date.UTC(2026, 4, 12, 16, 40),
		epochEndDate: null,
		messageId: '1000000001',
		statusType: 'Outage',
		datePosted: '05/12/2026 10:05 PDT',
		startDate: '05/12/2026 09:40 PDT',
		endDate: null,
		affectedServices: null,
		eventStatus: 'ongoing',
		message: 'Some users may be unable to back up to iCloud.',
		...overrides,
	};
}

export const ALL_AVAILABLE: Expected = {
	'iCloud Backup': 'available',
	'iCloud Drive': 'available',
	'iCloud Account & Sign In': 'available',
	'iCloud Storage Upgrades': 'available',
};
