import type { APIRoute, GetStaticPaths } from 'astro';
import { repliesCsv } from '../../lib/desk/bundles.ts';
import { bundlePaths, bundleReplies } from '../../desk-data.ts';

/** `/desk/replies.<lang>.csv`: the same macros as the JSON bundle, for a spreadsheet or a CSV import. */
export const getStaticPaths = bundlePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	new Response(repliesCsv(bundleReplies(props, site)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
