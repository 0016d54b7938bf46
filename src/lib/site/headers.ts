import { HEADER_ONLY_CSP_DIRECTIVES } from './security.ts';

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]+)"/i;

/** The policy a built page declares in its <meta> tag, if any. */
export function readMetaCsp(html: string): string | undefined {
	return META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The same policy as an HTTP header, with the directives only a header can carry. */
export function toHeaderCsp(metaPolicy: string): string {
	const directives = metaPolicy
		.split(';')
		.map((directive) => directive.trim())
		.filter(Boolean);
	return [...directives, ...HEADER_ONLY_CSP_DIRECTIVES].join('; ');
}

/** `_headers` rules giving each page its own Content-Security-Policy header. */
export function cspHeaderRules(policies: ReadonlyMap<string, string>): string {
	return [...policies]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, policy]) => `${path}\n  Content-Security-Policy: ${toHeaderCsp(policy)}\n`)
		.join('\n');
}
