import { describe, expect, test } from 'vitest';
import { checkToVerdictAttribute, checkTypedSizes } from './check.ts';
import type { DecimalMark } from './size.ts';
import { inputsToHref, searchToInputs } from './url.ts';

describe('searchToInputs', () => {
	test.each([
		{
			search: '?backup=4GB&icloud=8GB&iphone=50GB',
			inputs: { backup: '4GB', icloud: '8GB', iphone: '50GB' },
		},
		{
			search: '?backup=4.2+GB&icloud=1%2C8+GB',
			inputs: { backup: '4.2 GB', icloud: '1,8 GB', iphone: '' },
		},
		{ search: '', inputs: { backup: '', icloud: '', iphone: '' } },
		{ search: '?utm_source=mail', inputs: { backup: '', icloud: '', iphone: '' } },
		{ search: '?backup=1GB&backup=2GB', inputs: { backup: '1GB', icloud: '', iphone: '' } },
	])('reads $search', ({ search, inputs }) => {
		expect(searchToInputs(search)).toEqual(inputs);
	});

	test('cuts a very long value short (it stays too long to be a size)', () => {
		expect(searchToInputs(`?backup=${'9'.repeat(5000)}`).backup).toHaveLength(100);
	});
});

describe('inputsToHref', () => {
	const page = 'https://whatsapp-backup.help/make-enough-room/';

	test('puts the three sizes in the query', () => {
		expect(inputsToHref(page, { backup: '4GB', icloud: '8GB', iphone: '50GB' })).toBe(
			`${page}?backup=4GB&icloud=8GB&iphone=50GB`,
		);
	});

	test('keeps other parameters and the hash', () => {
		expect(inputsToHref(`${page}?lang=en#check`, { backup: '4 GB', icloud: '', iphone: '' })).toBe(
			`${page}?lang=en&backup=4+GB#check`,
		);
	});

	test('removes a size when its field is emptied, and trims spaces', () => {
		expect(
			inputsToHref(`${page}?backup=4GB&icloud=8GB`, { backup: ' 5 GB ', icloud: ' ', iphone: '' }),
		).toBe(`${page}?backup=5+GB`);
	});

	test('round-trips what a reader typed, commas and all', () => {
		const inputs = { backup: '1,8 GB', icloud: '1 800 Mo', iphone: '50 GiB' };
		const href = inputsToHref(page, inputs);
		expect(searchToInputs(new URL(href).search)).toEqual(inputs);
	});
});

describe('a link shared between readers who write numbers differently', () => {
	const page = 'https://whatsapp-backup.help/de/make-enough-room/';

	test('keeps what a "1,5" reader typed wherever a "1.5" reader reads it the same', () => {
		const inputs = { backup: '1,5 GB', icloud: '3,1 GB', iphone: '50 GB' };
		expect(inputsToHref(page, inputs, ',')).toBe(
			`${page}?backup=1%2C5+GB&icloud=3%2C1+GB&iphone=50+GB`,
		);
	});

	test('writes a size the other reader would misread plainly, and shows it back as typed', () => {
		const href = inputsToHref(page, { backup: '1.500 MB', icloud: '', iphone: '' }, ',');
		expect(new URL(href).searchParams.get('backup')).toBe('1500 MB');
		expect(searchToInputs(new URL(href).search, ',').backup).toBe('1500 MB');
	});

	test('opens a link written before the site spoke other languages with its old answer', () => {
		// "1,800 MB" has always meant 1800 MB in a link; a reader who writes "1,8" sees it as 1800 MB.
		expect(searchToInputs('?backup=1%2C800+MB&icloud=1.800+MB', ',')).toEqual({
			backup: '1800 MB',
			icloud: '1,8 MB',
			iphone: '',
		});
	});

	const cases: { typed: [string, string, string]; by: DecimalMark }[] = [
		{ typed: ['1,5 GB', '3,075 GB', '3,1 GB'], by: ',' },
		{ typed: ['1.500 MB', '3.074 MB', '3.075 MB'], by: ',' },
		{ typed: ['1,500 GB', '3,075 GB', '2 GB'], by: ',' },
		{ typed: ['1,800 MB', '3.69 GB', '3.69 GB'], by: '.' },
		{ typed: ['1.800 MB', '3,69 MB', '1 GB'], by: '.' },
	];
	test.each(cases)(
		'gives $typed typed by a "$by" reader the same verdict for every reader',
		({ typed: [backup, icloud, iphone], by }) => {
			const verdict = (inputs: Parameters<typeof checkTypedSizes>[0], mark: DecimalMark) =>
				checkToVerdictAttribute(checkTypedSizes(inputs, mark));
			const typed = { backup, icloud, iphone };
			const { search } = new URL(inputsToHref(page, typed, by));
			for (const reader of ['.', ','] as const)
				expect(verdict(searchToInputs(search, reader), reader)).toBe(verdict(typed, by));
		},
	);
});
