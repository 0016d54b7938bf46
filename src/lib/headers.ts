const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]+)"/i;

/** The policy a built page declares in its <meta> tag, if any. */
export function readMetaCsp(html: string): string | undefined {
	return META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The same policy as an HTTP header, where `frame-ancestors` also takes effect. */
export function toHeaderCsp(metaPolicy: string): string {
	const directives = metaPolicy
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean);
	return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** `_headers` rules giving each page its own Content-Security-Policy header. */
export function cspHeaderRules(policies: ReadonlyMap<string, string>): string {
	return [...policies]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, policy]) => `${path}\n  Content-Security-Policy: ${toHeaderCsp(policy)}\n`)
		.join('\n');
}
