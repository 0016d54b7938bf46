/** Text read out of an article's MDX body at build time, for the search data files. */

/**
 * The words a reader sees in an MDX body: no imports, step ids, component names or link targets, but the
 * text components show (a `<SettingsPath path="…">`, a `<Callout title="…">`).
 */
export function visibleText(body: string): string {
	return body
		.replace(/^import\s.*$/gm, ' ')
		.replace(/\{#[a-z0-9-]+\}/g, ' ')
		.replace(/<[^>]*>/g, (tag) =>
			[...tag.matchAll(/(?:path|title)="([^"]*)"/g)].map((match) => match[1]).join(' '),
		)
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, ' ');
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-case words of a text, with straight apostrophes: "Can’t complete" → ["can't", "complete"]. */
export function wordsOf(text: string): string[] {
	return [...text.matchAll(WORD)].map((match) => match[0].toLowerCase().replace(/’/g, "'"));
}
