// smartypants ships no types; this is the one function the desk uses.
declare module 'smartypants' {
	/** `text` with straight quotes, apostrophes, dashes and dots made typographic, as characters; tags left alone. */
	export function smartypantsu(text: string, attributes?: string): string;
}
