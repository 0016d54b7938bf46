/** Filling and splitting the site's own words (src/lib/i18n/ui/*.ts). */

/** "About {count} min" + { count: 5 } → "About 5 min"; a placeholder with no value stays visible. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole,
	);
}

export type TextPart = { text: string } | { text: string; href: string };

/**
 * "Go to [Start here](/start-here/) first" → text, link, text. Only this one link form is read: the
 * strings are ours, and a full Markdown parser would be a dependency for a single pattern.
 */
export function splitLinks(text: string): TextPart[] {
	const parts: TextPart[] = [];
	const pattern = /\[([^\]]+)\]\(([^)\s]+)\)/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index) });
		parts.push({ text: match[1] ?? '', href: match[2] ?? '' });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
