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

/**
 * What Cloudflare Pages reads of `_headers` (developers.cloudflare.com/pages/configuration/headers):
 * at most 100 rules and lines of at most 2,000 characters. Past either limit it drops the rest or the
 * line with only a warning in the deploy log, so a rule the site relies on must sit within them.
 */
const CLOUDFLARE_HEADERS_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** One `_headers` rule: a path pattern and its headers, names lower-cased. */
export interface HeaderRule {
	path: string;
	headers: Map<string, string>;
}

/**
 * `_headers` as Cloudflare Pages reads it (Netlify reads the same format without the limits): a line
 * starting with `/` opens a rule, indented `Name: value` lines follow, a header repeated in one rule is
 * joined with ", ", and a later rule for the same path replaces the earlier one.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules = new Map<string, HeaderRule>();
	let opened = 0;
	let current: HeaderRule | undefined;
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (line.length > CLOUDFLARE_HEADERS_LIMITS.lineLength) continue;
		if (line.startsWith('/') || /^\S+:\/\//.test(line)) {
			if (++opened > CLOUDFLARE_HEADERS_LIMITS.rules) break;
			rules.delete(line);
			current = { path: line, headers: new Map() };
			rules.set(line, current);
			continue;
		}
		const colon = line.indexOf(':');
		if (!current || colon <= 0) continue;
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		const before = current.headers.get(name);
		current.headers.set(name, before === undefined ? value : `${before}, ${value}`);
	}
	return [...rules.values()];
}

/** A rule's path pattern as Cloudflare matches it: `*` is any text, `:name` one path segment. */
function pathPattern(path: string): RegExp {
	const escaped = path
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
		.join('.*');
	return new RegExp(`^${escaped}$`);
}

/** The headers a host sends for a request path: every matching rule's, a repeated header joined with ", ". */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		if (!pathPattern(rule.path).test(path)) continue;
		for (const [name, value] of rule.headers) {
			const before = headers.get(name);
			headers.set(name, before === undefined ? value : `${before}, ${value}`);
		}
	}
	return headers;
}

/**
 * Whether a Content-Security-Policy header forbids every site to frame the page. A header may hold
 * several policies separated by commas; the browser enforces each, so one that says so is enough.
 */
export function forbidsFraming(header: string | undefined): boolean {
	return (header ?? '')
		.split(',')
		.some((policy) =>
			policy
				.split(';')
				.some((directive) => directive.trim().toLowerCase() === "frame-ancestors 'none'"),
		);
}

/** An address no build writes: where a host answers with the 404 page. */
const UNKNOWN_PATH = '/no-such-page/';

/**
 * Everything that leaves an answer of the built site without its Content-Security-Policy: an HTML
 * file without a <meta> policy (hosts without `_headers` send nothing else), and a built page or an
 * unknown address (the 404 answer) that `_headers`, as Cloudflare reads it, leaves open to framing.
 * `policies` maps each built HTML file to its <meta> policy.
 */
export function cspProblems(
	policies: ReadonlyMap<string, string | undefined>,
	headersFile: string,
	pathOf: (file: string) => string,
): string[] {
	const problems: string[] = [];
	for (const [file, policy] of policies)
		if (!policy || !/(^|;)\s*default-src\s/.test(policy))
			problems.push(
				`${file} has no Content-Security-Policy <meta> tag with a default-src: a host without _headers would serve it with no policy.`,
			);
	const rules = parseHeadersFile(headersFile);
	for (const path of [...[...policies.keys()].map(pathOf), UNKNOWN_PATH]) {
		if (!forbidsFraming(headersForPath(rules, path).get('content-security-policy')))
			problems.push(
				`_headers sends ${path} without a Content-Security-Policy saying frame-ancestors 'none', as Cloudflare Pages reads the file (its first ${CLOUDFLARE_HEADERS_LIMITS.rules} rules, lines up to ${CLOUDFLARE_HEADERS_LIMITS.lineLength} characters): other sites could frame it. Keep the "/*" rule of public/_headers first, with that header.`,
			);
	}
	return problems;
}
