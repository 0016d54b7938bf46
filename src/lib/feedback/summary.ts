/**
 * The authors' feedback report: counts per article, the share fixed with its 95 % Wilson interval, and
 * the steps that did it; for all languages together (an article id is the same in every language),
 * then for each language the votes came in.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { wilsonInterval } from './wilson.ts';

/** Answers to one article, in one language or in all. */
interface Counts {
	fixed: number;
	notFixed: number;
	steps: { step: string; count: number }[];
}

/** What the database holds for one article: the counts over all languages, and in each. */
export interface ArticleVotes extends Counts {
	article: string;
	languages: (Counts & { lang: Locale })[];
}

/** Counts with their total, the share fixed and its interval. Shares are fractions (0.8 is 80 %), rounded to 4 places. */
interface CountsSummary extends Counts {
	total: number;
	shareFixed: number;
	interval95: { low: number; high: number };
}

/** One line of `npm run feedback:report -- --json`. */
export interface ArticleSummary extends CountsSummary {
	article: string;
	/** One entry per language with votes, in the order of LOCALES (English first). */
	languages: (CountsSummary & { lang: Locale })[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function summariseCounts(counts: Counts): CountsSummary {
	const total = counts.fixed + counts.notFixed;
	// Only counts with votes are summarised, so there is always an interval.
	const interval = wilsonInterval(counts.fixed, total) ?? { share: 0, low: 0, high: 0 };
	return {
		fixed: counts.fixed,
		notFixed: counts.notFixed,
		total,
		shareFixed: round(interval.share),
		interval95: { low: round(interval.low), high: round(interval.high) },
		steps: [...counts.steps].sort((a, b) => b.count - a.count || a.step.localeCompare(b.step)),
	};
}

const hasVotes = (counts: Counts) => counts.fixed + counts.notFixed > 0;

/** A summary per article with votes, in address order. */
export function summarise(votes: readonly ArticleVotes[]): ArticleSummary[] {
	return votes
		.filter(hasVotes)
		.map((entry) => ({
			article: entry.article,
			...summariseCounts(entry),
			languages: entry.languages
				.filter(hasVotes)
				.sort((a, b) => LOCALES.indexOf(a.lang) - LOCALES.indexOf(b.lang))
				.map((language) => ({ lang: language.lang, ...summariseCounts(language) })),
		}))
		.sort((a, b) => a.article.localeCompare(b.article));
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

const counted = (entry: CountsSummary) =>
	`fixed ${entry.fixed}, not fixed ${entry.notFixed}: ${percent(entry.shareFixed)} fixed (95 % interval ${percent(entry.interval95.low)} to ${percent(entry.interval95.high)})`;

const stepsNamed = (entry: CountsSummary) =>
	entry.steps.length === 0
		? 'none named'
		: entry.steps.map(({ step, count }) => `${step} ${count}`).join(', ');

/** The report as plain text for a terminal. */
export function formatReport(summaries: readonly ArticleSummary[], source: string): string {
	if (summaries.length === 0) return `No votes yet in ${source}.\n`;
	const votes = summaries.reduce((sum, entry) => sum + entry.total, 0);
	const byLanguage = LOCALES.map((lang) => ({
		lang,
		votes: summaries.reduce(
			(sum, entry) =>
				sum + (entry.languages.find((language) => language.lang === lang)?.total ?? 0),
			0,
		),
	})).filter((language) => language.votes > 0);
	const lines = [
		`Feedback in ${source}: ${votes} ${votes === 1 ? 'vote' : 'votes'} on ${summaries.length} ${summaries.length === 1 ? 'article' : 'articles'}.`,
		`By language: ${byLanguage.map(({ lang, votes }) => `${lang} ${votes}`).join(', ')}.`,
		'',
	];
	for (const entry of summaries) {
		lines.push(entry.article);
		lines.push(`  all languages: ${counted(entry)}`);
		lines.push(`    steps that fixed it: ${stepsNamed(entry)}`);
		for (const language of entry.languages) {
			lines.push(`  ${language.lang}: ${counted(language)}`);
			lines.push(`    steps that fixed it: ${stepsNamed(language)}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
