/**
 * Netlify Function (v2, Web Request/Response) for /api/icloud-status: the /api app with the relay
 * alone (Netlify takes no votes; docs/feedback.md). Set SITE_ORIGIN in the site's environment
 * variables if the site has another origin. See docs/relay.md.
 */
import { createRelayHandler, parseAllowedOrigins } from '../../src/api/app.ts';
import { RELAY_PATH } from '../../src/lib/status/sources.ts';

/**
 * The app's own fetch handler, rather than `hono/netlify`'s `handle`, which Hono has deprecated (to be
 * removed in v5) and which only makes this same call.
 */
export default createRelayHandler({
	allowedOrigin: parseAllowedOrigins(process.env['SITE_ORIGIN']),
});

/** Route the function at the same path as the Cloudflare one; no netlify.toml redirect needed. */
export const config = { path: RELAY_PATH };
