/**
 * The storage check's sizes in the page address, so a result can be shared as a link, in any language.
 *
 * A link reads its sizes the way links always have, with "." as the decimal mark ("1,800 MB" is 1800 MB), so
 * links shared before the site spoke other languages keep their answers. A reader who writes "1,5" types
 * freely: what they typed goes into the link as it is whenever a "." reader reads it the same way ("1,5 GB",
 * "4 GB"), and is rewritten only when it would not be ("1.500 MB" becomes "1500 MB"). Opening a link does the
 * reverse, so the same link gives the same verdict on every language's page.
 */
import { SIZE_FIELDS, type SizeInputs } from './check.ts';
import { rewriteSize, type DecimalMark } from './size.ts';

/** The decimal mark sizes in a link are read with. */
const LINK_DECIMAL_MARK: DecimalMark = '.';

// Anything longer is refused by parseSize anyway (MAX_INPUT_LENGTH); cutting a pasted novel short keeps the
// input field usable without changing any answer.
const MAX_PARAM_LENGTH = 100;

/**
 * The sizes in a query string ("?backup=4GB&icloud=8GB&iphone=50GB") as a reader whose decimal mark is
 * `decimalMark` would type them; missing ones are empty.
 */
export function searchToInputs(search: string, decimalMark: DecimalMark = '.'): SizeInputs {
	const params = new URLSearchParams(search);
	const read = (name: string) =>
		rewriteSize(
			(params.get(name) ?? '').slice(0, MAX_PARAM_LENGTH),
			LINK_DECIMAL_MARK,
			decimalMark,
		);
	return { backup: read('backup'), icloud: read('icloud'), iphone: read('iphone') };
}

/**
 * `href` with the sizes typed by a reader whose decimal mark is `decimalMark` in its query; other parameters
 * and the hash stay, empty fields are left out.
 */
export function inputsToHref(
	href: string,
	inputs: SizeInputs,
	decimalMark: DecimalMark = '.',
): string {
	const url = new URL(href);
	for (const field of SIZE_FIELDS) {
		const value = rewriteSize(inputs[field].trim(), decimalMark, LINK_DECIMAL_MARK);
		if (value === '') url.searchParams.delete(field);
		else url.searchParams.set(field, value);
	}
	return url.href;
}
