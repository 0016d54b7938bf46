/**
 * Netlify Function (v2, Web Request/Response) for /api/icloud-status: a thin adapter over the
 * shared relay handler. Set SITE_ORIGIN in the site's environment variables if the site has
 * another origin. See docs/relay.md.
 */
import { createRelayHandler, parseAllowedOrigins } from '../../src/api/handler.ts';

const handler = createRelayHandler({
	allowedOrigin: parseAllowedOrigins(process.env['SITE_ORIGIN']),
});

/** Every method on /api/icloud-status; the handler answers 405 for anything but GET, HEAD and OPTIONS. */
export default (request: Request): Promise<Response> => handler(request);

/** Route the function at the same path as the Cloudflare one; no netlify.toml redirect needed. */
export const config = { path: '/api/icloud-status' };
