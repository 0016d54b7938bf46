import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/desk/article-markdown.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site/site.ts';
import { DESK_CONTENT, deskLanguage } from '../desk-data.ts';

/** `/llms.txt` (llmstxt.org): the articles of every language, and how an assistant should quote them. */
export const GET: APIRoute = ({ site }) => {
	const languages = DESK_CONTENT.map((content) => ({
		language: deskLanguage(content, site),
		entries: content.entries,
	}));
	return new Response(llmsTxt(languages, { siteName: SITE_NAME, summary: SITE_TAGLINE }), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
