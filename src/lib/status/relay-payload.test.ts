import { describe, expect, test } from 'vitest';
import { parseAppleFeed } from './feed.ts';
import type { ServiceState, StatusReport } from './report.ts';
import { relayPayloadToReport, reportToRelayPayload } from './relay-payload.ts';
import { appleFeedFixture } from '../../../tests/support/apple-feed.ts';

const fixture = appleFeedFixture;

// 2026-05-12 18:00 UTC: after the fixtures' ongoing events began, before the planned maintenance.
const NOW = Date.UTC(2026, 4, 12, 18, 0);

function statesOf(report: StatusReport): Record<string, ServiceState> {
	return Object.fromEntries(report.services.map((service) => [service.name, service.state]));
}

describe('relayPayloadToReport', () => {
	const report = (() => {
		const result = parseAppleFeed(fixture('apple-status-icloud-backup-outage.js'), NOW);
		if (!result.ok) throw new Error(result.error);
		return result.value;
	})();

	test('returns the same report after a round trip through JSON', () => {
		const json = JSON.parse(JSON.stringify(reportToRelayPayload(report)));
		expect(relayPayloadToReport(json, NOW + 1000)).toEqual({ ok: true, value: report });
	});

	test('never puts the check time in the reader’s future', () => {
		const payload = { ...reportToRelayPayload(report), checkedAt: NOW + 3_600_000 };
		expect(relayPayloadToReport(payload, NOW)).toMatchObject({
			ok: true,
			value: { checkedAt: NOW },
		});
	});

	test.each([
		{ title: 'an HTML string', payload: '<!doctype html>' },
		{ title: "Apple's raw feed", payload: JSON.parse(fixture('apple-status-all-ok.js')) },
		{ title: 'another schema version', payload: { ...reportToRelayPayload(report), schema: 2 } },
		{
			title: 'a state we do not know',
			payload: {
				...reportToRelayPayload(report),
				services: [{ name: 'iCloud Backup', state: 'fine', reason: null, events: [] }],
			},
		},
	])('returns wrong-shape for $title', ({ payload }) => {
		expect(relayPayloadToReport(payload, NOW)).toMatchObject({ ok: false, code: 'wrong-shape' });
	});

	test('returns unknown for a service the relay left out or listed twice', () => {
		const payload = reportToRelayPayload(report);
		const services = payload.services.filter((service) => service.name !== 'iCloud Drive');
		services.push(services[0]!);
		const result = relayPayloadToReport({ ...payload, services }, NOW);
		expect(result.ok && statesOf(result.value)).toEqual({
			'iCloud Backup': 'unknown',
			'iCloud Drive': 'unknown',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
	});

	test('returns unknown for a service claimed available next to a current outage', () => {
		const payload = reportToRelayPayload(report);
		const services = payload.services.map((service) =>
			service.name === 'iCloud Backup' ? { ...service, state: 'available' as const } : service,
		);
		const result = relayPayloadToReport({ ...payload, services }, NOW);
		expect(result.ok && statesOf(result.value)['iCloud Backup']).toBe('unknown');
	});
});
