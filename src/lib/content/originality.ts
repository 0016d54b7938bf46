/** Lower-case words of a text, without punctuation, so wording is compared rather than typography. */
export function toWords(text: string): string[] {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.split(/[^a-z0-9']+/)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

/** Every run of `length` consecutive words, joined by spaces. */
function wordRuns(words: readonly string[], length: number): Set<string> {
	const runs = new Set<string>();
	for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
	return runs;
}

/** Runs of `length` or more words that `text` shares with `reference`, each reported once, longest first. */
export function sharedRuns(text: string, reference: string, length = 10): string[] {
	const words = toWords(text);
	const known = wordRuns(toWords(reference), length);
	const found: string[] = [];
	let i = 0;
	while (i + length <= words.length) {
		if (!known.has(words.slice(i, i + length).join(' '))) {
			i++;
			continue;
		}
		let end = i + length;
		while (end < words.length && known.has(words.slice(end - length + 1, end + 1).join(' '))) end++;
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
