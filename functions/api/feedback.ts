/**
 * Cloudflare Pages Function for /api/feedback: the /api app (src/api/cloudflare.ts), storing votes in
 * the D1 database bound as FEEDBACK_DB. See docs/feedback.md.
 */
export { onRequest } from '../../src/api/cloudflare.ts';
