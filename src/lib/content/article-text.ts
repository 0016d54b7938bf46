/** Text read out of an article's MDX body at build time, for the search data files. */
import { parseSettingsPath } from '../site/settings-path.ts';

/**
 * The words a reader sees in an MDX body: no imports, step ids, component names or link targets, but the
 * text components show (a `<SettingsPath path="…">`, a `<Callout title="…">`). On-screen labels
 * (`<L app>`, a settings path's places) are written in English and shown in the page's language:
 * `showLabel` gives a label's words as the page shows them.
 */
export function visibleText(
	body: string,
	showLabel: (app: string, label: string) => string = (_app, label) => label,
): string {
	return (
		body
			.replace(/^import\s.*$/gm, ' ')
			.replace(/\{#[a-z0-9-]+\}/g, ' ')
			.replace(/<L app="([^"]*)">([^<]*)<\/L>/g, (_, app: string, label: string) =>
				showLabel(app, label.trim()),
			)
			// A tag ends at the first ">" outside quotes: a settings path's attribute holds ">" ("Settings > General").
			.replace(/<(?:[^>"]|"[^"]*")*>/g, (tag) => {
				const app = /\bapp="([^"]*)"/.exec(tag)?.[1];
				return [...tag.matchAll(/(path|title)="([^"]*)"/g)]
					.map(([, name, value = '']) =>
						name === 'path' && app !== undefined
							? parseSettingsPath(value)
									.map((place) => showLabel(app, place))
									.join(' ')
							: value,
					)
					.join(' ');
			})
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/https?:\/\/\S+/g, ' ')
	);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-case words of a text, with straight apostrophes: "Can’t complete" → ["can't", "complete"]. */
export function wordsOf(text: string): string[] {
	return [...text.matchAll(WORD)].map((match) => match[0].toLowerCase().replace(/’/g, "'"));
}
