/**
 * What the troubleshooter's start page says about Apple's status: only a current outage or issue of
 * the two services a WhatsApp backup cannot do without. Anything else (all clear, unknown, a failed
 * check, maintenance) says nothing, so the reader goes straight on to the questions.
 */
import { fill } from '../i18n/text.ts';
import type { IslandText } from '../i18n/ui/islands.en.ts';
import type { ServiceStatus, StatusReport } from './report.ts';

/** Services whose trouble makes every fix on the iPhone useless until Apple mends them. */
const BLOCKING_SERVICES: readonly string[] = ['iCloud Backup', 'iCloud Drive'];

/** One blocking service with a current outage or issue. */
export interface BlockingTrouble {
	name: string;
	state: 'outage' | 'issue';
}

/** The notice's words, in the page's language. */
export type TroubleshootWords = IslandText['troubleshootStatus'];

/** The blocking services in trouble, from a status check; empty when the check failed or all is clear. */
export function blockingTrouble(result: { ok: boolean; report: StatusReport }): BlockingTrouble[] {
	if (!result.ok) return [];
	return result.report.services.flatMap((service: ServiceStatus) =>
		BLOCKING_SERVICES.includes(service.name) &&
		(service.state === 'outage' || service.state === 'issue')
			? [{ name: service.name, state: service.state }]
			: [],
	);
}

/** The notice's heading, e.g. "Apple reports an outage of iCloud Backup right now". */
export function troubleHeading(
	trouble: readonly BlockingTrouble[],
	words: TroubleshootWords,
): string {
	const services = trouble.map((item) => item.name).join(` ${words.and} `);
	const all = (state: BlockingTrouble['state']) => trouble.every((item) => item.state === state);
	const sentence = all('outage') ? words.outage : all('issue') ? words.issue : words.problems;
	return fill(sentence, { services });
}
