/**
 * What the "Did this fix it?" widget, the feedback endpoint and the build agree on.
 * Imported by the browser script (through Vite) and by the endpoint (through Node's type
 * stripping and the hosts' bundlers), so it uses no imports at all. A step is one of an article's
 * `##` headings: the page lists them and the catalog is built from them in the same way.
 */

/** Where a vote is sent: `POST` with `{"article": "<address>", "fixed": true|false, "step"?: "<step-id>", "lang"?: "es"}`. */
export const FEEDBACK_PATH = '/api/feedback';

/**
 * Whether this host takes votes. The build writes this file with `{"available": false}`; a host that
 * runs the endpoint answers the same path with `{"available": true}` from its function or server.
 * The widget asks here first, so on a static host it gets a 200 and stays hidden, instead of
 * sending a vote into a 404 (which Chromium logs as a console error that no script can prevent).
 */
export const FEEDBACK_AVAILABILITY_PATH = '/api/feedback-availability.json';

/** The built collection the endpoint checks votes against: every fix article and its step ids. */
export const FEEDBACK_CATALOG_PATH = '/api/feedback-catalog.json';

/** The largest request body the endpoint reads, in bytes. */
export const MAX_FEEDBACK_BYTES = 2048;

/** `{"available": …}`, the body at FEEDBACK_AVAILABILITY_PATH. */
export interface FeedbackAvailability {
	available: boolean;
}

/** One fix article and the ids of its steps, as the build publishes them. */
interface CatalogArticle {
	article: string;
	steps: string[];
}

/** The body at FEEDBACK_CATALOG_PATH. */
export interface FeedbackCatalogFile {
	schema: 1;
	articles: CatalogArticle[];
}
