import { describe, expect, test } from 'vitest';
import { parseAppleFeed } from './feed.ts';
import { unknownReport, type StatusReport } from './report.ts';
import { blockingTrouble, troubleHeading } from './troubleshoot.ts';
import { appleFeedFixture } from '../../../tests/support/apple-feed.ts';

const NOW = Date.UTC(2026, 4, 12, 18);
const fixture = (name: string): StatusReport => {
	const parsed = parseAppleFeed(appleFeedFixture(name), NOW);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
};

describe('blockingTrouble', () => {
	test('returns iCloud Backup and iCloud Drive when Apple reports an outage of both', () => {
		expect(
			blockingTrouble({ ok: true, report: fixture('apple-status-icloud-backup-outage.js') }),
		).toEqual([
			{ name: 'iCloud Backup', state: 'outage', label: 'Outage' },
			{ name: 'iCloud Drive', state: 'outage', label: 'Outage' },
		]);
	});

	test('returns nothing for a healthy feed', () => {
		expect(blockingTrouble({ ok: true, report: fixture('apple-status-all-ok.js') })).toEqual([]);
	});

	test('returns nothing when the check failed or the status is unknown', () => {
		expect(blockingTrouble({ ok: false, report: unknownReport(NOW) })).toEqual([]);
		expect(blockingTrouble({ ok: true, report: unknownReport(NOW, 'unreadable-entry') })).toEqual(
			[],
		);
	});

	test('returns nothing for planned maintenance', () => {
		expect(
			blockingTrouble({ ok: true, report: fixture('apple-status-resolved-and-upcoming.js') }),
		).toEqual([]);
	});
});

describe('troubleHeading', () => {
	test.each([
		{ states: ['outage'], heading: 'Apple reports an outage of iCloud Backup right now' },
		{
			states: ['issue', 'issue'],
			heading: 'Apple reports an issue with iCloud Backup and iCloud Drive right now',
		},
		{
			states: ['outage', 'issue'],
			heading: 'Apple reports problems with iCloud Backup and iCloud Drive right now',
		},
	] as const)('returns "$heading" for $states', ({ states, heading }) => {
		const names = ['iCloud Backup', 'iCloud Drive'];
		expect(
			troubleHeading(
				states.map((state, index) => ({ name: names[index] ?? '', state, label: state })),
			),
		).toBe(heading);
	});
});
