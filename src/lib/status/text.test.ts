import { describe, expect, test } from 'vitest';
import { parseAppleFeed } from './feed.ts';
import { summarizeReport } from './text.ts';
import { islandsDe } from '../i18n/ui/islands.de.ts';
import { islandsEn } from '../i18n/ui/islands.en.ts';
import { islandsEs } from '../i18n/ui/islands.es.ts';
import { appleFeedFixture } from '../../../tests/support/apple-feed.ts';

const fixture = appleFeedFixture;

// 2026-05-12 18:00 UTC: after the fixtures' ongoing events began, before the planned maintenance.
const NOW = Date.UTC(2026, 4, 12, 18, 0);

describe('summarizeReport', () => {
	test('lists services by state, worst first', () => {
		const result = parseAppleFeed(fixture('apple-status-icloud-backup-outage.js'), NOW);
		expect(result.ok && summarizeReport(result.value, false, islandsEn.icloudStatus)).toBe(
			'Apple System Status. Outage: iCloud Backup, iCloud Drive. Issue: iCloud Account & Sign In. No reported issue: iCloud Storage Upgrades.',
		);
	});

	test('speaks the page’s language, and keeps Apple’s service names', () => {
		const result = parseAppleFeed(fixture('apple-status-icloud-backup-outage.js'), NOW);
		expect(result.ok && summarizeReport(result.value, false, islandsEs.icloudStatus)).toBe(
			'Estado del sistema de Apple. Interrupción: iCloud Backup, iCloud Drive. Problema: iCloud Account & Sign In. Ningún problema informado: iCloud Storage Upgrades.',
		);
		expect(result.ok && summarizeReport(result.value, true, islandsDe.icloudStatus)).toBe(
			'Apples Systemstatus konnte gerade nicht geprüft werden.',
		);
	});

	test('says it could not check when every source failed', () => {
		const result = parseAppleFeed(fixture('apple-status-all-ok.js'), NOW);
		expect(result.ok && summarizeReport(result.value, true, islandsEn.icloudStatus)).toBe(
			'Couldn’t check Apple’s System Status right now.',
		);
	});
});
