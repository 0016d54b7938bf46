/** Text read out of an article's MDX body at build time, for the search data files. */

/** A step as `## Step title {#step-id}` declares it. */
export interface StepHeading {
	id: string;
	title: string;
}

const STEP_HEADING = /^##\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/gm;

/** Every step of an article body, in order, with its title as the page shows it (no Markdown emphasis). */
export function stepHeadings(body: string): StepHeading[] {
	return [...body.matchAll(STEP_HEADING)].map((match) => ({
		id: match[2] ?? '',
		title: stripEmphasis(match[1] ?? ''),
	}));
}

function stripEmphasis(text: string): string {
	return text.replace(/[*_`]/g, '').trim();
}

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
