import type { APIRoute } from 'astro';
import type { UnansweredAvailability } from '../../lib/search/unanswered.ts';

/**
 * The static answer: this build alone counts no searches. A host that runs the endpoint answers the
 * same path with `{"available": true}` (functions/api/unanswered-availability.json.ts on Cloudflare,
 * `npm run api` on Node), so the search page reports only where it is counted. See
 * docs/unanswered-searches.md.
 */
export const GET: APIRoute = () => {
	const body: UnansweredAvailability = { available: false };
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
