/**
 * The JSON answers every /api endpoint gives: one body shape for every refusal, `{"error", "message"}`,
 * so a reader's script, an operator's curl and the tests read them the same way on every host.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Feedback } from './feedback.ts';
import type { Unanswered } from './unanswered.ts';

/** The API app's Hono environment: the host's bindings, and what the checks (post-checks.ts) pass on. */
export interface ApiEnv<B extends object = object> {
	Bindings: B;
	Variables: { feedback: Feedback; unanswered: Unanswered; reader: string; day: string };
}

/** Every error code an /api answer can carry. */
type ApiErrorCode =
	| 'not_found'
	| 'method_not_allowed'
	| 'bad_request'
	| 'request_timeout'
	| 'headers_too_large'
	| 'internal'
	| 'upstream_failed'
	| 'forbidden_origin'
	| 'rate_limited'
	| 'unsupported_media_type'
	| 'too_large'
	| 'malformed_json'
	| 'invalid_vote'
	| 'unknown_article'
	| 'unknown_step'
	| 'invalid_search'
	| 'unknown_language'
	| 'unavailable';

/** The body of every refusal; some endpoints add fields (the relay adds Apple's status page). */
interface ApiError {
	error: ApiErrorCode;
	message: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer, with the headers already set on `c` (CORS, Allow…). */
export function json(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
	return c.json(body, status, { 'Content-Type': JSON_TYPE });
}

/** A refusal: `{"error": code, "message": a sentence}` and any extra fields. */
export function refuse(
	c: Context,
	status: ContentfulStatusCode,
	error: ApiErrorCode,
	message: string,
	extra: Record<string, unknown> = {},
): Response {
	const body: ApiError = { error, message, ...extra };
	return json(c, body, status);
}

/** A refusal outside any route (a request Node's parser could not read), as a plain Response. */
export function refusalResponse(
	status: ContentfulStatusCode,
	error: ApiErrorCode,
	message: string,
): Response {
	const body: ApiError = { error, message };
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			'Content-Type': JSON_TYPE,
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
		},
	});
}
