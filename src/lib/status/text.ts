/** What the iCloud status widget says to readers, for each state and each reason we can't tell. */
import type { ServiceState, StatusReport, UnknownReason } from './report.ts';

/** Visible label for each state; never colour alone. */
export const STATE_LABELS: Readonly<Record<ServiceState, string>> = {
	available: 'No reported issue',
	issue: 'Issue',
	outage: 'Outage',
	maintenance: 'Maintenance now',
	planned: 'Maintenance planned',
	unknown: 'Unknown',
};

/** Reader-facing sentence for each unknown reason. */
export const UNKNOWN_REASON_TEXT: Readonly<Record<UnknownReason, string>> = {
	'not-checked': 'Couldn’t check right now.',
	'not-listed': 'Apple’s feed doesn’t list this service right now.',
	'unreadable-entry': 'Apple’s feed has an entry for this service that we couldn’t read.',
	'unclassified-event': 'Apple’s feed lists an event for this service that we couldn’t read.',
};

// The order the summary names states in: what the reader most needs to hear first.
const SUMMARY_ORDER: readonly ServiceState[] = [
	'outage',
	'issue',
	'maintenance',
	'planned',
	'unknown',
	'available',
];

/** One sentence summing up a report, for the polite live region; same input gives the same text. */
export function summarizeReport(report: StatusReport, failed: boolean): string {
	if (failed) return 'Couldn’t check Apple’s System Status right now.';
	const parts: string[] = [];
	for (const state of SUMMARY_ORDER) {
		const names = report.services
			.filter((service) => service.state === state)
			.map((service) => service.name);
		if (names.length > 0) parts.push(`${STATE_LABELS[state]}: ${names.join(', ')}.`);
	}
	return `Apple System Status. ${parts.join(' ')}`;
}
