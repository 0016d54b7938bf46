import { describe, expect, test } from 'vitest';
import { fileToPath, findBrokenLinks, readBuiltPage } from './link-checks.ts';

describe('fileToPath', () => {
	test.each([
		{ file: 'index.html', path: '/' },
		{ file: 'make-enough-room/index.html', path: '/make-enough-room/' },
		{ file: '404.html', path: '/404.html' },
	])('fileToPath("$file") returns "$path"', ({ file, path }) => {
		expect(fileToPath(file)).toBe(path);
	});
});

describe('findBrokenLinks', () => {
	const pages = new Map([
		[
			'/',
			readBuiltPage(
				'/',
				'<a href="/fix/#step-one">x</a><a href="/fix/">x</a><a href="/favicon.svg">x</a><a href="https://apple.com/">x</a>',
			),
		],
		[
			'/fix/',
			readBuiltPage(
				'/fix/',
				'<h2 id="step-one">One</h2><a href="#step-one">here</a><a class="x" href="/fix/?q=1#step-one">x</a>',
			),
		],
	]);
	const files = new Set(['/favicon.svg']);

	test('returns nothing when every link lands on a page, a file or an id', () => {
		expect(findBrokenLinks(pages, files)).toEqual([]);
	});

	test('reports a missing page and a missing step id, naming the page that links', () => {
		const broken = new Map(pages);
		broken.set(
			'/errors/',
			readBuiltPage(
				'/errors/',
				'<a href="/gone/">x</a><a href="/fix/#step-two">x</a><a href="#nope">x</a>',
			),
		);
		expect(findBrokenLinks(broken, files)).toEqual([
			'/errors/ links to /gone/, but /gone/ does not exist.',
			'/errors/ links to /fix/#step-two, but /fix/ has no element with id "step-two".',
			'/errors/ links to #nope, but /errors/ has no element with id "nope".',
		]);
	});

	test('says what is wrong with a javascript: link', () => {
		const broken = new Map(pages);
		broken.set('/x/', readBuiltPage('/x/', '<a href="JavaScript:alert(1)">x</a>'));
		expect(findBrokenLinks(broken, files)).toEqual([
			'/x/ links to JavaScript:alert(1), which runs code instead of opening a page; the site’s Content-Security-Policy blocks it, so the link does nothing. Link to a page instead.',
		]);
	});
});

describe('readBuiltPage', () => {
	test('returns as linkable both the steps with a copy-link button and the messages marked data-permalink', () => {
		const html =
			'<h2 id="turn-on">On</h2><button data-copy-step="turn-on">Copy</button><li id="cant-complete-backup" data-permalink="cant-complete-backup">x</li>';
		expect(readBuiltPage('/errors/', html).steps).toEqual(['turn-on', 'cant-complete-backup']);
	});
});
