/**
 * The /api side as one Hono app, served alike by every host: Node (`npm run api`,
 * src/api/node-server.ts), Cloudflare Pages Functions (src/api/cloudflare.ts) and Netlify Functions
 * (netlify/functions/). A host says what it has (`ApiHost`); the routes, CORS, refusals and errors are
 * the same everywhere.
 * - GET/HEAD/OPTIONS /api/icloud-status: the status relay (src/api/relay.ts).
 * - POST/OPTIONS /api/feedback and GET/HEAD /api/feedback-availability.json (src/api/feedback.ts).
 * - POST/OPTIONS /api/unanswered and GET/HEAD /api/unanswered-availability.json (src/api/unanswered.ts).
 * Every other path is a JSON 404, and a method a path does not take a JSON 405 with `Allow`.
 * Only the path of a request is read, never its host: `Host` and forwarding headers are client-chosen.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { FEEDBACK_AVAILABILITY_PATH, FEEDBACK_PATH } from '../lib/feedback/shared.ts';
import { UNANSWERED_AVAILABILITY_PATH, UNANSWERED_PATH } from '../lib/search/unanswered.ts';
import { DEFAULT_SITE_URL } from '../lib/site/site.ts';
import { APPLE_STATUS_PAGE_URL, RELAY_PATH } from '../lib/status/sources.ts';
import { FEEDBACK_METHODS, mountFeedback, type FeedbackHost } from './feedback.ts';
import { refuse, type ApiEnv } from './http.ts';
import { createStatusRelay, RELAY_METHODS, type RelayOptions } from './relay.ts';
import { mountUnanswered, UNANSWERED_METHODS, type UnansweredHost } from './unanswered.ts';

/** What one host serves. */
interface ApiHost<B extends object> {
	/** Origins that get CORS headers and may vote (SITE_ORIGIN). */
	allowedOrigins: (c: Context<ApiEnv<B>>) => readonly string[];
	/** The relay's GET handler (`createStatusRelay`), where this host serves the relay. */
	relay?: (c: Context) => Promise<Response>;
	/** Feedback, where this host takes votes. */
	feedback?: FeedbackHost<B>;
	/** Unanswered searches, where this host counts them (in the feedback database). */
	unanswered?: UnansweredHost<B>;
}

/** The allowed origins from a comma-separated setting such as the SITE_ORIGIN env var. */
export function parseAllowedOrigins(value: string | undefined): string[] {
	const list = (value ?? '')
		.split(',')
		.map((item) => item.trim().replace(/\/+$/, ''))
		.filter((item) => item !== '');
	return list.length > 0 ? list : [DEFAULT_SITE_URL];
}

/** `Allow` on every answer of a path, so that its 405 and its OPTIONS say what it takes. */
function allow(methods: readonly string[]): MiddlewareHandler {
	return async (c, next) => {
		c.header('Allow', methods.join(', '));
		await next();
	};
}

/** The app for one host. */
export function createApiApp<B extends object>(host: ApiHost<B>): Hono<ApiEnv<B>> {
	const app = new Hono<ApiEnv<B>>();
	app.use(async (c, next) => {
		await next();
		c.header('X-Content-Type-Options', 'nosniff');
		// Only the relay's good answer may be kept by a cache; it says so itself.
		if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
	});

	const served: string[] = [];
	if (host.relay) {
		served.push(RELAY_PATH);
		// Hono's cors hands its callbacks a context without the app's types; it is this app's.
		const allowed = (origin: string, c: Context) =>
			host.allowedOrigins(c as Context<ApiEnv<B>>).includes(origin);
		app.use(
			RELAY_PATH,
			allow(RELAY_METHODS),
			cors({
				origin: (origin, c) => (allowed(origin, c) ? origin : null),
				allowMethods: (origin, c) => (allowed(origin, c) ? RELAY_METHODS : []),
				maxAge: 86400,
			}),
		);
		app.get(RELAY_PATH, host.relay);
		app.all(RELAY_PATH, (c) =>
			refuse(c, 405, 'method_not_allowed', `Use ${RELAY_METHODS.join(', ')}.`, {
				statusPage: APPLE_STATUS_PAGE_URL,
			}),
		);
	}
	if (host.feedback) {
		served.push(FEEDBACK_PATH, FEEDBACK_AVAILABILITY_PATH);
		app.use(FEEDBACK_PATH, allow(FEEDBACK_METHODS));
		app.use(FEEDBACK_AVAILABILITY_PATH, allow(['GET', 'HEAD']));
		mountFeedback(app, host.feedback, host.allowedOrigins);
	}
	if (host.unanswered) {
		served.push(UNANSWERED_PATH, UNANSWERED_AVAILABILITY_PATH);
		app.use(UNANSWERED_PATH, allow(UNANSWERED_METHODS));
		app.use(UNANSWERED_AVAILABILITY_PATH, allow(['GET', 'HEAD']));
		mountUnanswered(app, host.unanswered, host.allowedOrigins);
	}

	app.notFound((c) =>
		refuse(
			c,
			404,
			'not_found',
			`Only ${served.join(', ')} ${served.length > 1 ? 'are' : 'is'} served here.`,
		),
	);
	app.onError((error, c) => {
		if (error instanceof HTTPException) return error.getResponse();
		// The one place an unexpected failure is logged: the operator learns why, the reader gets JSON.
		console.error(error);
		return refuse(c, 500, 'internal', 'Something went wrong on our side. Please try again later.');
	});
	return app;
}

/** Settings for a relay on its own (tests, the bench, a host that serves only the relay). */
export interface RelayHandlerOptions extends RelayOptions {
	/** Origin(s) that get `Access-Control-Allow-Origin`. Default: https://whatsapp-backup.help */
	allowedOrigin?: string | readonly string[];
}

/** A Web `Request` → `Response` handler. */
type RelayHandler = (request: Request) => Promise<Response>;

/** The app with the relay alone, as a fetch handler. */
export function createRelayHandler(options: RelayHandlerOptions = {}): RelayHandler {
	const { allowedOrigin = [DEFAULT_SITE_URL], ...relay } = options;
	const origins = typeof allowedOrigin === 'string' ? [allowedOrigin] : allowedOrigin;
	const app = createApiApp({ allowedOrigins: () => origins, relay: createStatusRelay(relay) });
	return async (request) => app.fetch(request);
}
