import { createHash } from 'node:crypto';

/**
 * The version of an English article a translation was written from: a hash of what a translator
 * translates (title, description, body). Front matter facts such as sources are shared, not translated, so
 * changing them does not make a translation behind.
 */
export function englishVersion(article: {
	title: string;
	description: string;
	body: string;
}): string {
	return createHash('sha256')
		.update(`${article.title}\n${article.description}\n${article.body.trim()}`)
		.digest('hex')
		.slice(0, 12);
}
