/**
 * How an on-screen label reads on a page, apart from the glossary itself so that the islands that show
 * a label (src/islands/SettingsPath.tsx) carry no glossary code to the browser.
 */
export type LabelText = (
	| /** The label as the screen shows it. */ { kind: 'label'; text: string }
	  /** No source shows the label: a description, then the English label in parentheses. */
	| { kind: 'described'; description: string; english: string }
) & {
	/** Spain's label, where a source shows that Spain's screen differs (Spanish pages only). */
	spain?: string | undefined;
};

/** Words before Spain's label, in the note a Spanish page shows after a label that differs there. */
export const SPAIN_NOTE = 'en España:';

/** A label's words as a page shows them, for text made from the page (the search vocabulary). */
export function shownLabelWords(text: LabelText): string {
	const shown = text.kind === 'label' ? text.text : `${text.description} (${text.english})`;
	return text.spain === undefined ? shown : `${shown} (${SPAIN_NOTE} ${text.spain})`;
}
