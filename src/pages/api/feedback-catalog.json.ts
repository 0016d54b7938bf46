import type { APIRoute } from 'astro';
import { stepsOf } from '../../lib/content/markdown.ts';
import type { FeedbackCatalogFile } from '../../lib/feedback/shared.ts';
import { articles } from '../../site-data.ts';

/**
 * Every fix article and its step ids, from the built collection: the feedback endpoint refuses a vote
 * for anything else. The Node server reads this file from the build; the Cloudflare function reads it
 * from the deployed site's assets. It holds only what every article page already shows.
 */
export const GET: APIRoute = () => {
	const fixes = articles.filter((entry) => entry.data.kind === 'fix');
	const body: FeedbackCatalogFile = { schema: 1, articles: [] };
	for (const entry of fixes) {
		const steps = stepsOf(entry.body ?? '').map((step) => step.id);
		body.articles.push({ article: entry.id, steps });
	}
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
};
