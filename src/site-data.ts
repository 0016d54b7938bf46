/**
 * The site's content, loaded and checked once for every page that needs it, at the top of this module (as
 * Starlight's utils/routing does): the articles, checked as a collection, and the troubleshooter's nodes,
 * checked against the articles and their steps, and the glossary of on-screen labels the articles name.
 * A problem fails the build with every problem listed, each
 * naming its file and field or node, before any page is written.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { sortByOrder } from './lib/content/articles.ts';
import { bodyAsInFile, bodyStartLine, checkArticles } from './lib/content/content-checks.ts';
import { checkArticleLabels } from './lib/i18n/glossary.ts';
import { stepsOf } from './lib/content/markdown.ts';
import { readGlossary } from './schemas/glossary.ts';
import { entryToNode, treeYamlProblem } from './schemas/troubleshooter.ts';
import { checkTree, pathsToNodes, type TreeArticle } from './lib/troubleshooter/tree.ts';

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

/** Every node with its path, plus the articles, or a thrown error listing every problem. */
async function loadTroubleshooter(articleEntries: Awaited<ReturnType<typeof loadArticles>>) {
	const entries = await getCollection('troubleshooter');
	const nodes = entries.map((entry) => entryToNode(entry.id, entry.data));
	const articles: TreeArticle[] = articleEntries.map((entry) => ({
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
	return { nodes, articles, articleEntries, paths: pathsToNodes(nodes, articles) };
}

/** Every on-screen label in every language (content/glossary.yaml), checked; read before the articles that name them. */
export const glossary = readGlossary();
export const articles = await loadArticles();
export const troubleshooter = await loadTroubleshooter(articles);
