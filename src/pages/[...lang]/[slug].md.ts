import type { APIRoute, GetStaticPaths } from 'astro';
import { articleMarkdown } from '../../lib/desk/article-markdown.ts';
import { DESK_CONTENT, contentFor, deskLanguage, langParam } from '../../desk-data.ts';

/** Every article as Markdown at `/<id>.md` (`/es/<id>.md` …), for assistants and other tools. */
export const getStaticPaths = (() =>
	DESK_CONTENT.flatMap(({ locale, entries }) =>
		entries.map((entry) => ({ params: { lang: langParam(locale), slug: entry.id } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const content = contentFor(params['lang']);
	const entry = content.entries.find((candidate) => candidate.id === params['slug']);
	if (!entry) return new Response(null, { status: 404 });
	return new Response(articleMarkdown(entry, deskLanguage(content, site)), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
};
