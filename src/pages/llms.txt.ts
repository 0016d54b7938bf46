import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/desk/article-markdown.ts';
import { uiText } from '../lib/i18n/ui/index.ts';
import { DESK_CONTENT, deskLanguage } from '../desk-data.ts';

/** `/llms.txt` (llmstxt.org): the articles of every language, and how an assistant should quote them. */
export const GET: APIRoute = ({ site }) => {
	const languages = DESK_CONTENT.map((content) => ({
		language: deskLanguage(content, site),
		entries: content.entries,
	}));
	return new Response(
		llmsTxt(languages, { siteName: uiText('en').site.name, summary: uiText('en').site.tagline }),
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
};
