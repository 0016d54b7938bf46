/**
 * `/changes.xml`: every dated change to the steps of every article, as an Atom feed (RFC 4287) in one
 * language, so a support team sees when a reply it imported is out of date.
 */
import type { ArticleEntry } from '../content/articles.ts';
import { fill } from '../i18n/text.ts';
import { LOCALE_INFO, localizePath } from '../i18n/locales.ts';
import { stepUrl } from '../site/share.ts';
import { changedSteps } from './changes.ts';
import { escapeHtml } from './formats.ts';
import { articleUrl, idSteps, stepTitleOf, writeContext, type DeskLanguage } from './replies.ts';

/** Text for an XML element or attribute. */
const xml = (text: string) => escapeHtml(text).replaceAll("'", '&apos;');

const atomDate = (date: Date) => `${date.toISOString().slice(0, 10)}T00:00:00Z`;

interface FeedEntry {
	id: string;
	title: string;
	updated: Date;
	link: string;
	summary: string;
	contentHtml: string;
}

/** One feed entry per change of each article, newest first. */
function feedEntries(entries: readonly ArticleEntry[], language: DeskLanguage): FeedEntry[] {
	const { words } = language;
	return entries
		.flatMap((entry) => {
			const context = writeContext(entry.id, language);
			const page = articleUrl(entry.id, language);
			const steps = idSteps(entry.body).map((step) => ({
				id: step.id,
				title: stepTitleOf(step, context),
			}));
			return entry.data.changes.map((change) => {
				const listed = changedSteps(change, steps);
				const items = listed.steps.map(({ id, title }) =>
					title === undefined
						? `<li>${xml(fill(words.changes.removed, { step: id }))}</li>`
						: `<li><a href="${xml(stepUrl(page, id))}">${xml(title)}</a></li>`,
				);
				const only = listed.steps.length === 1 ? listed.steps[0] : undefined;
				return {
					// The article and the day: the schema allows one entry a day per article, so it never repeats.
					id: `${page}#changes-${change.date.toISOString().slice(0, 10)}`,
					title: fill(words.changes.entryTitle, {
						article: entry.data.title,
						summary: change.summary,
					}),
					updated: change.date,
					link: only?.title === undefined ? page : stepUrl(page, only.id),
					summary: change.summary,
					contentHtml: `<p>${xml(change.summary)}</p><ul>${items.join('')}</ul>`,
				};
			});
		})
		.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));
}

/** The Atom document for one language: feed id, title, updated and author, and one entry per change. */
export function changesFeed(
	entries: readonly ArticleEntry[],
	language: DeskLanguage,
	{ siteName, feedPath }: { siteName: string; feedPath: string },
): string {
	const items = feedEntries(entries, language);
	const self = new URL(feedPath, language.site).href;
	const home = new URL(localizePath('/', language.locale), language.site).href;
	const updated = items[0]?.updated ?? language.today;
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_INFO[language.locale].htmlLang}">`,
		`\t<id>${xml(self)}</id>`,
		`\t<title>${xml(fill(language.words.changes.feedTitle, { site: siteName }))}</title>`,
		`\t<updated>${atomDate(updated)}</updated>`,
		`\t<author><name>${xml(siteName)}</name><uri>${xml(home)}</uri></author>`,
		`\t<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${xml(home)}"/>`,
		...items.flatMap((item) => [
			'\t<entry>',
			`\t\t<id>${xml(item.id)}</id>`,
			`\t\t<title>${xml(item.title)}</title>`,
			`\t\t<updated>${atomDate(item.updated)}</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${xml(item.link)}"/>`,
			`\t\t<summary>${xml(item.summary)}</summary>`,
			`\t\t<content type="html">${xml(item.contentHtml)}</content>`,
			'\t</entry>',
		]),
		'</feed>',
	];
	return `${lines.join('\n')}\n`;
}
