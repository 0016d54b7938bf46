import { describe, expect, test } from 'vitest';
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
