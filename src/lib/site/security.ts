/**
 * The Content-Security-Policy: the one place it is defined. astro.config.mjs hands `ASTRO_CSP` to
 * Astro, which writes it into every page's <meta> tag with hashes for its own inline code; the build
 * copies each page's policy into `_headers` (headers.ts) and adds `HEADER_ONLY_CSP_DIRECTIVES`. The
 * `/*` rule of public/_headers forbids framing for every other answer (404s included).
 */
import { APPLE_FEED_ORIGIN } from '../status/sources.ts';

/** The directives every page carries (scripts and styles are added by Astro with hashes). */
const CSP_DIRECTIVES = [
	"default-src 'self'",
	// The iCloud status widget reads Apple's feed directly when the relay is not deployed.
	`connect-src 'self' ${APPLE_FEED_ORIGIN}`,
	"img-src 'self' data:",
	// Pagefind runs on the page's main thread (noWorker, src/lib/search/query.ts): no page starts a worker.
	"worker-src 'none'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Script sources: our own files, and WebAssembly compilation for Pagefind's search engine. */
const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources: our own stylesheets (Astro adds hashes for its inline styles). */
const CSP_STYLE_SOURCES = ["'self'"] as const;

/** Directives a <meta> policy ignores, so they are sent only in the HTTP header. */
export const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The policy of the pages Astro writes at a renamed article's old address, served as they are by hosts
 * without `_redirects`. Such a page only sends the reader on (a refresh and a link, which no policy
 * governs) and loads nothing, so it allows nothing.
 */
export const REDIRECT_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

/** Astro's `security.csp` setting for this policy. */
export const ASTRO_CSP = {
	directives: [...CSP_DIRECTIVES],
	scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
	styleDirective: { resources: [...CSP_STYLE_SOURCES] },
};
