import { describe, expect, test } from 'vitest';
import { localizeLinks } from './localize-links.ts';

const localized = (path: string) => path !== '/desk/';

describe('localizeLinks', () => {
	test('site links and the search form move into the language', () => {
		const html =
			'<a href="/make-enough-room/#check-your-numbers">x</a><form role="search" action="/search/" method="get">';
		expect(localizeLinks(html, 'de', localized)).toBe(
			'<a href="/de/make-enough-room/#check-your-numbers">x</a><form role="search" action="/de/search/" method="get">',
		);
	});

	test('the picker, files, outside links and pages without a translation stay as written', () => {
		const html = [
			'<a href="/make-enough-room/" hreflang="en" lang="en">English</a>',
			'<a href="/favicon.svg">',
			'<a href="https://support.apple.com/108922">',
			'<a href="//example.com/">',
			'<a href="/desk/">',
		].join('');
		expect(localizeLinks(html, 'es', localized)).toBe(html);
	});

	test('English pages are never touched', () => {
		expect(localizeLinks('<a href="/errors/">', 'en', localized)).toBe('<a href="/errors/">');
	});
});
