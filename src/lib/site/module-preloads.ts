import { init, parse } from 'es-module-lexer';

/**
 * A built page's module scripts and every module they import statically, preloaded from its `<head>`, as
 * Vite does for the HTML pages it builds itself (Astro does not for a component's `<script>`). Without
 * them a module is fetched only once the script that imports it has arrived and been parsed: on the search
 * page, the shared `fill` chunk waited for the search script, and the instant results for both (about
 * 10 ms of the reader's wait for a first result: median of 35 runs of the bench's reader path, 2026-12-06).
 */

/** The bundler's output for one module: the paths of the modules it imports statically. */
type StaticImportsOf = (path: string) => readonly string[];

/**
 * The paths `code` imports statically (`import … from "./x.js"`, `import "./x.js"`), resolved against
 * `path`, the module's own address. A dynamic `import()` is left out: it is fetched only when it runs.
 * es-module-lexer rather than a pattern: minified output puts imports anywhere in one long line.
 */
export async function staticImports(code: string, path: string): Promise<string[]> {
	await init;
	const [imports] = parse(code);
	return imports.flatMap(({ n: specifier, d: dynamic }) =>
		specifier !== undefined && dynamic === -1 && /^(?:\.{1,2})?\//.test(specifier)
			? [new URL(specifier, `https://site${path}`).pathname]
			: [],
	);
}

/** The sources of the page's external module scripts, in document order. */
export function moduleScriptsOf(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*>/g)].flatMap(([tag]) =>
		/\btype="module"/.test(tag) ? (/\bsrc="(\/[^"]+)"/.exec(tag)?.slice(1) ?? []) : [],
	);
}

const preloadedIn = (head: string) =>
	new Set(
		[...head.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].flatMap(
			([tag]) => /\bhref="([^"]+)"/.exec(tag)?.slice(1) ?? [],
		),
	);

/**
 * `html` with a `<link rel="modulepreload">` at the end of its head for each of its module scripts and
 * each module they import, directly or through another, that the head does not preload yet. At the end,
 * after the page's Content-Security-Policy, which applies only to what follows it.
 */
export function withModulePreloads(html: string, importsOf: StaticImportsOf): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd === -1) return html;
	const already = preloadedIn(html.slice(0, headEnd));
	const wanted = new Set<string>();
	const visit = (path: string) => {
		if (wanted.has(path)) return;
		wanted.add(path);
		for (const imported of importsOf(path)) visit(imported);
	};
	for (const script of moduleScriptsOf(html)) visit(script);
	const links = [...wanted]
		.filter((path) => !already.has(path))
		.map((path) => `<link rel="modulepreload" href="${path}">`)
		.join('');
	return links === '' ? html : html.slice(0, headEnd) + links + html.slice(headEnd);
}
