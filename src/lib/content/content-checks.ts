import type { Article } from '../../schemas/article.ts';
import { checkStartHereOrder } from '../troubleshooter/safe-order.ts';
import { checkChanges } from '../desk/changes.ts';
import { findActiveMarkup } from './active-markup.ts';
import { buildDay } from './dated-fact.ts';
import { blockedSite, isOfficialAddress } from './source-policy.ts';
import { headingsOf, stepsOf } from './markdown.ts';
import { checkStepSources } from './step-sources.ts';

/** An article as the content layer holds it: front matter plus the raw MDX body. */
export interface ArticleSource {
	id: string;
	filePath?: string | undefined;
	body?: string | undefined;
	/** The line of the file the body starts on (`bodyStartLine`); 1 when unknown. */
	bodyLine?: number | undefined;
	data: Article;
}

/**
 * The line of an article's file its body starts on. The content layer holds the body without the front
 * matter and the blank lines around it, so a line counted in the body alone would point the author
 * that many lines too high.
 */
export function bodyStartLine(fileText: string, body: string): number {
	const at = fileText.indexOf(body);
	return at === -1 ? 1 : fileText.slice(0, at).split('\n').length;
}

/** The body padded with the lines above it in the file, so that a line counted in it is the file's line. */
export function bodyAsInFile(article: Pick<ArticleSource, 'body' | 'bodyLine'>): string {
	return '\n'.repeat((article.bodyLine ?? 1) - 1) + (article.body ?? '');
}

/** Paths the site's own pages use; an article with one of these ids would be hidden by that page. */
const RESERVED_IDS = [
	'index',
	'search',
	'errors',
	'start-here',
	'troubleshoot',
	'404',
	'api',
	'pagefind',
	'_astro',
	'desk',
	'llms',
	'changes',
];

/** Ids the error index page already uses for itself; a message anchor must not take one. */
const RESERVED_ERROR_IDS = [
	'main',
	'header-search',
	'errors-whatsapp',
	'errors-ios',
	'errors-restore',
	'buttons-and-switches',
];

/** The messages and the button labels of an article: both are anchors on /errors/ and may be quoted. */
function quotables(data: Article) {
	return [
		...data.errors.map((error, index) => ({
			field: `errors[${index}]`,
			text: error.message,
			...error,
		})),
		...data.labels.map((label, index) => ({
			field: `labels[${index}]`,
			text: label.label,
			...label,
		})),
	];
}

/**
 * Everything wrong with the collection as a whole, one readable line per problem, naming the file.
 * `today` is the build day: a change to the steps may not be dated after it.
 */
export function checkArticles(
	articles: readonly ArticleSource[],
	today: Date = buildDay(),
): string[] {
	const problems: string[] = [];
	const where = (article: ArticleSource) => article.filePath ?? `${article.id}.mdx`;

	const seen = {
		title: new Map<string, string>(),
		order: new Map<number, string>(),
		id: new Map<string, string>(),
		errorId: new Map<string, string>(),
	};
	for (const article of articles) {
		const file = where(article);
		const title = article.data.title.trim().toLowerCase();
		const other = seen.title.get(title);
		if (other) problems.push(`${file}: title "${article.data.title}" is already used by ${other}.`);
		else seen.title.set(title, file);

		const orderOwner = seen.order.get(article.data.order);
		if (orderOwner)
			problems.push(`${file}: order ${article.data.order} is already used by ${orderOwner}.`);
		else seen.order.set(article.data.order, file);

		const slug = article.id.toLowerCase();
		const slugOwner = seen.id.get(slug);
		if (slugOwner) problems.push(`${file}: the address /${slug}/ is already used by ${slugOwner}.`);
		else seen.id.set(slug, file);
		if (RESERVED_IDS.includes(slug))
			problems.push(
				`${file}: the address /${slug}/ belongs to one of the site's own pages; rename the file.`,
			);

		for (const item of quotables(article.data)) {
			const owner = seen.errorId.get(item.id);
			if (owner)
				problems.push(
					`${file}: ${item.field}.id "${item.id}" is already used by ${owner}; every message and label needs its own anchor on /errors/.`,
				);
			else seen.errorId.set(item.id, file);
			if (RESERVED_ERROR_IDS.includes(item.id))
				problems.push(
					`${file}: ${item.field}.id "${item.id}" is taken by the error index page itself; choose another.`,
				);
		}

		problems.push(
			...checkArticleBody(article),
			...checkSources(article),
			...checkArticleChanges(article, today),
		);
	}
	const files = new Map(articles.map((article) => [article.id, where(article)]));
	problems.push(
		...checkStartHereOrder(
			articles.map((article) => ({ id: article.id, ...article.data })),
			(id) => files.get(id) ?? `${id}.mdx`,
		),
	);
	return problems;
}

/**
 * Sources that hold up (sources-policy.md): at least one official source, official sources first,
 * "official" only for WhatsApp, Meta or Apple addresses, nothing from the blocklist, and every exact
 * message quoted from an official page or a first-hand report the article lists.
 */
function checkSources(article: ArticleSource): string[] {
	const file = article.filePath ?? `${article.id}.mdx`;
	const { sources } = article.data;
	const problems: string[] = [];
	if (!sources.some((source) => source.kind === 'official')) {
		problems.push(
			`${file}: sources: list at least one official source (a WhatsApp, Meta or Apple page) that the article rests on.`,
		);
	} else if (sources[0]?.kind !== 'official') {
		problems.push(
			`${file}: sources[0]: list an official source first; press and first-hand sources come after.`,
		);
	}
	sources.forEach((source, index) => {
		const blocked = blockedSite(source.url);
		if (blocked)
			problems.push(
				`${file}: sources[${index}].url: ${blocked.host} is on the blocklist (${blocked.reason}, see src/lib/content/source-policy.ts). Cite an official, press or first-hand source instead, or mark the fact unconfirmed.`,
			);
		if (source.kind === 'official' && !isOfficialAddress(source.url))
			problems.push(
				`${file}: sources[${index}].kind: "${source.url}" is not a WhatsApp, Meta or Apple page, so it can't be official; use press or first-hand.`,
			);
	});
	for (const item of quotables(article.data)) {
		if (!item.exact) continue;
		if (!item.quotedFrom) {
			problems.push(
				`${file}: ${item.field}.quotedFrom: "${item.text}" is marked exact, so give the address of the official page or first-hand report that records the wording (or set exact: false).`,
			);
			continue;
		}
		const source = sources.find((candidate) => candidate.url === item.quotedFrom);
		if (!source)
			problems.push(
				`${file}: ${item.field}.quotedFrom: ${item.quotedFrom} is not one of this article's sources; add it to sources.`,
			);
		else if (source.kind === 'press')
			problems.push(
				`${file}: ${item.field}.quotedFrom: quote exact wording only from an official page or a first-hand report, not from the press.`,
			);
	}
	return problems;
}

/** Problems inside one article: step ids, error steps and the data-loss warning. */
function checkArticleBody(article: ArticleSource): string[] {
	const file = article.filePath ?? `${article.id}.mdx`;
	const body = bodyAsInFile(article);
	const problems: string[] = [];
	const headings = headingsOf(body);
	const ids = new Set<string>();
	for (const heading of headings) {
		if (!heading.id) {
			problems.push(
				`${file}:${heading.line}: heading "${heading.text}" needs a stable id, e.g. "## ${heading.text} {#${suggestId(heading.text)}}".`,
			);
		} else if (ids.has(heading.id)) {
			problems.push(
				`${file}:${heading.line}: the id "${heading.id}" is used twice in this article.`,
			);
		} else {
			ids.add(heading.id);
		}
	}
	if (!headings.some((heading) => heading.depth === 2))
		problems.push(`${file}: an article needs at least one "## Step {#id}" heading.`);

	for (const error of article.data.errors) {
		if (!ids.has(error.step))
			problems.push(
				`${file}: the message "${error.message}" points to step "${error.step}", which this article does not have.`,
			);
	}
	for (const label of article.data.labels) {
		if (!ids.has(label.step))
			problems.push(
				`${file}: the label "${label.label}" points to step "${label.step}", which this article does not have.`,
			);
	}

	for (const step of Object.keys(article.data.phrasings))
		if (!ids.has(step))
			problems.push(`${file}: phrasings name step "${step}", which this article does not have.`);

	problems.push(...checkStepSources(file, body, article.data));
	for (const { line, message } of findActiveMarkup(body))
		problems.push(`${file}:${line}: ${message}`);

	if (article.data.risk === 'data-loss') {
		const firstStep = body.search(/^##\s/m);
		const warning = body.search(/<Callout\s+[^>]*type=["']warning["']/);
		if (warning === -1 || (firstStep !== -1 && warning > firstStep)) {
			problems.push(
				`${file}: risk is data-loss, so a <Callout type="warning"> saying what is lost must come before the first step.`,
			);
		}
	}

	return problems;
}

/** The article's `changes` against its steps' text: no step may change without a dated entry. */
function checkArticleChanges(article: ArticleSource, today: Date): string[] {
	const file = article.filePath ?? `${article.id}.mdx`;
	// Padded with the lines above the body, so each step's line is the file's.
	const body = '\n'.repeat((article.bodyLine ?? 1) - 1) + (article.body ?? '');
	const steps = stepsOf(body).filter((step) => step.id !== '');
	return checkChanges(file, article.id, steps, article.data.changes, today);
}

function suggestId(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
