/**
 * Cloudflare Pages Function for /api/unanswered: the /api app (src/api/cloudflare.ts), counting
 * unanswered searches in the D1 database bound as FEEDBACK_DB. See docs/unanswered-searches.md.
 */
export { onRequest } from '../../src/api/cloudflare.ts';
