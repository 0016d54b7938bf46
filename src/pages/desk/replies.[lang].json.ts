import type { APIRoute, GetStaticPaths } from 'astro';
import { repliesJson } from '../../lib/desk/bundles.ts';
import { deskSteps } from '../../lib/desk/replies.ts';
import { DESK_CONTENT, deskLanguage } from '../../desk-data.ts';

/** `/desk/replies.<lang>.json`: every step as a macro, for a help desk to import. */
export const getStaticPaths = (() =>
	DESK_CONTENT.map((content) => ({
		params: { lang: content.locale },
		props: { content },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { content } = props as { content: (typeof DESK_CONTENT)[number] };
	const steps = deskSteps(content.entries, deskLanguage(content, site));
	return new Response(repliesJson(steps.map((step) => step.reply)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
