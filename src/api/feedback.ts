/**
 * The feedback endpoint: `POST /api/feedback` stores one reader's answer to "Did this fix it?".
 * Each rule is one small check in the route's chain (the checks every counting endpoint shares are in
 * src/api/post-checks.ts; src/api/app.ts mounts the route on every host that takes votes), and each refusal is a 4xx JSON that says why and stores nothing. The host passes the
 * reader's network address (the socket's on Node, `CF-Connecting-IP` on Cloudflare); it is hashed at
 * once and never stored, logged or answered.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import {
	FEEDBACK_AVAILABILITY_PATH,
	FEEDBACK_PATH,
	MAX_FEEDBACK_BYTES,
	type FeedbackAvailability,
} from '../lib/feedback/shared.ts';
import { LOCALES, SOURCE_LOCALE, toLocale, type Locale } from '../lib/i18n/locales.ts';
import {
	createRateLimiter,
	createReaderIdentity,
	DEFAULT_RATE_LIMIT,
	type RateLimit,
} from './feedback-reader.ts';
import type { FeedbackCatalog, FeedbackStore } from './feedback-store.ts';
import { json, refuse, type ApiEnv } from './http.ts';
import { postChecks, readBody, type ReaderCounting } from './post-checks.ts';

/** Settings for `createFeedback`. */
export interface FeedbackOptions {
	store: FeedbackStore;
	/** The built collection; undefined while there is none (the site has not been built). */
	catalog: () => Promise<FeedbackCatalog | undefined>;
	/** Keys the reader hash; from the host's settings, never from the database (see `secretProblem`). */
	secret: string;
	rateLimit?: RateLimit;
	now?: () => number;
}

/** Feedback on one host: where votes go, what they are checked against, and who a reader is. */
export interface Feedback extends ReaderCounting {
	store: FeedbackStore;
	catalog: () => Promise<FeedbackCatalog | undefined>;
}

/** Build the feedback of one process or isolate (its rate limiter lives in memory there). */
export function createFeedback(options: FeedbackOptions): Feedback {
	const now = options.now ?? Date.now;
	return {
		store: options.store,
		catalog: options.catalog,
		readerOf: createReaderIdentity(options.secret),
		overLimit: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, now),
		now,
	};
}

/** What a host tells the feedback routes. */
export interface FeedbackHost<B extends object> {
	/** This host's feedback, or undefined while it can't take votes (nothing bound yet). */
	feedback: (c: Context<ApiEnv<B>>) => Feedback | undefined;
	/** The reader's network address as the host knows it; never a header a client can choose. */
	clientAddress: (c: Context<ApiEnv<B>>) => string;
}

/** The methods the vote path answers. */
export const FEEDBACK_METHODS = ['POST', 'OPTIONS'];

const LANGUAGES = `Send "lang" as the page's language, one of ${LOCALES.join(', ')} (or pt-BR), or leave it out for English.`;

const VoteSchema = z.strictObject(
	{
		article: z.string({
			error: 'Send "article" as the address of a fix article, such as "restart-iphone".',
		}),
		fixed: z.boolean({ error: 'Send "fixed" as true or false.' }),
		step: z.optional(
			z.string({ error: 'Send "step" as the id of one of the article’s steps, or leave it out.' }),
		),
		lang: z.optional(z.string({ error: LANGUAGES })),
	},
	{
		error:
			'Send a JSON object with "article", "fixed" and, if you like, "step" and "lang", and nothing else.',
	},
);

/** Mount POST/OPTIONS /api/feedback and GET /api/feedback-availability.json on `app`. */
export function mountFeedback<B extends object>(
	app: Hono<ApiEnv<B>>,
	host: FeedbackHost<B>,
	allowedOrigins: (c: Context<ApiEnv<B>>) => readonly string[],
): void {
	const checks = postChecks<B, Feedback>({
		methods: FEEDBACK_METHODS,
		allowedOrigins,
		bound: host.feedback,
		keep: (c, feedback) => c.set('feedback', feedback),
		clientAddress: host.clientAddress,
		maxBytes: MAX_FEEDBACK_BYTES,
		say: {
			origin: 'Votes are taken only from the help center’s own pages.',
			unavailable: 'Feedback is not set up on this deployment.',
			rateLimited: 'Too many answers from one place in a short time. Please try again later.',
			mediaType: 'Send the vote as JSON, with Content-Type: application/json.',
			tooLarge: `A vote is a few bytes; this body is over ${MAX_FEEDBACK_BYTES} bytes.`,
		},
	});
	app.on(FEEDBACK_METHODS, [FEEDBACK_PATH], ...checks, storeVote<B>());
	app.all(FEEDBACK_PATH, (c) =>
		refuse(
			c,
			405,
			'method_not_allowed',
			`Send votes with POST (${FEEDBACK_METHODS.join(', ')} are allowed here).`,
		),
	);

	app.get(FEEDBACK_AVAILABILITY_PATH, async (c) => {
		const feedback = host.feedback(c);
		const body: FeedbackAvailability = {
			available: feedback !== undefined && (await feedback.catalog()) !== undefined,
		};
		return json(c, body);
	});
	app.all(FEEDBACK_AVAILABILITY_PATH, (c) => refuse(c, 405, 'method_not_allowed', 'Use GET.'));
}

/** The last checks, which need the body and the catalog, and the write. */
function storeVote<B extends object>(): MiddlewareHandler<ApiEnv<B>> {
	return async (c) => {
		const vote = await readBody(c, VoteSchema, 'invalid_vote');
		if (vote instanceof Response) return vote;
		const { article, fixed, step } = vote;
		const lang = languageOf(vote.lang);
		if (!lang)
			return refuse(
				c,
				422,
				'unknown_language',
				`${quote(vote.lang ?? '')} is not a language of this site. ${LANGUAGES}`,
			);

		const feedback = c.get('feedback');
		const catalog = await feedback.catalog();
		if (!catalog)
			return refuse(
				c,
				503,
				'unavailable',
				'Feedback is not available here yet: the site has not been built.',
			);
		const steps = catalog.get(article);
		if (!steps)
			return refuse(
				c,
				422,
				'unknown_article',
				`${quote(article)} is not the address of a fix article on this site.`,
			);
		if (step !== undefined && !fixed)
			return refuse(c, 422, 'invalid_vote', 'A step can be named only with "fixed": true.');
		if (step !== undefined && !steps.includes(step))
			return refuse(c, 422, 'unknown_step', `${quote(article)} has no step ${quote(step)}.`);

		try {
			await feedback.store.save({
				day: c.get('day'),
				reader: c.get('reader'),
				article,
				fixed,
				step: step ?? null,
				lang,
			});
		} catch (error) {
			console.error('A vote could not be stored:', error);
			return refuse(
				c,
				503,
				'unavailable',
				'Your answer could not be stored just now. Please try again later.',
			);
		}
		return json(c, { stored: true, article, fixed, step: step ?? null, lang });
	};
}

/** The vote's language as the site names it (`pt-BR` is `pt-br`), or undefined for another. */
function languageOf(lang: string | undefined): Locale | undefined {
	// Clients from before the site had languages send none: their pages were English.
	return lang === undefined ? SOURCE_LOCALE : toLocale(lang);
}

/** A value from the request, shortened and quoted for a message. */
function quote(value: string): string {
	return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
