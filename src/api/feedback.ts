/**
 * The feedback endpoint: `POST /api/feedback` stores one reader's answer to "Did this fix it?".
 * Web-standard Request/Response only, like the status relay beside it, so the Node server
 * (`npm run api`) and the Cloudflare Pages Function share it. The host adapter passes the reader's
 * network address (the socket's on Node, `CF-Connecting-IP` on Cloudflare); it is hashed at once
 * and never stored, logged or answered. Refusals are 4xx JSON with a message, and store nothing.
 */
import * as z from 'zod/mini';
import { MAX_FEEDBACK_BYTES, type FeedbackAvailability } from '../lib/feedback/shared.ts';
import {
	createRateLimiter,
	createReaderIdentity,
	DEFAULT_RATE_LIMIT,
	utcDay,
	type RateLimit,
} from './feedback-reader.ts';
import type { FeedbackCatalog, FeedbackStore } from './feedback-store.ts';

/** Settings for `createFeedbackHandler`. */
export interface FeedbackOptions {
	store: FeedbackStore;
	/** The built collection; undefined while there is none (the site has not been built). */
	catalog: () => Promise<FeedbackCatalog | undefined>;
	/** Keys the reader hash; from the host's settings, never from the database. At least 16 characters. */
	secret: string;
	/** Origins allowed to send votes (SITE_ORIGIN). */
	allowedOrigin: readonly string[];
	rateLimit?: RateLimit;
	now?: () => number;
}

/** Answers one request; `clientAddress` is the reader's network address as the host sees it. */
export type FeedbackHandler = (request: Request, clientAddress: string) => Promise<Response>;

/** The JSON body of every refusal. */
export interface FeedbackError {
	error:
		| 'method_not_allowed'
		| 'forbidden_origin'
		| 'rate_limited'
		| 'unsupported_media_type'
		| 'too_large'
		| 'malformed_json'
		| 'invalid_vote'
		| 'unknown_article'
		| 'unknown_step'
		| 'unavailable';
	message: string;
}

const ALLOWED_METHODS = 'POST, OPTIONS';

const VoteSchema = z.strictObject(
	{
		article: z.string({
			error: 'Send "article" as the address of a fix article, such as "restart-iphone".',
		}),
		fixed: z.boolean({ error: 'Send "fixed" as true or false.' }),
		step: z.optional(
			z.string({ error: 'Send "step" as the id of one of the article’s steps, or leave it out.' }),
		),
	},
	{
		error: 'Send a JSON object with "article", "fixed" and, if you like, "step", and nothing else.',
	},
);

/** Build the feedback handler. */
export function createFeedbackHandler(options: FeedbackOptions): FeedbackHandler {
	const allowed = new Set(options.allowedOrigin);
	const now = options.now ?? Date.now;
	const readerOf = createReaderIdentity(options.secret);
	const overLimit = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);

	return async (request, clientAddress) => {
		const headers = new Headers({
			Vary: 'Origin',
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
		});
		const origin = request.headers.get('origin');
		const method = request.method.toUpperCase();
		if (method !== 'POST' && method !== 'OPTIONS') {
			headers.set('Allow', ALLOWED_METHODS);
			return refuse(
				405,
				'method_not_allowed',
				`Send votes with POST (${ALLOWED_METHODS} are allowed here).`,
				headers,
			);
		}
		// Browsers always send Origin with a POST, so a vote without one did not come from the site.
		if (origin === null || !allowed.has(origin)) {
			return refuse(
				403,
				'forbidden_origin',
				'Votes are taken only from the help center’s own pages.',
				headers,
			);
		}
		headers.set('Access-Control-Allow-Origin', origin);
		if (method === 'OPTIONS') {
			headers.set('Allow', ALLOWED_METHODS);
			headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
			headers.set('Access-Control-Allow-Headers', 'Content-Type');
			headers.set('Access-Control-Max-Age', '86400');
			return new Response(null, { status: 204, headers });
		}

		const day = utcDay(now());
		const reader = await readerOf(clientAddress, day);
		const retryAfter = overLimit(reader);
		if (retryAfter !== undefined) {
			headers.set('Retry-After', String(retryAfter));
			return refuse(
				429,
				'rate_limited',
				'Too many answers from one place in a short time. Please try again later.',
				headers,
			);
		}
		const mediaType = (request.headers.get('content-type') ?? '')
			.split(';', 1)[0]
			?.trim()
			.toLowerCase();
		if (mediaType !== 'application/json') {
			return refuse(
				415,
				'unsupported_media_type',
				'Send the vote as JSON, with Content-Type: application/json.',
				headers,
			);
		}
		const text = await readCapped(request, MAX_FEEDBACK_BYTES);
		if (text === undefined)
			return refuse(
				413,
				'too_large',
				`A vote is a few bytes; this body is over ${MAX_FEEDBACK_BYTES} bytes.`,
				headers,
			);

		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			return refuse(400, 'malformed_json', 'The body is not valid JSON.', headers);
		}
		const parsed = VoteSchema.safeParse(body);
		if (!parsed.success)
			return refuse(
				422,
				'invalid_vote',
				parsed.error.issues[0]?.message ?? 'The vote is not in the expected form.',
				headers,
			);
		const { article, fixed, step } = parsed.data;

		const catalog = await options.catalog();
		if (!catalog)
			return refuse(
				503,
				'unavailable',
				'Feedback is not available here yet: the site has not been built.',
				headers,
			);
		const steps = catalog.get(article);
		if (!steps)
			return refuse(
				422,
				'unknown_article',
				`${quote(article)} is not the address of a fix article on this site.`,
				headers,
			);
		if (step !== undefined && !fixed)
			return refuse(422, 'invalid_vote', 'A step can be named only with "fixed": true.', headers);
		if (step !== undefined && !steps.includes(step)) {
			return refuse(422, 'unknown_step', `${quote(article)} has no step ${quote(step)}.`, headers);
		}

		try {
			await options.store.save({ day, reader, article, fixed, step: step ?? null });
		} catch {
			return refuse(
				503,
				'unavailable',
				'Your answer could not be stored just now. Please try again later.',
				headers,
			);
		}
		return json(200, { stored: true, article, fixed, step: step ?? null }, headers);
	};
}

/** The answer at FEEDBACK_AVAILABILITY_PATH from a host that takes votes (or, with `false`, one that can't now). */
export function availabilityResponse(available: boolean): Response {
	const body: FeedbackAvailability = { available };
	return json(
		200,
		body,
		new Headers({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }),
	);
}

/** The body as text, or undefined once it passes `limit` bytes (Content-Length is not trusted alone). */
async function readCapped(request: Request, limit: number): Promise<string | undefined> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) return undefined;
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return new TextDecoder().decode(bytes);
}

/** A value from the request, shortened and quoted for a message. */
function quote(value: string): string {
	return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

function refuse(
	status: number,
	error: FeedbackError['error'],
	message: string,
	headers: Headers,
): Response {
	const body: FeedbackError = { error, message };
	return json(status, body, headers);
}

function json(status: number, body: unknown, headers: Headers): Response {
	headers.set('Content-Type', 'application/json; charset=utf-8');
	return new Response(JSON.stringify(body), { status, headers });
}
