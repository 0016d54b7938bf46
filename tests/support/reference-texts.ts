import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the reference texts live: the read-only `shared/reference` folder beside the repository. */
export const REFERENCE_DIR = join(process.cwd(), '..', 'shared', 'reference');

/** One reference text: its path inside the folder, and its words. */
export interface ReferenceText {
	file: string;
	text: string;
}

/**
 * Every Markdown file under `dir`, at any depth: the prose the site's wording must not repeat.
 * (`fixtures/` holds Apple feed data for the status tests, not prose.) Throws when the folder is
 * missing or holds no Markdown, so the originality check can never pass by checking nothing.
 */
export function readReferenceTexts(dir = REFERENCE_DIR): ReferenceText[] {
	if (!existsSync(dir)) {
		throw new Error(`The reference folder ${dir} is missing: the originality check needs it.`);
	}
	const texts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.md'))
		.sort()
		.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
	if (texts.length === 0) throw new Error(`The reference folder ${dir} holds no Markdown texts.`);
	return texts;
}
