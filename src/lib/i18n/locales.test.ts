import { describe, expect, test } from 'vitest';
import { localizePath, splitLocale, toLocale } from './locales.ts';

describe('addresses per language', () => {
	test('a site path gains the prefix; English and outside links do not', () => {
		expect(localizePath('/make-enough-room/#check-your-numbers', 'es')).toBe(
			'/es/make-enough-room/#check-your-numbers',
		);
		expect(localizePath('/make-enough-room/', 'en')).toBe('/make-enough-room/');
		expect(localizePath('https://support.apple.com/108922', 'de')).toBe(
			'https://support.apple.com/108922',
		);
		expect(localizePath('//evil.example/', 'de')).toBe('//evil.example/');
	});

	test('splitLocale undoes localizePath and leaves look-alike paths in English', () => {
		expect(splitLocale('/pt-br/restore-from-icloud/')).toEqual({
			locale: 'pt-br',
			path: '/restore-from-icloud/',
		});
		expect(splitLocale('/de/')).toEqual({ locale: 'de', path: '/' });
		expect(splitLocale('/design/')).toEqual({ locale: 'en', path: '/design/' });
	});
});

describe('toLocale', () => {
	test.each([
		['en', 'en'],
		['pt-BR', 'pt-br'],
		['pt-br', 'pt-br'],
		['DE', 'de'],
		['fr', undefined],
		['pt', undefined],
		[' en', undefined],
	])('%j → %j', (lang, locale) => {
		expect(toLocale(lang)).toBe(locale);
	});
});
