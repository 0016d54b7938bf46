/**
 * What readers search for and don't find, with nothing personal kept (docs/unanswered-searches.md).
 * Shared by the search page's script (which takes only the paths; the bundler leaves the rest out),
 * the /api side and `npm run search:report`, so it imports nothing but the list of languages.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** Where an unanswered search is sent: `POST` with `{"query": "…", "lang": "en"}`. */
export const UNANSWERED_PATH = '/api/unanswered';

/**
 * Whether this host counts unanswered searches: the build writes `{"available": false}` here and a
 * host that runs the endpoint answers `true`, as for feedback (src/lib/feedback/shared.ts says why).
 */
export const UNANSWERED_AVAILABILITY_PATH = '/api/unanswered-availability.json';

/** `{"available": …}`, the body at UNANSWERED_AVAILABILITY_PATH. */
export interface UnansweredAvailability {
	available: boolean;
}

/** The largest request body the endpoint reads, in bytes: a 300-character query fits, even escaped. */
export const MAX_UNANSWERED_BYTES = 2048;

/** A query is shown in the report only once this many readers asked it (k-anonymity). */
export const MIN_READERS = 3;

/** Days a stored search is kept after its day; older rows are deleted (also in migrations/0002_unanswered.sql). */
const RETENTION_DAYS = 30;

/** The longest query text stored, in characters; longer text is cut at a word. */
export const MAX_STORED_QUERY_LENGTH = 100;

/** Only this much of what is sent is read at all (the search page cuts queries to 300 too). */
const MAX_READ_LENGTH = 300;

/** A token with this many digits is a phone number, a key or a code: nothing in it is kept. */
const DIGITS_IN_A_NUMBER = 5;

/** A token this jumpy (see `switches`) is a key or a code, not a word. */
const SWITCHES_IN_A_KEY = 3;

/** Hyphen-joined groups of one length, this many or more, are a key such as `abcd-efgh-ijkl-mnop`. */
const GROUPS_IN_A_KEY = 3;
const SHORTEST_KEY_GROUP = 4;

const DIGIT = /\p{N}/gu;
const ADDRESS = /@|:\/\/|^www\./i;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060]/g;
const LETTER = /\p{L}/u;
const NOT_WORD = /[^\p{L}\p{M}'-]+/u;

/** One entry of the report: a query at least `MIN_READERS` readers searched for without finding. */
export interface UnansweredQuery {
	query: string;
	lang: Locale;
	readers: number;
}

/**
 * How often a token switches between a letter and a digit, or from a small letter to a capital.
 * Random keys and codes (`a7K9qZ`, `3fA8…`) switch all the time; words at most once or twice
 * (`iPhone15`, `WhatsApp`). A capital is any character that lower-casing changes, so text that has
 * been through `scrubQuery` has none.
 */
function switches(token: string): number {
	let count = 0;
	let previous = '';
	for (const character of token) {
		const kind = /\p{N}/u.test(character)
			? 'digit'
			: character !== character.toLowerCase()
				? 'capital'
				: character !== character.toUpperCase()
					? 'small'
					: '';
		if (
			(kind === 'digit' && (previous === 'small' || previous === 'capital')) ||
			(previous === 'digit' && (kind === 'small' || kind === 'capital')) ||
			(previous === 'small' && kind === 'capital')
		)
			count += 1;
		previous = kind;
	}
	return count;
}

/** Whether a word is hyphen-joined groups of one length, as app-specific passwords and recovery keys are. */
function isGroupedKey(word: string): boolean {
	const lengths = new Map<number, number>();
	for (const group of word.split('-'))
		if (group.length >= SHORTEST_KEY_GROUP)
			lengths.set(group.length, (lengths.get(group.length) ?? 0) + 1);
	return [...lengths.values()].some((count) => count >= GROUPS_IN_A_KEY);
}

/** A piece of a word with no empty part: no hyphen or apostrophe at its edges or twice in a row. */
function tidy(piece: string): string {
	return piece
		.split('-')
		.map((part) => part.split("'").filter(Boolean).join("'"))
		.filter(Boolean)
		.join('-');
}

/**
 * A query as it may be stored: lower case, one space between words, at most
 * `MAX_STORED_QUERY_LENGTH` characters, with no digits, and without anything that looks like an
 * e-mail address or web address, a phone number, a key or a code (a whole token goes when it holds
 * an `@`, five digits or more, or switches like a key). Punctuation and symbols become spaces.
 * An empty result means there is nothing to store. Works token by token with no pattern that can
 * backtrack, so a long paste costs linear time (the security probe of 2026-12-05, B6).
 */
export function scrubQuery(raw: string): string {
	const words: string[] = [];
	for (const token of raw.slice(0, MAX_READ_LENGTH).normalize('NFKC').split(/\s+/u)) {
		if (
			ADDRESS.test(token) ||
			(token.match(DIGIT)?.length ?? 0) >= DIGITS_IN_A_NUMBER ||
			switches(token) >= SWITCHES_IN_A_KEY
		)
			continue;
		// Normalised again once the digits are out: a mark they held apart now joins its letter.
		const plain = token
			.toLowerCase()
			.replace(APOSTROPHES, "'")
			.replace(DIGIT, '')
			.normalize('NFKC');
		for (const piece of plain.split(NOT_WORD)) {
			const word = tidy(piece);
			if (LETTER.test(word) && !isGroupedKey(word)) words.push(word);
		}
	}
	let query = '';
	for (const word of words) {
		const longer = query === '' ? word : `${query} ${word}`;
		if (longer.length > MAX_STORED_QUERY_LENGTH) break;
		query = longer;
	}
	return query;
}

/** The first day still kept on `today` (YYYY-MM-DD): rows of earlier days are deleted. */
export function firstKeptDay(today: string): string {
	const day = new Date(`${today}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - RETENTION_DAYS);
	return day.toISOString().slice(0, 10);
}

/** The report in the languages' order, most readers first, then alphabetically. */
export function sortReport(entries: readonly UnansweredQuery[]): UnansweredQuery[] {
	return [...entries].sort(
		(a, b) =>
			LOCALES.indexOf(a.lang) - LOCALES.indexOf(b.lang) ||
			b.readers - a.readers ||
			a.query.localeCompare(b.query),
	);
}

/** How many queries the text report shows per language; `--json` lists them all. */
const TOP = 20;

/** The text report: the top queries per language, with how many readers asked each. */
export function formatUnansweredReport(
	entries: readonly UnansweredQuery[],
	source: string,
): string {
	const lines = [
		`Unanswered searches in ${source}, last ${RETENTION_DAYS} days; a query shows once ${MIN_READERS} readers asked it.`,
	];
	for (const lang of LOCALES) {
		const own = sortReport(entries).filter((entry) => entry.lang === lang);
		lines.push('', lang);
		if (own.length === 0) lines.push('  none yet');
		for (const entry of own.slice(0, TOP))
			lines.push(`  ${String(entry.readers).padStart(4)}  ${entry.query}`);
		if (own.length > TOP) lines.push(`  … and ${own.length - TOP} more (see -- --json)`);
	}
	return `${lines.join('\n')}\n`;
}
