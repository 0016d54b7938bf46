/**
 * Cloudflare Pages Function for /api/feedback: a thin adapter over the shared feedback handler,
 * storing votes in the D1 database bound as FEEDBACK_DB. See docs/feedback.md.
 */
import { handleFeedback, type PagesContext } from '../../src/api/feedback-cloudflare.ts';

/** POST and OPTIONS; the handler answers 405 for every other method. */
export const onRequest = (context: PagesContext): Promise<Response> => handleFeedback(context);
