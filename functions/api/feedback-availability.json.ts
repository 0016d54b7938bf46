/**
 * Cloudflare Pages Function for /api/feedback-availability.json: the /api app (src/api/cloudflare.ts).
 * It takes the place of the static file of the same name (which says `{"available": false}`), and says
 * true when this deployment has its database and secret bound and the built catalog is readable, so
 * the "Did this fix it?" buttons appear. See docs/feedback.md.
 */
export { onRequest } from '../../src/api/cloudflare.ts';
