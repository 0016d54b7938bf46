/**
 * Cloudflare Pages Function for /api/icloud-status: a thin adapter over the shared relay handler.
 * Set SITE_ORIGIN in the Pages project's environment variables if the site has another origin.
 * See docs/relay.md.
 */
import {
	createRelayHandler,
	parseAllowedOrigins,
	type RelayHandler,
} from '../../src/api/handler.ts';

/** The parts of the Pages Functions context this adapter uses (typed here; no Workers types package). */
interface PagesContext {
	request: Request;
	env: { SITE_ORIGIN?: string };
}

let handler: RelayHandler | undefined;
let handlerOrigin: string | undefined;

/** One handler per isolate, so its short in-memory cache is shared between requests. */
function handlerFor(env: PagesContext['env']): RelayHandler {
	if (!handler || handlerOrigin !== env.SITE_ORIGIN) {
		handler = createRelayHandler({ allowedOrigin: parseAllowedOrigins(env.SITE_ORIGIN) });
		handlerOrigin = env.SITE_ORIGIN;
	}
	return handler;
}

/** GET /api/icloud-status. */
export const onRequestGet = (context: PagesContext): Promise<Response> =>
	handlerFor(context.env)(context.request);

/** HEAD, OPTIONS, and a 405 for every other method. */
export const onRequest = onRequestGet;
