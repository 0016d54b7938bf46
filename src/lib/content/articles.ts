import type { Article, ErrorMessage, ErrorPlace, ScreenLabel } from '../../schemas/article.ts';

/** The part of a collection entry the site's lists need. */
export interface ArticleEntry {
	id: string;
	data: Article;
	/** The MDX source, for the steps it declares (content/markdown.ts). */
	body?: string | undefined;
	/** In a translation: ids of messages and labels still shown in English, for want of a translation. */
	inEnglish?: ReadonlySet<string> | undefined;
}

/** Articles in the order a reader should try them ("Start here"). */
export function sortByOrder<T extends ArticleEntry>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The article to try after `id`, or undefined after the last one. */
export function nextArticle<T extends ArticleEntry>(
	entries: readonly T[],
	id: string,
): T | undefined {
	const ordered = sortByOrder(entries);
	const index = ordered.findIndex((entry) => entry.id === id);
	return index === -1 ? undefined : ordered[index + 1];
}

/** Site path of an article page. */
export function articlePath(id: string): string {
	return `/${id}/`;
}

/** An error message with the article and step that fixes it. */
export interface IndexedError extends ErrorMessage {
	articleId: string;
	articleTitle: string;
	href: string;
	/** Title of the source in `quotedFrom`, for exact messages. */
	sourceTitle: string | undefined;
	/** Shown in English on a page in another language. */
	inEnglish: boolean;
}

/** Every message from every article, grouped by where it appears, in Start here order. */
export function indexErrors(entries: readonly ArticleEntry[]): Record<ErrorPlace, IndexedError[]> {
	const groups: Record<ErrorPlace, IndexedError[]> = { whatsapp: [], ios: [], restore: [] };
	for (const entry of sortByOrder(entries)) {
		for (const error of entry.data.errors) {
			groups[error.where].push({
				...error,
				articleId: entry.id,
				articleTitle: entry.data.title,
				href: `${articlePath(entry.id)}#${error.step}`,
				sourceTitle: entry.data.sources.find((source) => source.url === error.quotedFrom)?.title,
				inEnglish: entry.inEnglish?.has(error.id) ?? false,
			});
		}
	}
	return groups;
}

/** A button or switch label with the article and step that says what to do with it. */
export interface IndexedLabel extends ScreenLabel {
	articleTitle: string;
	href: string;
	/** Title of the source in `quotedFrom`, for exact labels. */
	sourceTitle: string | undefined;
	/** Shown in English on a page in another language. */
	inEnglish: boolean;
}

/** Every button and switch label from every article, in Start here order. */
export function indexLabels(entries: readonly ArticleEntry[]): IndexedLabel[] {
	return sortByOrder(entries).flatMap((entry) =>
		entry.data.labels.map((label) => ({
			...label,
			articleTitle: entry.data.title,
			href: `${articlePath(entry.id)}#${label.step}`,
			sourceTitle: entry.data.sources.find((source) => source.url === label.quotedFrom)?.title,
			inEnglish: entry.inEnglish?.has(label.id) ?? false,
		})),
	);
}
