/** The storage check's sizes in the page address, so a result can be shared as a link. */
import { SIZE_FIELDS, type SizeInputs } from './check.ts';

// Anything longer is refused by parseSize anyway (MAX_INPUT_LENGTH); cutting a pasted novel short keeps the
// input field usable without changing any answer.
const MAX_PARAM_LENGTH = 100;

/** The typed sizes in a query string ("?backup=4GB&icloud=8GB&iphone=50GB"); missing ones are empty. */
export function searchToInputs(search: string): SizeInputs {
	const params = new URLSearchParams(search);
	const read = (name: string) => (params.get(name) ?? '').slice(0, MAX_PARAM_LENGTH);
	return { backup: read('backup'), icloud: read('icloud'), iphone: read('iphone') };
}

/** `href` with the typed sizes in its query; other parameters and the hash stay, empty fields are left out. */
export function inputsToHref(href: string, inputs: SizeInputs): string {
	const url = new URL(href);
	for (const field of SIZE_FIELDS) {
		const value = inputs[field].trim();
		if (value === '') url.searchParams.delete(field);
		else url.searchParams.set(field, value);
	}
	return url.href;
}
