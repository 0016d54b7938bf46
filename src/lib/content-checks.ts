import type { Article } from './article-schema';

/** An article as the content layer holds it: front matter plus the raw MDX body. */
export interface ArticleSource {
	id: string;
	filePath?: string | undefined;
	body?: string | undefined;
	data: Article;
}

/** Paths the site's own pages use; an article with one of these ids would be hidden by that page. */
const RESERVED_IDS = ['index', 'search', 'errors', 'start-here', '404', 'api', 'pagefind', '_astro'];

const HEADING = /^(#{2,6})\s+(.*)$/;
const EXPLICIT_ID = /\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** The step headings of an MDX body, with their explicit ids (undefined when a heading has none). */
export function stepHeadings(body: string): { depth: number; text: string; id: string | undefined; line: number }[] {
	const headings: { depth: number; text: string; id: string | undefined; line: number }[] = [];
	let inFence = false;
	body.split('\n').forEach((line, index) => {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		const match = inFence ? null : HEADING.exec(line);
		if (!match) return;
		headings.push({
			depth: match[1]?.length ?? 2,
			text: (match[2] ?? '').replace(EXPLICIT_ID, '').trim(),
			id: EXPLICIT_ID.exec(line)?.[1],
			line: index + 1,
		});
	});
	return headings;
}

/** Everything wrong with the collection as a whole, one readable line per problem, naming the file. */
export function checkArticles(articles: readonly ArticleSource[]): string[] {
	const problems: string[] = [];
	const where = (article: ArticleSource) => article.filePath ?? `${article.id}.mdx`;

	const seen = { title: new Map<string, string>(), order: new Map<number, string>(), id: new Map<string, string>() };
	for (const article of articles) {
		const file = where(article);
		const title = article.data.title.trim().toLowerCase();
		const other = seen.title.get(title);
		if (other) problems.push(`${file}: title "${article.data.title}" is already used by ${other}.`);
		else seen.title.set(title, file);

		const orderOwner = seen.order.get(article.data.order);
		if (orderOwner) problems.push(`${file}: order ${article.data.order} is already used by ${orderOwner}.`);
		else seen.order.set(article.data.order, file);

		const slug = article.id.toLowerCase();
		const slugOwner = seen.id.get(slug);
		if (slugOwner) problems.push(`${file}: the address /${slug}/ is already used by ${slugOwner}.`);
		else seen.id.set(slug, file);
		if (RESERVED_IDS.includes(slug)) problems.push(`${file}: the address /${slug}/ belongs to one of the site's own pages; rename the file.`);

		problems.push(...checkArticleBody(article));
	}
	return problems;
}

/** Problems inside one article: step ids, error steps, the data-loss warning, source order. */
function checkArticleBody(article: ArticleSource): string[] {
	const file = article.filePath ?? `${article.id}.mdx`;
	const body = article.body ?? '';
	const problems: string[] = [];
	const headings = stepHeadings(body);
	const ids = new Set<string>();
	for (const heading of headings) {
		if (!heading.id) {
			problems.push(`${file}:${heading.line}: heading "${heading.text}" needs a stable id, e.g. "## ${heading.text} {#${suggestId(heading.text)}}".`);
		} else if (ids.has(heading.id)) {
			problems.push(`${file}:${heading.line}: the id "${heading.id}" is used twice in this article.`);
		} else {
			ids.add(heading.id);
		}
	}
	if (!headings.some((heading) => heading.depth === 2)) problems.push(`${file}: an article needs at least one "## Step {#id}" heading.`);

	for (const error of article.data.errors) {
		if (!ids.has(error.step)) problems.push(`${file}: the message "${error.message}" points to step "${error.step}", which this article does not have.`);
	}

	if (article.data.risk === 'data-loss') {
		const firstStep = body.search(/^##\s/m);
		const warning = body.search(/<Callout\s+[^>]*type=["']warning["']/);
		if (warning === -1 || (firstStep !== -1 && warning > firstStep)) {
			problems.push(`${file}: risk is data-loss, so a <Callout type="warning"> saying what is lost must come before the first step.`);
		}
	}

	const firstUnofficial = article.data.sources.findIndex((source) => !source.official);
	if (firstUnofficial !== -1 && article.data.sources.slice(firstUnofficial).some((source) => source.official)) {
		problems.push(`${file}: list official sources first, then the others.`);
	}
	return problems;
}

function suggestId(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
