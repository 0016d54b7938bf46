/** What the link check needs to know about one built page. */
export interface BuiltPage {
	/** Site path, e.g. "/make-enough-room/". */
	path: string;
	ids: Set<string>;
	links: string[];
	/** Ids a support agent can link to: steps (each has a copy-link button) and messages on /errors/ (`data-permalink`). */
	steps: string[];
	/** Where a static redirect page sends the reader, if this is one. */
	redirectTo: string | undefined;
}

const ID = /\sid="([^"]+)"/g;
const HREF = /<a\s[^>]*?href="([^"]*)"/g;
const STEP = /\sdata-(?:copy-step|permalink)="([^"]+)"/g;
const REFRESH = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i;

/** Read a built HTML page into the ids it defines and the links it makes. */
export function readBuiltPage(path: string, html: string): BuiltPage {
	return {
		path,
		ids: new Set([...html.matchAll(ID)].map((match) => decodeHtml(match[1] ?? ''))),
		links: [...html.matchAll(HREF)].map((match) => decodeHtml(match[1] ?? '')),
		steps: [...html.matchAll(STEP)].map((match) => decodeHtml(match[1] ?? '')),
		redirectTo: REFRESH.exec(html)?.[1],
	};
}

/** Site path of a built file: "a/index.html" → "/a/", "404.html" → "/404.html". */
export function fileToPath(file: string): string {
	const normalized = file.replaceAll('\\', '/');
	if (normalized === 'index.html') return '/';
	if (normalized.endsWith('/index.html')) return `/${normalized.slice(0, -'index.html'.length)}`;
	return `/${normalized}`;
}

/**
 * Resolve `target` (a URL path with an optional #fragment) against the built pages and files.
 * Returns a problem description, or undefined when it resolves.
 */
export function resolveTarget(
	target: string,
	pages: ReadonlyMap<string, BuiltPage>,
	files: ReadonlySet<string>,
): string | undefined {
	const [pathPart = '', fragment] = target.split('#', 2);
	const path = decodeURI(pathPart.split('?')[0] ?? '');
	const page = pages.get(path);
	if (!page) return files.has(path) ? undefined : `${path} does not exist`;
	if (fragment && !page.ids.has(decodeURIComponent(fragment)))
		return `${path} has no element with id "${fragment}"`;
	return undefined;
}

/** Every internal link in the built site that does not land on a page, file or id. */
export function findBrokenLinks(
	pages: ReadonlyMap<string, BuiltPage>,
	files: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	for (const page of pages.values()) {
		for (const href of page.links) {
			if (/^(https?:|mailto:|tel:)/.test(href) || href.startsWith('//')) continue;
			if (/^\s*javascript:/i.test(href)) {
				problems.push(
					`${page.path} links to ${href}, which runs code instead of opening a page; the site’s Content-Security-Policy blocks it, so the link does nothing. Link to a page instead.`,
				);
				continue;
			}
			const target = href.startsWith('#')
				? `${page.path}${href}`
				: new URL(href, `https://site${page.path}`).pathname +
					(href.includes('#') ? `#${href.split('#')[1]}` : '');
			const problem = resolveTarget(target, pages, files);
			if (problem) problems.push(`${page.path} links to ${href}, but ${problem}.`);
		}
	}
	return problems;
}

function decodeHtml(text: string): string {
	return text
		.replaceAll('&amp;', '&')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>');
}
