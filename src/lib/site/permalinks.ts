import type { BuiltPage } from './link-checks.ts';
import { resolveTarget } from './link-checks.ts';
import { splitLocale } from '../i18n/locales.ts';

/**
 * Every page and step link the build publishes: page paths, and `path#step-id` for each step.
 * Troubleshooter node pages (/troubleshoot/<id>/) are pages, so each must be registered like a step.
 */
export function publishedLinks(pages: ReadonlyMap<string, BuiltPage>): string[] {
	const links: string[] = [];
	for (const page of pages.values()) {
		if (page.redirectTo || page.path.endsWith('.html')) continue;
		links.push(page.path, ...page.steps.map((step) => `${page.path}#${step}`));
	}
	return links.sort();
}

const NODE_LINK = /^\/troubleshoot\/(?:([a-z0-9-]+)\/)?$/;

/**
 * The troubleshooter node a link addresses ("start" for /troubleshoot/ and /es/troubleshoot/), or
 * undefined for any other link.
 */
export function troubleshootNodeOf(link: string): string | undefined {
	const match = NODE_LINK.exec(splitLocale(link).path);
	return match ? (match[1] ?? 'start') : undefined;
}

/** What to do about a broken or new link, for the author reading the build error. */
function hintFor(link: string): string {
	const node = troubleshootNodeOf(link);
	return node === undefined
		? ''
		: `. Troubleshooter node addresses never change: keep the node "${node}" in content/troubleshooter.yaml (its question and answers may change), or redirect the address in astro.config.mjs.`;
}

/** Follow static redirect pages until a real page, then check the page and its #fragment exist. */
function resolvePermalink(
	link: string,
	pages: ReadonlyMap<string, BuiltPage>,
	files: ReadonlySet<string>,
): string | undefined {
	const [path = '', fragment] = link.split('#', 2);
	let current = path;
	for (let hops = 0; hops < 5; hops++) {
		const target = pages.get(current)?.redirectTo;
		if (!target) break;
		current = target;
	}
	const problem = resolveTarget(fragment ? `${current}#${fragment}` : current, pages, files);
	return (
		problem &&
		`${link} no longer resolves: ${problem}${current === path ? '' : ` (after redirecting to ${current})`}${hintFor(link)}`
	);
}

/** Compare the registry with the build: registered links that broke, and published links not yet registered. */
export function checkPermalinks(
	registry: readonly string[],
	pages: ReadonlyMap<string, BuiltPage>,
	files: ReadonlySet<string>,
) {
	const broken = registry.flatMap((link) => resolvePermalink(link, pages, files) ?? []);
	const known = new Set(registry);
	const unregistered = publishedLinks(pages).filter((link) => !known.has(link));
	return { broken, unregistered };
}
