import type { APIRoute } from 'astro';
import type { FeedbackAvailability } from '../../lib/feedback/shared.ts';

/**
 * The static answer: this build alone takes no votes. A host that runs the feedback endpoint answers
 * the same path with `{"available": true}` (functions/api/feedback-availability.json.ts on Cloudflare,
 * `npm run api` on Node), so the widget shows itself only where votes can be stored. See docs/feedback.md.
 */
export const GET: APIRoute = () => {
	const body: FeedbackAvailability = { available: false };
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
