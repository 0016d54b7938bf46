/** The authors' feedback report: counts per article, the share fixed with its 95 % Wilson interval, and the steps that did it. */
import { wilsonInterval } from './wilson.ts';

/** What the database holds for one article. */
export interface ArticleVotes {
	article: string;
	fixed: number;
	notFixed: number;
	steps: { step: string; count: number }[];
}

/** One line of `npm run feedback:report -- --json`. Shares are fractions (0.8 is 80 %), rounded to 4 places. */
export interface ArticleSummary extends ArticleVotes {
	total: number;
	shareFixed: number;
	interval95: { low: number; high: number };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** A summary per article with votes, in address order. */
export function summarise(votes: readonly ArticleVotes[]): ArticleSummary[] {
	return votes
		.filter((entry) => entry.fixed + entry.notFixed > 0)
		.map((entry) => {
			const total = entry.fixed + entry.notFixed;
			// total > 0 here, so there is always an interval.
			const interval = wilsonInterval(entry.fixed, total) ?? { share: 0, low: 0, high: 0 };
			return {
				article: entry.article,
				fixed: entry.fixed,
				notFixed: entry.notFixed,
				total,
				shareFixed: round(interval.share),
				interval95: { low: round(interval.low), high: round(interval.high) },
				steps: [...entry.steps].sort((a, b) => b.count - a.count || a.step.localeCompare(b.step)),
			};
		})
		.sort((a, b) => a.article.localeCompare(b.article));
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The report as plain text for a terminal. */
export function formatReport(summaries: readonly ArticleSummary[], source: string): string {
	if (summaries.length === 0) return `No votes yet in ${source}.\n`;
	const votes = summaries.reduce((sum, entry) => sum + entry.total, 0);
	const lines = [
		`Feedback in ${source}: ${votes} ${votes === 1 ? 'vote' : 'votes'} on ${summaries.length} ${summaries.length === 1 ? 'article' : 'articles'}.`,
		'',
	];
	for (const entry of summaries) {
		lines.push(entry.article);
		lines.push(
			`  fixed ${entry.fixed}, not fixed ${entry.notFixed}: ${percent(entry.shareFixed)} fixed (95 % interval ${percent(entry.interval95.low)} to ${percent(entry.interval95.high)})`,
		);
		lines.push(
			`  steps that fixed it: ${entry.steps.length === 0 ? 'none named' : entry.steps.map(({ step, count }) => `${step} ${count}`).join(', ')}`,
		);
	}
	return `${lines.join('\n')}\n`;
}
