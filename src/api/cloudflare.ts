/**
 * The /api app on Cloudflare Pages Functions: functions/api/*.ts each hand their requests to
 * `onRequest`, so one app per isolate serves the relay, feedback and unanswered searches (both in the
 * D1 database).
 * Bindings: FEEDBACK_DB (D1, migrated with migrations/), FEEDBACK_SECRET (see `secretProblem`),
 * SITE_ORIGIN (the allowed origins). See docs/feedback.md, docs/unanswered-searches.md and docs/relay.md.
 */
import type { Context } from 'hono';
import { FEEDBACK_CATALOG_PATH } from '../lib/feedback/shared.ts';
import { createApiApp, parseAllowedOrigins } from './app.ts';
import { createFeedback, type Feedback } from './feedback.ts';
import { secretProblem } from './feedback-reader.ts';
import {
	createD1Store,
	parseCatalog,
	type D1Like,
	type FeedbackCatalog,
} from './feedback-store.ts';
import type { ApiEnv } from './http.ts';
import { createStatusRelay } from './relay.ts';
import { createUnanswered, type Unanswered } from './unanswered.ts';
import { createD1UnansweredStore } from './unanswered-store.ts';

/** The bindings the app reads (typed here; no Workers types package). */
export interface CloudflareEnv {
	FEEDBACK_DB?: D1Like;
	FEEDBACK_SECRET?: string;
	SITE_ORIGIN?: string;
	/** The deployed site's static files; the built catalog is one of them. */
	ASSETS?: { fetch(input: Request | string): Promise<Response> };
}

/** The parts of the Pages Functions context the app uses. */
interface PagesContext {
	request: Request;
	env: CloudflareEnv;
}

type CloudflareContext = Context<ApiEnv<CloudflareEnv>>;

/** The built catalog from the deployed assets, read once per isolate (and again after a failure). */
function assetCatalog(
	env: CloudflareEnv,
	requestUrl: string,
): () => Promise<FeedbackCatalog | undefined> {
	let loading: Promise<FeedbackCatalog | undefined> | undefined;
	return () => {
		loading ??= (async () => {
			const response = await env.ASSETS?.fetch(
				new URL(FEEDBACK_CATALOG_PATH, requestUrl).toString(),
			);
			if (!response?.ok) return undefined;
			try {
				return parseCatalog(await response.json());
			} catch (error) {
				console.error(
					`The feedback catalog ${FEEDBACK_CATALOG_PATH} can't be used: ${(error as Error).message}`,
				);
				return undefined;
			}
		})().then((catalog) => {
			if (!catalog) loading = undefined;
			return catalog;
		});
		return loading;
	};
}

let cached: { db: D1Like; secret: string; feedback: Feedback; unanswered: Unanswered } | undefined;
let warned: string | undefined;

/**
 * Feedback and unanswered searches while a database and a good secret are bound: one of each per
 * isolate, rebuilt if they change.
 */
function boundTo(c: CloudflareContext): NonNullable<typeof cached> | undefined {
	const { FEEDBACK_DB: db, FEEDBACK_SECRET: secret = '' } = c.env;
	if (db === undefined) return undefined;
	const problem = secretProblem(secret);
	if (problem !== undefined) {
		// Said once per isolate, in the deployment's log: the buttons stay hidden until it is fixed.
		if (warned !== secret) console.error(`Feedback and unanswered searches are off: ${problem}`);
		warned = secret;
		return undefined;
	}
	if (cached?.db !== db || cached.secret !== secret) {
		const feedback = createFeedback({
			store: createD1Store(db),
			catalog: assetCatalog(c.env, c.req.url),
			secret,
		});
		const unanswered = createUnanswered({ store: createD1UnansweredStore(db), secret });
		cached = { db, secret, feedback, unanswered };
	}
	return cached;
}

// Cloudflare sets CF-Connecting-IP to the visitor's address and overwrites any value a client sends.
const clientAddress = (c: CloudflareContext) => c.req.header('CF-Connecting-IP') ?? '';

const app = createApiApp<CloudflareEnv>({
	allowedOrigins: (c) => parseAllowedOrigins(c.env.SITE_ORIGIN),
	relay: createStatusRelay(),
	feedback: { feedback: (c) => boundTo(c)?.feedback, clientAddress },
	unanswered: { unanswered: (c) => boundTo(c)?.unanswered, clientAddress },
});

/**
 * The Pages Functions handler. `app.fetch` rather than `hono/cloudflare-pages`'s `handle`, which
 * Hono has deprecated (to be removed in v5) and which only makes this same call.
 */
export const onRequest = (context: PagesContext): Response | Promise<Response> =>
	app.fetch(context.request, context.env);
