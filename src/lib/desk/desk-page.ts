/**
 * What the /desk/ page's script decides, without a browser: which steps a filter keeps, where the arrow
 * keys go, and which reply format an agent chose last time.
 */
import { REPLY_FORMATS, type ReplyFormat } from './formats.ts';

/** Lower case without accents: "Atrás" and "atras" match, so do "Übersicht" and "ubersicht". */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a step's text holds every word of the filter, in any order: an agent pastes a customer's
 * message or types a few words of it. Apostrophes and quotes are ignored, as they vary between screens.
 */
export function matchesFilter(foldedText: string, query: string): boolean {
	const words = foldText(query)
		.replace(/[’'"“”«»]/g, '')
		.split(/\s+/)
		.filter(Boolean);
	const text = foldedText.replace(/[’'"“”«»]/g, '');
	return words.every((word) => text.includes(word));
}

/** Where a key moves the focus among the visible steps, from `index` (-1: the filter box). */
export function moveFocus(key: string, index: number, count: number): number | undefined {
	if (count === 0) return undefined;
	switch (key) {
		case 'ArrowDown':
			return Math.min(index + 1, count - 1);
		case 'ArrowUp':
			return index <= 0 ? -1 : index - 1;
		case 'Home':
			return index === -1 ? undefined : 0;
		case 'End':
			return index === -1 ? undefined : count - 1;
		default:
			return undefined;
	}
}

/** The localStorage key that remembers the chosen format, on this device only. */
export const FORMAT_KEY = 'desk-reply-format';

/** The format remembered, or plain text when nothing (or something unknown) is stored. */
export function storedFormat(value: string | null): ReplyFormat {
	return REPLY_FORMATS.find((format) => format === value) ?? 'text';
}
