import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/**
 * Which English version a translation was written from. The version is a hash of what a translator
 * translates (title, description, body): front matter facts such as sources are shared, not translated,
 * so changing them does not leave a translation behind.
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The front matter and body of an article file. */
function splitArticle(text: string): { data: Record<string, unknown>; body: string } {
	const match = FRONT_MATTER.exec(text);
	if (!match) return { data: {}, body: text };
	const data: unknown = parse(match[1] ?? '');
	return {
		data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
		body: text.slice(match[0].length),
	};
}

/** The version of an English article file, as a translation's `translatedFrom` records it. */
export function englishVersion(englishFileText: string): string {
	const { data, body } = splitArticle(englishFileText);
	return createHash('sha256')
		.update(`${String(data['title'])}\n${String(data['description'])}\n${body.trim()}`)
		.digest('hex')
		.slice(0, 12);
}

/** The version a translation file says it was written from, or undefined. */
function translatedFrom(translationFileText: string): string | undefined {
	const value = splitArticle(translationFileText).data['translatedFrom'];
	return typeof value === 'string' ? value : undefined;
}

/** The translation file with `translatedFrom` set to `version`. */
export function stampTranslation(translationFileText: string, version: string): string {
	const field = /^translatedFrom:.*$/m;
	const line = `translatedFrom: '${version}'`;
	if (field.test(translationFileText)) return translationFileText.replace(field, line);
	return translationFileText.replace(/^---\r?\n/, `---\n${line}\n`);
}

/** Whether a translation stamped `translatedFrom` was written from an older English file than this one. */
export function isBehind(englishFileText: string, translatedFrom: string | undefined): boolean {
	return translatedFrom !== englishVersion(englishFileText);
}

export type TranslationState = 'current' | 'behind' | 'missing';

/** Every article in every other language: translated from the current English, behind it, or missing. */
export function translationStates<L extends string>(
	english: readonly { id: string; text: string }[],
	translations: ReadonlyMap<string, string>,
	locales: readonly L[],
): { id: string; locale: L; state: TranslationState }[] {
	return english.flatMap(({ id, text }) =>
		locales.map((locale) => {
			const translation = translations.get(`${locale}/${id}`);
			const state: TranslationState =
				translation === undefined
					? 'missing'
					: isBehind(text, translatedFrom(translation))
						? 'behind'
						: 'current';
			return { id, locale, state };
		}),
	);
}
