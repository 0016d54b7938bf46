import type { APIRoute, GetStaticPaths } from 'astro';
import { repliesJson } from '../../lib/desk/bundles.ts';
import { bundlePaths, bundleReplies } from '../../desk-data.ts';

/** `/desk/replies.<lang>.json`: every step as a macro, for a help desk to import. */
export const getStaticPaths = bundlePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	new Response(repliesJson(bundleReplies(props, site)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
