/**
 * The macro bundles a support team imports into its help desk: `/desk/replies.<lang>.json` and `.csv`,
 * one row per step, written from the same entries as the /desk/ page.
 */
import { stringify } from 'csv-stringify/sync';
import type { ReplyEntry } from './replies.ts';

/** The columns of both bundles, in order: names are a contract with teams' import scripts. */
export const BUNDLE_FIELDS = [
	'id',
	'title',
	'url',
	'checked',
	'whatsapp',
	'text',
	'markdown',
	'html',
] as const satisfies readonly (keyof ReplyEntry)[];

/** The JSON bundle: an array of entries, each with exactly the bundle's fields. */
export function repliesJson(entries: readonly ReplyEntry[]): string {
	const rows = entries.map((entry) =>
		Object.fromEntries(BUNDLE_FIELDS.map((field) => [field, entry[field]])),
	);
	return `${JSON.stringify(rows, null, '\t')}\n`;
}

/**
 * The CSV bundle (RFC 4180: quoted where needed, CRLF between records), with a header row and a byte
 * order mark so that spreadsheet programs read it as UTF-8.
 */
export function repliesCsv(entries: readonly ReplyEntry[]): string {
	return `\uFEFF${stringify(
		entries.map((entry) => BUNDLE_FIELDS.map((field) => entry[field])),
		{ header: true, columns: [...BUNDLE_FIELDS], record_delimiter: 'windows' },
	)}`;
}
