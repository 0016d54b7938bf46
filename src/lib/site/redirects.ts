import { REDIRECT_PAGE_CSP } from './security.ts';

/** A redirect as `astro.config.mjs` writes it: a destination, or a destination with a status. */
export type RedirectTarget = string | { destination: string; status?: number };

/** `_redirects` for Cloudflare Pages and Netlify: one `from to status` line per renamed address. */
export function redirectRules(redirects: Readonly<Record<string, RedirectTarget>>): string {
	const lines = Object.entries(redirects).map(([from, to]) =>
		typeof to === 'string' ? `${from} ${to} 301` : `${from} ${to.destination} ${to.status ?? 301}`,
	);
	return lines.map((line) => `${line}\n`).join('');
}

/**
 * Astro writes its redirect pages without an `<html>` element or a Content-Security-Policy: give them
 * both, with the language of the rest of the site, so every page is a complete document (and Pagefind
 * reads it without a warning) and hosts without `_redirects` serve it under a policy.
 */
export function completeRedirectPage(html: string, lang: string): string {
	if (/<html[\s>]/i.test(html)) return html;
	const body = html.replace(/^<!doctype html>\s*/i, '');
	const policy = `<meta http-equiv="content-security-policy" content="${REDIRECT_PAGE_CSP}">`;
	return `<!doctype html>\n<html lang="${lang}">\n${policy}\n${body}\n</html>\n`;
}
