import type { APIRoute, GetStaticPaths } from 'astro';
import { repliesCsv } from '../../lib/desk/bundles.ts';
import { deskSteps } from '../../lib/desk/replies.ts';
import { DESK_CONTENT, deskLanguage } from '../../desk-data.ts';

/** `/desk/replies.<lang>.csv`: the same macros as the JSON bundle, for a spreadsheet or a CSV import. */
export const getStaticPaths = (() =>
	DESK_CONTENT.map((content) => ({
		params: { lang: content.locale },
		props: { content },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { content } = props as { content: (typeof DESK_CONTENT)[number] };
	const steps = deskSteps(content.entries, deskLanguage(content, site));
	return new Response(repliesCsv(steps.map((step) => step.reply)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
