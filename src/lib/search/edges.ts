/**
 * Trimming a query's edges in linear time. The patterns this replaces (`/^[…]+|[…]+$/`) are quadratic
 * in V8: for a long run of edge characters that does not reach the end of the text, the engine tries
 * `[…]+$` from every position in the run and scans to its end each time. A pasted 80,000-character text
 * froze the search page for 17 s. Here each end is walked once, one character at a time.
 */

/** The punctuation and spaces a pasted message or a typed question carries around its words. */
const EDGE_PUNCTUATION = /^[\s'.,;:!?…-]$/;
/** A character of a word: a letter or digit of any script, or an apostrophe ("don't"). */
const WORD_CHARACTER = /^[\p{L}\p{N}']$/u;

/** Whether a character is punctuation or space that may surround a query. */
export function isEdgePunctuation(char: string): boolean {
	return EDGE_PUNCTUATION.test(char);
}

/** Whether a character is no part of a word. */
export function isNotWordCharacter(char: string): boolean {
	return !WORD_CHARACTER.test(char);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The text without the characters `isEdge` accepts at its start and at its end. `isEdge` sees whole
 * characters (an emoji or a letter outside the Basic Multilingual Plane is one), and is asked at most
 * once per character plus once at each end.
 */
export function trimEdges(text: string, isEdge: (char: string) => boolean): string {
	let start = 0;
	while (start < text.length) {
		const size =
			isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1)) ? 2 : 1;
		if (!isEdge(text.slice(start, start + size))) break;
		start += size;
	}
	let end = text.length;
	while (end > start) {
		const size =
			end - 2 >= start &&
			isLowSurrogate(text.charCodeAt(end - 1)) &&
			isHighSurrogate(text.charCodeAt(end - 2))
				? 2
				: 1;
		if (!isEdge(text.slice(end - size, end))) break;
		end -= size;
	}
	return text.slice(start, end);
}
