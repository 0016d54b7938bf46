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
 * Astro writes its redirect pages without an `<html>` element: give them one, with the language of
 * the rest of the site, so every page is a complete document (and Pagefind reads it without a warning).
 */
export function completeRedirectPage(html: string, lang: string): string {
	if (/<html[\s>]/i.test(html)) return html;
	const body = html.replace(/^<!doctype html>\s*/i, '');
	return `<!doctype html>\n<html lang="${lang}">\n${body}\n</html>\n`;
}
