/** Hosts a page may connect to besides its own: Apple's status feed, read by the iCloud status widget. */
export const STATUS_FEED_ORIGIN = 'https://www.apple.com';

/** The Content Security Policy directives every page carries (scripts and styles are added by Astro with hashes). */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	`connect-src 'self' ${STATUS_FEED_ORIGIN}`,
	"img-src 'self' data:",
	// Pagefind searches in a Web Worker served from /pagefind/.
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Script sources: our own files, and WebAssembly compilation for Pagefind's search engine. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
