/**
 * The checks a reader's POST passes before its body is read, shared by the endpoints that count
 * readers (feedback, unanswered searches): the origin, CORS, whether the host has the endpoint set
 * up, the rate limit, the content type and the size, in that order. Each refusal is a 4xx JSON that
 * says why, in the endpoint's own words, and nothing is stored.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type * as z from 'zod/mini';
import { utcDay } from './feedback-reader.ts';
import { refuse, type ApiEnv } from './http.ts';

/** What an endpoint that counts readers has on a host: who a reader is, their rate limit, the clock. */
export interface ReaderCounting {
	/** The reader id for a network address on a day (src/api/feedback-reader.ts). */
	readerOf: (address: string, day: string, about?: string) => Promise<string>;
	/** Seconds to wait when this reader is over the rate limit. */
	overLimit: (reader: string) => number | undefined;
	now: () => number;
}

/** The sentences of the refusals, in an endpoint's words. */
interface Refusals {
	origin: string;
	unavailable: string;
	rateLimited: string;
	mediaType: string;
	tooLarge: string;
}

/** What one endpoint tells its checks. */
interface PostChecks<B extends object, S extends ReaderCounting> {
	methods: readonly string[];
	allowedOrigins: (c: Context<ApiEnv<B>>) => readonly string[];
	/** The endpoint on this host, or undefined while it can't take requests (nothing bound yet). */
	bound: (c: Context<ApiEnv<B>>) => S | undefined;
	/** Keep the bound endpoint for the handler. */
	keep: (c: Context<ApiEnv<B>>, bound: S) => void;
	/** The reader's network address as the host knows it; never a header a client can choose. */
	clientAddress: (c: Context<ApiEnv<B>>) => string;
	maxBytes: number;
	say: Refusals;
}

/** The checks, in order; after them `c.get('reader')` and `c.get('day')` are set. */
export function postChecks<B extends object, S extends ReaderCounting>(
	checks: PostChecks<B, S>,
): MiddlewareHandler<ApiEnv<B>>[] {
	type Check = MiddlewareHandler<ApiEnv<B>>;
	const { say } = checks;

	// Browsers always send Origin with a POST, so a request without one did not come from the site.
	const fromTheSite: Check = async (c, next) => {
		const origin = c.req.header('origin');
		if (origin === undefined || !checks.allowedOrigins(c).includes(origin))
			return refuse(c, 403, 'forbidden_origin', say.origin);
		return next();
	};
	// Only origins `fromTheSite` let through get here, so every one is allowed.
	const preflight = cors({
		origin: (origin) => origin,
		allowMethods: [...checks.methods],
		allowHeaders: ['Content-Type'],
		maxAge: 86400,
	});
	// Counted before the body is read, so that a flood of bad requests is limited too.
	const boundAndWithinRateLimit: Check = async (c, next) => {
		const bound = checks.bound(c);
		if (!bound) return refuse(c, 503, 'unavailable', say.unavailable);
		checks.keep(c, bound);
		const day = utcDay(bound.now());
		const reader = await bound.readerOf(checks.clientAddress(c), day);
		const retryAfter = bound.overLimit(reader);
		if (retryAfter !== undefined) {
			c.header('Retry-After', String(retryAfter));
			return refuse(c, 429, 'rate_limited', say.rateLimited);
		}
		c.set('reader', reader);
		c.set('day', day);
		return next();
	};
	const sentAsJson: Check = async (c, next) => {
		const mediaType = (c.req.header('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase();
		if (mediaType !== 'application/json')
			return refuse(c, 415, 'unsupported_media_type', say.mediaType);
		return next();
	};
	const small = bodyLimit({
		maxSize: checks.maxBytes,
		onError: (c) => refuse(c, 413, 'too_large', say.tooLarge),
	});
	return [fromTheSite, preflight, boundAndWithinRateLimit, sentAsJson, small];
}

/**
 * The body read as JSON and checked against `schema`, or the refusal to answer instead: 400 when it
 * is not JSON, 422 with `invalid` and the schema's first message when it is not in the form.
 */
export async function readBody<T>(
	c: Context,
	schema: z.ZodMiniType<T>,
	invalid: 'invalid_vote' | 'invalid_search',
): Promise<T | Response> {
	let body: unknown;
	try {
		body = JSON.parse(await c.req.text());
	} catch {
		return refuse(c, 400, 'malformed_json', 'The body is not valid JSON.');
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success)
		return refuse(
			c,
			422,
			invalid,
			parsed.error.issues[0]?.message ?? 'The body is not in the expected form.',
		);
	return parsed.data;
}
