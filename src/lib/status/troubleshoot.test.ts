import { describe, expect, test } from 'vitest';
import { parseAppleFeed } from './feed.ts';
import { unknownReport, type StatusReport } from './report.ts';
import { blockingTrouble, troubleHeading } from './troubleshoot.ts';
import { islandsDe } from '../i18n/ui/islands.de.ts';
import { islandsEn } from '../i18n/ui/islands.en.ts';
import { islandsEs } from '../i18n/ui/islands.es.ts';
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
			{ name: 'iCloud Backup', state: 'outage' },
			{ name: 'iCloud Drive', state: 'outage' },
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
		{
			states: ['outage', 'outage'],
			words: islandsEs.troubleshootStatus,
			heading: 'Apple informa una interrupción de iCloud Backup e iCloud Drive en este momento',
		},
		{
			states: ['issue'],
			words: islandsDe.troubleshootStatus,
			heading: 'Apple meldet gerade ein Problem mit iCloud Backup',
		},
	] as const)('returns "$heading" for $states', ({ states, heading, ...row }) => {
		const names = ['iCloud Backup', 'iCloud Drive'];
		const words = 'words' in row ? row.words : islandsEn.troubleshootStatus;
		expect(
			troubleHeading(
				states.map((state, index) => ({ name: names[index] ?? '', state })),
				words,
			),
		).toBe(heading);
	});
});
