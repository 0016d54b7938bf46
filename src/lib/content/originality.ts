import { createHash } from 'node:crypto';

/** Lower-case words of a text, without punctuation, so wording is compared rather than typography. */
export function toWords(text: string): string[] {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

/** How many consecutive words count as copied wording. */
const RUN_LENGTH = 10;

/**
 * A short, stable fingerprint of one run of words. The repository keeps fingerprints of the reference
 * texts, not the texts: the check needs to know a run was seen, never to reproduce it. 48 bits keep a
 * false match between a few hundred thousand page runs and the reference runs below one in a thousand.
 */
function fingerprint(run: string): string {
	return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

/** The fingerprint of every run of `RUN_LENGTH` consecutive words in `text`. */
export function runFingerprints(text: string): Set<string> {
	const words = toWords(text);
	const runs = new Set<string>();
	for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
		runs.add(fingerprint(words.slice(i, i + RUN_LENGTH).join(' ')));
	}
	return runs;
}

/**
 * Runs of `RUN_LENGTH` or more words of `text` whose fingerprints are all in `known`, each reported once
 * at its full length: the wording `text` shares with the texts `known` was made from.
 */
export function copiedRuns(text: string, known: ReadonlySet<string>): string[] {
	const words = toWords(text);
	const seen = (start: number) =>
		known.has(fingerprint(words.slice(start, start + RUN_LENGTH).join(' ')));
	const found: string[] = [];
	let i = 0;
	while (i + RUN_LENGTH <= words.length) {
		if (!seen(i)) {
			i++;
			continue;
		}
		let end = i + RUN_LENGTH;
		while (end < words.length && seen(end - RUN_LENGTH + 1)) end++;
		found.push(words.slice(i, end).join(' '));
		i = end;
	}
	return found;
}

/** The readable text of a built page, leaving out scripts, styles and text marked as a verbatim on-screen quote. */
export function pageText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<span class="on-screen" data-verbatim[^>]*>[\s\S]*?<\/span>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z0-9#]+;/gi, ' ');
}
