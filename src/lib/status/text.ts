/**
 * What the iCloud status widget says to readers, in the page's language: the words come from
 * `uiText(locale).icloudStatus` (src/lib/i18n/ui/islands.<lang>.ts), the service names from Apple's feed.
 */
import { fill } from '../i18n/text.ts';
import type { IslandText } from '../i18n/ui/islands.en.ts';
import type { ServiceState, StatusReport } from './report.ts';

/** The status widget's words, in the page's language. */
export type StatusWords = IslandText['icloudStatus'];

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
export function summarizeReport(report: StatusReport, failed: boolean, words: StatusWords): string {
	if (failed) return words.summaryFailed;
	const parts: string[] = [];
	for (const state of SUMMARY_ORDER) {
		const names = report.services
			.filter((service) => service.state === state)
			.map((service) => service.name);
		if (names.length > 0)
			parts.push(
				fill(words.summaryPart, { state: words.states[state], services: names.join(', ') }),
			);
	}
	return fill(words.summary, { parts: parts.join(' ') });
}
