/**
 * The troubleshooter as the pages need it: the nodes of content/troubleshooter.yaml checked against
 * the articles and their steps. Fails the build, naming each node, when a rule breaks.
 * (A leading underscore keeps Astro from publishing this file as a page.)
 */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { stepHeadings } from '../../lib/content/content-checks.ts';
import { entryToNode, treeYamlProblem } from '../../schemas/troubleshooter.ts';
import { checkTree, pathsToNodes, type TreeArticle } from '../../lib/troubleshooter/tree.ts';

const TREE_FILE = process.env['TROUBLESHOOTER_FILE'] ?? 'content/troubleshooter.yaml';
// Tests that build a folder of fixture articles (ARTICLES_DIR) read those pages, not the troubleshooter,
// which is written for content/. Their build stops at the link check after every page is written; the
// tree must not stop it earlier, so it is checked only against the articles it was written for.
const CHECKED =
	process.env['ARTICLES_DIR'] === undefined || process.env['TROUBLESHOOTER_FILE'] !== undefined;

/** Every node with its path, plus the articles, or a thrown error listing every problem. */
export async function loadTroubleshooter() {
	const [entries, articleEntries] = await Promise.all([
		getCollection('troubleshooter'),
		getCollection('articles'),
	]);
	const nodes = entries.map((entry) => entryToNode(entry.id, entry.data));
	const articles: TreeArticle[] = articleEntries.map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		steps: stepHeadings(entry.body ?? '').flatMap((heading) =>
			heading.depth === 2 && heading.id ? [{ id: heading.id, text: heading.text }] : [],
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
	if (CHECKED && problems.length > 0)
		throw new Error(
			`${TREE_FILE} needs fixing before the site can build:\n- ${problems.join('\n- ')}`,
		);
	return { nodes, articles, articleEntries, paths: pathsToNodes(nodes, articles) };
}
