/**
 * The site's content, loaded and checked once for every page that needs it, at the top of this module (as
 * Starlight's utils/routing does): the articles, checked as a collection, and the troubleshooter's nodes,
 * checked against the articles and their steps, and the glossary of on-screen labels the articles name.
 * A problem fails the build with every problem listed, each
 * naming its file and field or node, before any page is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { sortByOrder } from './lib/content/articles.ts';
import { bodyAsInFile, bodyStartLine, checkArticles } from './lib/content/content-checks.ts';
import { checkArticleLabels, checkTranslationLabels, screenLabel } from './lib/i18n/glossary.ts';
import { stepsOf } from './lib/content/markdown.ts';
import { readGlossary } from './schemas/glossary.ts';
import { entryToNode, treeYamlProblem } from './schemas/troubleshooter.ts';
import { checkTree, pathsToNodes, type TreeArticle } from './lib/troubleshooter/tree.ts';
import { LOCALES, SOURCE_LOCALE, type Locale } from './lib/i18n/locales.ts';
import { checkTranslation, checkTreeTranslation } from './lib/i18n/translations.ts';
import { isBehind } from './lib/i18n/versions.ts';
import { uiText } from './lib/i18n/ui/index.ts';
import { fill } from './lib/i18n/text.ts';
import type { ArticleEntry } from './lib/content/articles.ts';
import type { QueryRulesData } from './lib/search/rules.ts';
import { parseQueryRules } from './schemas/query-rules.ts';

const TREE_FILE = process.env['TROUBLESHOOTER_FILE'] ?? 'content/troubleshooter.yaml';
// The tree is written for content/'s articles. A build of another folder (ARTICLES_DIR: the bench's
// corpora, fixture sites) has articles the tree does not reach, so the tree is checked only against the
// articles it was written for, or against a tree given with them (TROUBLESHOOTER_FILE).
const TREE_FITS_ARTICLES =
	process.env['ARTICLES_DIR'] === undefined || process.env['TROUBLESHOOTER_FILE'] !== undefined;

/** Every article, in Start here order, or a thrown error listing every problem. */
async function loadArticles() {
	const entries = await getCollection('articles');
	// Problems name the line of the file, so the checks learn where each body starts in it.
	const sources = entries.map((entry) => ({
		...entry,
		bodyLine:
			entry.filePath && entry.body
				? bodyStartLine(readFileSync(entry.filePath, 'utf8'), entry.body)
				: undefined,
	}));
	const problems = [
		...checkArticles(sources),
		...sources.flatMap((source) =>
			checkArticleLabels(
				source.filePath ?? `${source.id}.mdx`,
				bodyAsInFile(source),
				glossary,
				'en',
			),
		),
	];
	if (problems.length > 0)
		throw new Error(
			`Some articles need fixing before the site can build:\n- ${problems.join('\n- ')}`,
		);
	return sortByOrder(entries);
}

function treeArticles(articleEntries: readonly ArticleEntry[]): TreeArticle[] {
	return articleEntries.map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		steps: stepsOf(entry.body ?? '').flatMap((step) =>
			step.id ? [{ id: step.id, text: step.title }] : [],
		),
		messages: entry.data.errors.map((error) => ({
			message: error.message,
			step: error.step,
			exact: error.exact,
		})),
		dataLossSteps: entry.data.dataLossSteps,
	}));
}

/** Every node with its path, plus the articles, or a thrown error listing every problem. */
async function loadTroubleshooter(articleEntries: Awaited<ReturnType<typeof loadArticles>>) {
	const entries = await getCollection('troubleshooter');
	const nodes = entries.map((entry) => entryToNode(entry.id, entry.data));
	const articles = treeArticles(articleEntries);
	// Always re-read: when the file fails to parse, the loader logs it and keeps the entries of the last good build.
	const unreadable = await readFile(TREE_FILE, 'utf8').then(
		treeYamlProblem,
		(error: Error) => error.message,
	);
	const problems = unreadable
		? [`The file cannot be read: ${unreadable}`]
		: checkTree(nodes, articles);
	if (TREE_FITS_ARTICLES && problems.length > 0)
		throw new Error(
			`${TREE_FILE} needs fixing before the site can build:\n- ${problems.join('\n- ')}`,
		);
	return {
		nodes,
		articles,
		articleEntries,
		paths: pathsToNodes(nodes, articles, treeWords(SOURCE_LOCALE)),
	};
}

function treeWords(locale: Locale) {
	const words = uiText(locale).troubleshoot;
	return { tried: (step: string) => fill(words.tried, { step }), didNotFix: words.didNotFix };
}

/** Every on-screen label in every language (content/glossary.yaml), checked; read before the articles that name them. */
export const glossary = readGlossary();
export const articles = await loadArticles();
const troubleshooter = await loadTroubleshooter(articles);

/** An entry's body with the lines before it blanked, so problems name the line of the file. */
function bodyInFile(entry: { body?: string | undefined; filePath?: string | undefined }): string {
	const bodyLine =
		entry.filePath && entry.body
			? bodyStartLine(readFileSync(entry.filePath, 'utf8'), entry.body)
			: undefined;
	return bodyAsInFile({ body: entry.body, bodyLine });
}

/** An article as a page in one language shows it: English facts, the translation's words. */
export interface LocalizedArticle extends ArticleEntry {
	locale: Locale;
	/** The collection entry whose body the page renders. */
	entry: Awaited<ReturnType<typeof getCollection<'articles' | 'translations'>>>[number];
	/** The English article changed after this translation was written. */
	behind: boolean;
	/** Messages and labels this language shows in English, for want of a translation. */
	inEnglish: ReadonlySet<string>;
}

type Troubleshooter = typeof troubleshooter;

/**
 * Every translation, checked against its English article and tree. A language is published only when
 * every article, and the troubleshooter, is translated: a reader never meets a half-translated site, and
 * the language picker never offers a page that is not there.
 */
async function loadTranslations() {
	const problems: string[] = [];
	const byLocale = new Map<Locale, { articles: LocalizedArticle[]; tree: Troubleshooter }>();
	const translations = await getCollection('translations');
	for (const locale of LOCALES) {
		if (locale === SOURCE_LOCALE) continue;
		const localized: LocalizedArticle[] = [];
		for (const english of articles) {
			const translation = translations.find((entry) => entry.id === `${locale}/${english.id}`);
			if (!translation) continue;
			const { data } = translation;
			const file = translation.filePath ?? `content/${translation.id}.mdx`;
			problems.push(
				...checkTranslation(
					{
						id: english.id,
						body: english.body ?? '',
						appliesTo: english.data.appliesTo,
						messageIds: [...english.data.errors, ...english.data.labels].map((item) => item.id),
					},
					{
						file,
						body: translation.body ?? '',
						appliesTo: data.appliesTo,
						messages: data.messages,
					},
				),
				...checkArticleLabels(file, bodyInFile(translation), glossary, locale),
				...checkTranslationLabels(file, bodyInFile(english), bodyInFile(translation)),
			);
			// A button the translation names no words for reads as the glossary shows it on that language's
			// screen, as the article's steps show it, rather than in English.
			const onScreen: Record<string, string> = {};
			for (const label of english.data.labels) {
				const shown = screenLabel(glossary, label.where, label.label, locale);
				if (data.messages[label.id] === undefined && shown !== undefined)
					onScreen[label.id] = shown;
			}
			const translate = <T extends { id: string; exact: boolean }>(item: T, text: keyof T) => {
				const words = data.messages[item.id];
				return words === undefined
					? item
					: { ...item, [text]: words, exact: false, quotedFrom: undefined };
			};
			localized.push({
				id: english.id,
				locale,
				entry: translation,
				body: translation.body,
				behind:
					english.filePath === undefined ||
					isBehind(readFileSync(english.filePath, 'utf8'), data.translatedFrom),
				inEnglish: new Set(
					[...english.data.errors, ...english.data.labels]
						.filter((item) => data.messages[item.id] === undefined && !(item.id in onScreen))
						.map((item) => item.id),
				),
				data: {
					...english.data,
					title: data.title,
					description: data.description,
					appliesTo: data.appliesTo ?? english.data.appliesTo,
					errors: english.data.errors.map((error) => translate(error, 'message')),
					labels: english.data.labels.map((label) => {
						const shown = onScreen[label.id];
						return shown === undefined
							? translate(label, 'label')
							: { ...label, label: shown, exact: false, quotedFrom: undefined };
					}),
				},
			});
		}
		const tree = await loadTreeTranslation(locale, localized, problems);
		// A site built from another folder (fixtures, the bench) has no tree of its own to translate.
		if (localized.length === articles.length && (tree || !TREE_FITS_ARTICLES))
			byLocale.set(locale, { articles: localized, tree: tree ?? troubleshooter });
	}
	if (problems.length > 0)
		throw new Error(
			`Some translations need fixing before the site can build:\n- ${problems.join('\n- ')}`,
		);
	return byLocale;
}

async function loadTreeTranslation(
	locale: Locale,
	localized: readonly LocalizedArticle[],
	problems: string[],
): Promise<Troubleshooter | undefined> {
	// No file yet is a language not yet translated, not an error (content.config.ts defines no collection).
	if (!TREE_FITS_ARTICLES || !existsSync(`content/${locale}/troubleshooter.yaml`)) return undefined;
	const entries = await getCollection(`troubleshooter-${locale}` as 'troubleshooter');
	const nodes = entries.map((entry) => entryToNode(entry.id, entry.data));
	problems.push(
		...checkTreeTranslation(`content/${locale}/troubleshooter.yaml`, troubleshooter.nodes, nodes),
	);
	const treeArticleList = treeArticles(localized);
	return {
		nodes,
		articles: treeArticleList,
		articleEntries: localized as unknown as Troubleshooter['articleEntries'],
		paths: pathsToNodes(nodes, treeArticleList, treeWords(locale)),
	};
}

const translated = await loadTranslations();

/** The languages the site is built in: English and every language translated in full. */
export const PUBLISHED_LOCALES: readonly Locale[] = LOCALES.filter(
	(locale) => locale === SOURCE_LOCALE || translated.has(locale),
);

/** The articles in one language, in Start here order. */
export function articlesIn(locale: Locale): LocalizedArticle[] {
	if (locale === SOURCE_LOCALE)
		return articles.map((entry) => ({
			...entry,
			locale,
			entry,
			behind: false,
			inEnglish: new Set(),
		}));
	return translated.get(locale)?.articles ?? [];
}

/** The troubleshooter in one language. */
export function troubleshooterIn(locale: Locale): Troubleshooter {
	return locale === SOURCE_LOCALE
		? troubleshooter
		: (translated.get(locale)?.tree ?? troubleshooter);
}

/** The pages that exist in every published language besides the articles. */
const LOCALIZED_SECTIONS = [
	'',
	'start-here',
	'errors',
	'search',
	'privacy',
	'troubleshoot',
	'desk',
];

/** Whether `path` (English form) has a page in `locale`. */
export function isLocalizedPath(locale: Locale, path: string): boolean {
	if (!PUBLISHED_LOCALES.includes(locale)) return false;
	const section = path.split('/')[1] ?? '';
	return LOCALIZED_SECTIONS.includes(section) || articles.some((entry) => entry.id === section);
}

/** `getStaticPaths` params for a page that exists in every published language: `lang` is undefined for English. */
export function localeParams() {
	return PUBLISHED_LOCALES.map((locale) => ({
		params: { lang: locale === SOURCE_LOCALE ? undefined : locale },
		props: { locale },
	}));
}

// Each language's words for search: content/search-synonyms.json (English), content/<lang>/search-synonyms.json.
const SEARCH_RULE_FILES = import.meta.glob<{ default: unknown }>(
	'../content/**/search-synonyms.json',
	{ eager: true },
);

/** One language's search rules, checked: a malformed rule fails the build with its file, entry and field. */
export function searchRulesIn(locale: Locale): QueryRulesData {
	const file =
		locale === SOURCE_LOCALE
			? 'content/search-synonyms.json'
			: `content/${locale}/search-synonyms.json`;
	const rules = SEARCH_RULE_FILES[`../${file}`];
	if (!rules) throw new Error(`${file} is missing.`);
	return parseQueryRules(rules.default, file);
}
