import { parseDay } from './dated-fact.ts';

/**
 * The freshness report: facts go stale with the calendar, not with a code change, so `npm test` lists what
 * needs rechecking soon. It only warns: a build must never break because a date passed.
 */

const STALE_AFTER_DAYS = 90;
const DUE_WITHIN_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ArticleFile {
	file: string;
	text: string;
}

export interface FreshnessReport {
	/** Articles whose lastVerified is more than STALE_AFTER_DAYS old. */
	stale: { file: string; lastVerified: string; days: number }[];
	/** <DatedFact> dates from today up to DUE_WITHIN_DAYS ahead: their sentence changes tense then. */
	dueSoon: { file: string; date: string; days: number }[];
	/** Files the report could not read a date from; the build names the exact problem. */
	unreadable: string[];
}

// Front matter is validated by the content schema at build time; here one scalar field is enough, and a
// YAML parser would be a new dependency for one line.
const LAST_VERIFIED = /^lastVerified:\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/m;
const DATED_FACT = /<DatedFact\b[^>]*\bdate=["']([^"']+)["']/g;

function daysBetween(from: Date, to: Date): number {
	return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** What to recheck in these article files on `today`. */
export function freshnessReport(files: readonly ArticleFile[], today: Date): FreshnessReport {
	const report: FreshnessReport = { stale: [], dueSoon: [], unreadable: [] };
	for (const { file, text } of files) {
		try {
			const lastVerified = LAST_VERIFIED.exec(text)?.[1];
			if (!lastVerified) throw new Error('no lastVerified');
			const age = daysBetween(parseDay(lastVerified), today);
			if (age > STALE_AFTER_DAYS) report.stale.push({ file, lastVerified, days: age });
			for (const match of text.matchAll(DATED_FACT)) {
				const date = match[1] ?? '';
				const ahead = daysBetween(today, parseDay(date));
				if (ahead >= 0 && ahead <= DUE_WITHIN_DAYS)
					report.dueSoon.push({ file, date, days: ahead });
			}
		} catch {
			report.unreadable.push(file);
		}
	}
	return report;
}

/** The report as the lines `npm test` prints. */
export function formatFreshnessReport(report: FreshnessReport): string {
	const lines = ['Freshness report (warnings only; nothing here fails the build)'];
	if (report.stale.length === 0 && report.dueSoon.length === 0 && report.unreadable.length === 0) {
		lines.push(
			`  All articles were verified in the last ${STALE_AFTER_DAYS} days, and no dated fact falls due in the next ${DUE_WITHIN_DAYS}.`,
		);
	}
	for (const item of report.stale) {
		lines.push(
			`  ! ${item.file}: lastVerified ${item.lastVerified} is ${item.days} days old. Recheck it against its sources, then update lastVerified.`,
		);
	}
	for (const item of report.dueSoon) {
		const when = item.days === 0 ? 'today' : `in ${item.days} ${item.days === 1 ? 'day' : 'days'}`;
		lines.push(
			`  ! ${item.file}: a <DatedFact> falls due on ${item.date} (${when}). Check the fact still holds; from that day on, the page is built in the past tense.`,
		);
	}
	for (const file of report.unreadable)
		lines.push(
			`  ! ${file}: no readable lastVerified or DatedFact date; the build will say what is wrong.`,
		);
	return lines.join('\n');
}
