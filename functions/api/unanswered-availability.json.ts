/**
 * Cloudflare Pages Function for /api/unanswered-availability.json: the /api app (src/api/cloudflare.ts).
 * It takes the place of the static file of the same name (which says `{"available": false}`), and says
 * true when this deployment has its database and secret bound, so the search page reports searches
 * that found nothing. See docs/unanswered-searches.md.
 */
export { onRequest } from '../../src/api/cloudflare.ts';
