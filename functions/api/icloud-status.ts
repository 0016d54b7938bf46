/**
 * Cloudflare Pages Function for /api/icloud-status: the /api app (src/api/cloudflare.ts).
 * Set SITE_ORIGIN in the Pages project's environment variables if the site has another origin.
 * See docs/relay.md.
 */
export { onRequest } from '../../src/api/cloudflare.ts';
