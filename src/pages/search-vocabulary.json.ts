import type { APIRoute } from 'astro';
import rulesFile from '../../content/search-synonyms.json';
import { parseQueryRules } from '../schemas/query-rules.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';
import { articles } from '../site-data.ts';

/**
 * The site's words for typo correction, most frequent first. The search page fetches it only when a
 * query finds too little, so a search that works costs nothing extra.
 */
export const GET: APIRoute = () => {
	const ignored = new Set(
		parseQueryRules(rulesFile).ignore.words.map((word) => word.toLowerCase()),
	);
	const words = buildVocabulary(articles, ignored);
	return new Response(JSON.stringify(words), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
