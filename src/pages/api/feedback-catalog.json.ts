import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { sortByOrder } from '../../lib/content/articles.ts';
import { stepIds, type FeedbackCatalogFile } from '../../lib/feedback/shared.ts';

/**
 * Every fix article and its step ids, from the built collection: the feedback endpoint refuses a vote
 * for anything else. The Node server reads this file from the build; the Cloudflare function reads it
 * from the deployed site's assets. It holds only what every article page already shows.
 */
export const GET: APIRoute = async () => {
	const fixes = sortByOrder(
		(await getCollection('articles')).filter((entry) => entry.data.kind === 'fix'),
	);
	const body: FeedbackCatalogFile = { schema: 1, articles: [] };
	for (const entry of fixes) {
		const { headings } = await render(entry);
		body.articles.push({ article: entry.id, steps: stepIds(headings) });
	}
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
};
