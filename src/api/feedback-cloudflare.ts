/**
 * Feedback on Cloudflare Pages Functions: the shared handler over a D1 database. Used by
 * functions/api/feedback.ts and functions/api/feedback-availability.json.ts.
 * Bindings: FEEDBACK_DB (D1, migrated with migrations/), FEEDBACK_SECRET (a secret of 16+ characters),
 * SITE_ORIGIN (the allowed origins, as for the relay). See docs/feedback.md.
 */
import { FEEDBACK_CATALOG_PATH } from '../lib/feedback/shared.ts';
import { createFeedbackHandler, type FeedbackHandler } from './feedback.ts';
import {
	createD1Store,
	parseCatalog,
	type D1Like,
	type FeedbackCatalog,
} from './feedback-store.ts';
import { parseAllowedOrigins } from './handler.ts';

/** The bindings this adapter reads (typed here; no Workers types package). */
export interface FeedbackEnv {
	FEEDBACK_DB?: D1Like;
	FEEDBACK_SECRET?: string;
	SITE_ORIGIN?: string;
	/** The deployed site's static files; the built catalog is one of them. */
	ASSETS?: { fetch(input: Request | string): Promise<Response> };
}

/** The parts of the Pages Functions context the adapters use. */
export interface PagesContext {
	request: Request;
	env: FeedbackEnv;
}

let cached:
	| {
			db: D1Like;
			secret: string;
			origin: string | undefined;
			handler: FeedbackHandler;
			catalog: () => Promise<FeedbackCatalog | undefined>;
	  }
	| undefined;

/** The bindings of a deployment that can take votes. */
type ConfiguredEnv = FeedbackEnv & { FEEDBACK_DB: D1Like; FEEDBACK_SECRET: string };

/** Whether this deployment can take votes: a database and a secret are bound. */
export function configured(env: FeedbackEnv): env is ConfiguredEnv {
	return env.FEEDBACK_DB !== undefined && (env.FEEDBACK_SECRET ?? '').length >= 16;
}

/** The built catalog from the deployed assets, read once per isolate (and again after a failure). */
function assetCatalog(
	env: FeedbackEnv,
	requestUrl: string,
): () => Promise<FeedbackCatalog | undefined> {
	let loading: Promise<FeedbackCatalog | undefined> | undefined;
	return () => {
		loading ??= (async () => {
			const response = await env.ASSETS?.fetch(
				new URL(FEEDBACK_CATALOG_PATH, requestUrl).toString(),
			);
			if (!response?.ok) return undefined;
			return parseCatalog(await response.json());
		})().then((catalog) => {
			if (!catalog) loading = undefined;
			return catalog;
		});
		return loading;
	};
}

/** One handler per isolate (its rate limiter lives there), rebuilt if the bindings change. */
function feedbackFor(env: ConfiguredEnv, requestUrl: string) {
	const { FEEDBACK_DB: db, FEEDBACK_SECRET: secret, SITE_ORIGIN: origin } = env;
	if (cached?.db !== db || cached.secret !== secret || cached.origin !== origin) {
		const catalog = assetCatalog(env, requestUrl);
		const handler = createFeedbackHandler({
			store: createD1Store(db),
			catalog,
			secret,
			allowedOrigin: parseAllowedOrigins(origin),
		});
		cached = { db, secret, origin, handler, catalog };
	}
	return cached;
}

/** POST and OPTIONS /api/feedback, and a 405 for anything else. */
export async function handleFeedback(context: PagesContext): Promise<Response> {
	const { env, request } = context;
	if (!configured(env)) {
		return Response.json(
			{ error: 'unavailable', message: 'Feedback is not set up on this deployment.' },
			{ status: 503, headers: { 'Cache-Control': 'no-store' } },
		);
	}
	// Cloudflare sets CF-Connecting-IP to the visitor's address and overwrites any value a client sends.
	return feedbackFor(env, request.url).handler(
		request,
		request.headers.get('CF-Connecting-IP') ?? '',
	);
}

/** Whether votes can be stored here: bindings present and the built catalog readable. */
export async function feedbackAvailable(context: PagesContext): Promise<boolean> {
	const { env, request } = context;
	if (!configured(env)) return false;
	return (await feedbackFor(env, request.url).catalog()) !== undefined;
}
