/**
 * The unanswered-search endpoint: `POST /api/unanswered` counts a search a reader left without
 * opening a result (docs/unanswered-searches.md). It runs the same checks as feedback
 * (src/api/post-checks.ts), then keeps only the scrubbed query (src/lib/search/unanswered.ts), the
 * language and the day, counting a reader once per query and day. The reader's network address is
 * hashed at once and never stored, logged or answered.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { LOCALES, toLocale } from '../lib/i18n/locales.ts';
import {
	MAX_UNANSWERED_BYTES,
	scrubQuery,
	UNANSWERED_AVAILABILITY_PATH,
	UNANSWERED_PATH,
	type UnansweredAvailability,
} from '../lib/search/unanswered.ts';
import {
	createRateLimiter,
	createReaderIdentity,
	DEFAULT_RATE_LIMIT,
	type RateLimit,
} from './feedback-reader.ts';
import { json, refuse, type ApiEnv } from './http.ts';
import { postChecks, readBody, type ReaderCounting } from './post-checks.ts';
import type { UnansweredStore } from './unanswered-store.ts';

/** Settings for `createUnanswered`. */
interface UnansweredOptions {
	store: UnansweredStore;
	/** The feedback secret: readers are counted with the same daily keys (see `secretProblem`). */
	secret: string;
	rateLimit?: RateLimit;
	now?: () => number;
}

/** Unanswered searches on one host: where they go and who a reader is. */
export interface Unanswered extends ReaderCounting {
	store: UnansweredStore;
}

/** Build the endpoint of one process or isolate, with its own rate limiter, apart from the votes'. */
export function createUnanswered(options: UnansweredOptions): Unanswered {
	const now = options.now ?? Date.now;
	return {
		store: options.store,
		readerOf: createReaderIdentity(options.secret),
		overLimit: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, now),
		now,
	};
}

/** What a host tells the route. */
export interface UnansweredHost<B extends object> {
	/** This host's endpoint, or undefined while it can't count (nothing bound yet). */
	unanswered: (c: Context<ApiEnv<B>>) => Unanswered | undefined;
	/** The reader's network address as the host knows it; never a header a client can choose. */
	clientAddress: (c: Context<ApiEnv<B>>) => string;
}

/** The methods the path answers. */
export const UNANSWERED_METHODS = ['POST', 'OPTIONS'];

const SearchSchema = z.strictObject(
	{
		query: z.string({ error: 'Send "query" as the text the reader searched for.' }),
		lang: z.string({ error: `Send "lang" as the page's language: ${LOCALES.join(', ')}.` }),
	},
	{ error: 'Send a JSON object with "query" and "lang", and nothing else.' },
);

/** Mount POST/OPTIONS /api/unanswered and GET /api/unanswered-availability.json on `app`. */
export function mountUnanswered<B extends object>(
	app: Hono<ApiEnv<B>>,
	host: UnansweredHost<B>,
	allowedOrigins: (c: Context<ApiEnv<B>>) => readonly string[],
): void {
	const checks = postChecks<B, Unanswered>({
		methods: UNANSWERED_METHODS,
		allowedOrigins,
		bound: host.unanswered,
		keep: (c, unanswered) => c.set('unanswered', unanswered),
		clientAddress: host.clientAddress,
		maxBytes: MAX_UNANSWERED_BYTES,
		say: {
			origin: 'Searches are counted only from the help center’s own pages.',
			unavailable: 'Unanswered searches are not counted on this deployment.',
			rateLimited: 'Too many searches from one place in a short time. Please try again later.',
			mediaType: 'Send the search as JSON, with Content-Type: application/json.',
			tooLarge: `A search is a few hundred bytes; this body is over ${MAX_UNANSWERED_BYTES} bytes.`,
		},
	});
	app.on(UNANSWERED_METHODS, [UNANSWERED_PATH], ...checks, countSearch<B>(host));
	app.all(UNANSWERED_PATH, (c) =>
		refuse(
			c,
			405,
			'method_not_allowed',
			`Send searches with POST (${UNANSWERED_METHODS.join(', ')} are allowed here).`,
		),
	);

	app.get(UNANSWERED_AVAILABILITY_PATH, (c) => {
		const body: UnansweredAvailability = { available: host.unanswered(c) !== undefined };
		return json(c, body);
	});
	app.all(UNANSWERED_AVAILABILITY_PATH, (c) => refuse(c, 405, 'method_not_allowed', 'Use GET.'));
}

/** The last checks, which need the body, and the write. */
function countSearch<B extends object>(host: UnansweredHost<B>): MiddlewareHandler<ApiEnv<B>> {
	return async (c) => {
		const search = await readBody(c, SearchSchema, 'invalid_search');
		if (search instanceof Response) return search;
		const lang = toLocale(search.lang);
		if (!lang)
			return refuse(
				c,
				422,
				'unknown_language',
				`"lang" must be one of ${LOCALES.join(', ')} (or pt-BR), the site's languages.`,
			);
		const query = scrubQuery(search.query);
		// Not an error: the reader's search was all personal detail (or empty), so there is nothing to
		// count, and a client must not send it again.
		if (query === '')
			return json(c, {
				counted: false,
				reason: 'nothing_left',
				message:
					'Nothing is left of this query once digits, addresses, phone numbers, keys and codes are removed, so it is not counted.',
			});

		const unanswered = c.get('unanswered');
		const day = c.get('day');
		try {
			await unanswered.store.save({
				day,
				lang,
				query,
				reader: await unanswered.readerOf(host.clientAddress(c), day, `${lang}\n${query}`),
			});
		} catch (error) {
			console.error('An unanswered search could not be stored:', error);
			return refuse(
				c,
				503,
				'unavailable',
				'The search could not be counted just now. Please try again later.',
			);
		}
		return json(c, { counted: true, query, lang });
	};
}
