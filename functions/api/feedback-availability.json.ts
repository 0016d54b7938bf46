/**
 * Cloudflare Pages Function for /api/feedback-availability.json. It takes the place of the static file
 * of the same name (which says `{"available": false}`), and says true when this deployment has its
 * database and secret bound, so the "Did this fix it?" buttons appear. See docs/feedback.md.
 */
import { availabilityResponse } from '../../src/api/feedback.ts';
import { feedbackAvailable, type PagesContext } from '../../src/api/feedback-cloudflare.ts';

/** GET and HEAD; anything else gets the same answer, which changes nothing. */
export const onRequest = async (context: PagesContext): Promise<Response> =>
	availabilityResponse(await feedbackAvailable(context));
