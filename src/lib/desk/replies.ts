/**
 * Every step of every article as a finished support reply, in each format and in one language: the step's
 * instructions with their on-screen labels, the link to the step, and "Checked <date> · source: <page>".
 * The /desk/ page, the macro bundles and their test all read these entries.
 */
import type { ErrorMessage } from '../../schemas/article.ts';
import { articlePath, type ArticleEntry } from '../content/articles.ts';
import { stepsOf, type Step } from '../content/markdown.ts';
import { stepSourceLine } from '../content/step-sources.ts';
import { longDate } from '../i18n/dates.ts';
import { fill } from '../i18n/text.ts';
import { localizePath, type Locale } from '../i18n/locales.ts';
import { stepUrl } from '../site/share.ts';
import {
	datedOn,
	escapeHtml,
	writeBlocks,
	writeInline,
	type ReplyFormat,
	type WriteContext,
} from './formats.ts';
import { parseBlocks, parseInline, type Block, type LabelResolver } from './step-doc.ts';
import type { DeskWords } from './words.ts';
import { reportPhrases } from '../i18n/ui/index.ts';

/** One language of the desk: what every text written for it depends on. */
export interface DeskLanguage {
	locale: Locale;
	/** The site's address, as Astro's `site`: links and replies carry absolute addresses. */
	site: URL;
	resolve: LabelResolver;
	words: DeskWords;
	/** The day the site is built: a `<DatedFact>` reads in the tense it has on this day. */
	today: Date;
}

/** One step as a macro: the fields of /desk/replies.<lang>.json and .csv, in their order. */
export interface ReplyEntry {
	/** `<article>#<step>`: stable across languages and rewordings, so a re-import updates, never duplicates. */
	id: string;
	/** Zendesk's `Category::Title`: the article, then the step. */
	title: string;
	url: string;
	/** The day the article was last checked, YYYY-MM-DD. */
	checked: string;
	whatsapp: string;
	text: string;
	markdown: string;
	html: string;
}

/** A step as the /desk/ page shows it, besides its reply. */
export interface DeskStep {
	reply: ReplyEntry;
	articleId: string;
	articleTitle: string;
	stepTitle: string;
	/** The instructions and the closing line as HTML, without the title and link the page shows itself. */
	previewHtml: string;
	/** The messages on /errors/ that this step fixes, as the reader sees them. */
	messages: ErrorMessage[];
}

/** The absolute address of an article in a language. */
export function articleUrl(id: string, language: Pick<DeskLanguage, 'locale' | 'site'>): string {
	return new URL(localizePath(articlePath(id), language.locale), language.site).href;
}

/** How texts of one article are written in a language: labels, links, dated facts. */
export function writeContext(articleId: string, language: DeskLanguage): WriteContext {
	const page = articleUrl(articleId, language);
	return {
		resolve: language.resolve,
		href: (target) => {
			if (target.startsWith('#')) return `${page}${target}`;
			if (target.startsWith('/') && !target.startsWith('//'))
				return new URL(localizePath(target, language.locale), language.site).href;
			return target;
		},
		dated: datedOn(language.today, (day) => longDate(day, language.locale)),
		words: language.words,
	};
}

/** A step's title as a line of plain text, its labels resolved. */
export function stepTitleOf(step: Step, context: WriteContext): string {
	return writeInline(parseInline(step.title), 'text', context);
}

/** The steps of an article that have an id (the build refuses any without). */
export function idSteps(body: string | undefined): Step[] {
	return stepsOf(body ?? '').filter((step) => step.id !== '');
}

function closingLine(
	entry: ArticleEntry,
	step: Step,
	language: DeskLanguage,
	format: ReplyFormat,
): string {
	const { words } = language;
	const date = longDate(entry.data.lastVerified, language.locale);
	const checked = fill(words.checked, {
		date:
			format === 'html'
				? `<time datetime="${entry.data.lastVerified.toISOString().slice(0, 10)}">${escapeHtml(date)}</time>`
				: date,
	});
	const line = stepSourceLine(
		entry.data.sources,
		entry.data.stepSources[step.id],
		reportPhrases(language.locale),
	);
	if (!line) return checked;
	const lead = line.official ? words.sourceLead : words.basedOnLead;
	const links = line.links.map(({ label, url }) => {
		if (format === 'html') return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
		if (format === 'markdown') return `[${label}](${url})`;
		return `${label} (${url})`;
	});
	return `${checked} · ${lead} ${links.join(format === 'html' || format === 'markdown' ? ', ' : '; ')}`;
}

/** One step of an article as a reply in every format, plus what the desk page shows of it. */
function deskStep(entry: ArticleEntry, step: Step, language: DeskLanguage): DeskStep {
	const context = writeContext(entry.id, language);
	// An island works on the web page only: a reply leaves it out.
	const blocks: Block[] = parseBlocks(step.lines).filter((block) => block.kind !== 'widget');
	const title = stepTitleOf(step, context);
	const url = stepUrl(articleUrl(entry.id, language), step.id);
	const body = (format: ReplyFormat) => writeBlocks(blocks, format, context);
	const closing = (format: ReplyFormat) => closingLine(entry, step, language, format);
	const textReply = (heading: string, link: string, format: ReplyFormat) =>
		[heading, body(format), link, closing(format)].filter((part) => part !== '').join('\n\n');
	return {
		reply: {
			id: `${entry.id}#${step.id}`,
			title: `${entry.data.title}::${title}`,
			url,
			checked: entry.data.lastVerified.toISOString().slice(0, 10),
			whatsapp: textReply(`*${title}*`, url, 'whatsapp'),
			text: textReply(title, url, 'text'),
			markdown: textReply(`**${title}**`, `<${url}>`, 'markdown'),
			html: `<p><strong>${escapeHtml(title)}</strong></p>${body('html')}<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><p>${closing('html')}</p>`,
		},
		articleId: entry.id,
		articleTitle: entry.data.title,
		stepTitle: title,
		previewHtml: `${body('html')}<p class="desk-checked">${closing('html')}</p>`,
		messages: entry.data.errors.filter((error) => error.step === step.id),
	};
}

/** Every step of every article, in the order given (Start here order), as desk steps in one language. */
export function deskSteps(entries: readonly ArticleEntry[], language: DeskLanguage): DeskStep[] {
	return entries.flatMap((entry) =>
		idSteps(entry.body).map((step) => deskStep(entry, step, language)),
	);
}
