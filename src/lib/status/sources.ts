/**
 * Where the iCloud status widget and its relay get their data: the one place to change it.
 * Imported by the island (through Vite) and by the relay (through Node's type stripping),
 * so it uses relative `.ts` imports only and no path aliases.
 */

/** Apple's human-readable System Status page, linked whenever we can't say more. The one place Apple's host is written. */
export const APPLE_STATUS_PAGE_URL = 'https://www.apple.com/support/systemstatus/';

/** Apple's consumer System Status feed, beside that page (en_US; service names are matched in English). */
export const APPLE_FEED_URL = new URL('data/system_status_en_US.js', APPLE_STATUS_PAGE_URL).href;

/** The origin a page connects to for the feed: the CSP's connect-src and the e2e host allow-list derive from it. */
export const APPLE_FEED_ORIGIN = new URL(APPLE_FEED_URL).origin;

/** Same-origin path of our relay (Cloudflare Pages Function, Netlify Function, or `npm run api`). */
export const RELAY_PATH = '/api/icloud-status';

/** Largest feed body we read, in bytes; the real feed is 5–10 KB. */
export const MAX_FEED_BYTES = 512 * 1024;

/** How long one source may take before we give up on it and try the next. */
export const FETCH_TIMEOUT_MS = 8_000;

/** How often the widget refreshes while the page is visible. */
export const AUTO_REFRESH_MS = 2 * 60_000;

/** Seconds browsers and CDNs may reuse a relay answer (`Cache-Control: public, max-age`). */
export const RELAY_MAX_AGE_SECONDS = 60;

/** What a source returns: our relay's normalised JSON, or Apple's raw feed. */
type StatusSourceFormat = 'relay' | 'apple-feed';

/** One place the widget can ask, in order. */
export interface StatusSource {
	/** Short id used in results and logs. */
	readonly id: 'relay' | 'apple';
	readonly url: string;
	readonly format: StatusSourceFormat;
	/** Append `_=<Date.now()>` like Apple's own page does, so no cache answers for Apple. */
	readonly cacheBust: boolean;
}

/**
 * The widget tries these in order and stops at the first readable answer.
 * On a plain static host the relay 404s and the widget falls through to Apple's feed.
 */
export const STATUS_SOURCES: readonly StatusSource[] = [
	{ id: 'relay', url: RELAY_PATH, format: 'relay', cacheBust: false },
	{ id: 'apple', url: APPLE_FEED_URL, format: 'apple-feed', cacheBust: true },
];
