import { describe, expect, test } from 'vitest';
import { findBestMatch, matchScore, matchWords, type BestMatchEntry } from './best-match.ts';

const entry = (message: string, href: string): BestMatchEntry => ({
	message,
	exact: true,
	articleTitle: 'Article',
	stepTitle: 'Step',
	href,
});
const ENTRIES = [
	entry(
		"Can't complete backup. Make sure your phone has an Internet connection and that you have enough free space in iCloud.",
		'/make-enough-room/#check-your-numbers',
	),
	entry('iCloud Storage Full', '/make-enough-room/#free-icloud-storage'),
	entry('Backup failed', '/is-icloud-down/#check-apple-status'),
	entry('Backup stuck at 0% (or 0 bytes)', '/backup-stuck/#stuck-at-zero'),
	entry('Backup stuck at 99% or 100%', '/backup-stuck/#stuck-at-99'),
];
const hrefFor = (query: string) => findBestMatch(query, ENTRIES)?.href;

describe('findBestMatch', () => {
	test.each([
		{ query: 'iCloud Storage Full', expected: '/make-enough-room/#free-icloud-storage' },
		{ query: 'icloud storage full', expected: '/make-enough-room/#free-icloud-storage' },
		{ query: '“iCloud Storage Full.”', expected: '/make-enough-room/#free-icloud-storage' },
		{ query: 'icloud storgae full', expected: '/make-enough-room/#free-icloud-storage' },
		{ query: 'Can’t complete backup', expected: '/make-enough-room/#check-your-numbers' },
		{ query: 'Couldn’t complete backup', expected: '/make-enough-room/#check-your-numbers' },
		{
			query: 'cannot complete backup. Make sure your phone has',
			expected: '/make-enough-room/#check-your-numbers',
		},
		{
			query: 'make sure your phone has an internet connection',
			expected: '/make-enough-room/#check-your-numbers',
		},
		{ query: 'whatsapp says backup failed', expected: '/is-icloud-down/#check-apple-status' },
		{ query: 'backup stuck at 0%', expected: '/backup-stuck/#stuck-at-zero' },
	])(
		'finds the message for "$query" (case, quotes, Couldn’t for Can’t, truncation, typos)',
		({ query, expected }) => {
			expect(hrefFor(query)).toBe(expected);
		},
	);

	test.each([
		'backup',
		'iCloud',
		'backup stuck at',
		'my icloud backup failed after the update last night',
		'restart iphone',
	])('shows nothing for a query that names no single message: "%s"', (query) => {
		expect(hrefFor(query)).toBeUndefined();
	});
});

describe('matchWords and matchScore', () => {
	test('write negations one way and leave out bracketed asides', () => {
		expect(matchWords('Couldn’t complete (really)')).toEqual(["can't", 'complete']);
		expect(matchWords('could not complete')).toEqual(["can't", 'complete']);
	});

	test('score a word-for-word match 1 and a partial one below it', () => {
		expect(matchScore(['icloud', 'storage', 'full'], ['icloud', 'storage', 'full'])).toBe(1);
		expect(matchScore(['icloud', 'storage'], ['icloud', 'storage', 'full'])).toBeCloseTo(2 / 3);
	});
});

describe('findBestMatch with words left out', () => {
	test('finds a message from four or more of its words in order', () => {
		const entries = [entry("Can't find the WhatsApp switch in iCloud settings", '/turn-on/#allow')];
		expect(findBestMatch('cant find whatsapp in icloud settings', entries)?.href).toBe(
			'/turn-on/#allow',
		);
		expect(findBestMatch('icloud settings whatsapp find', entries)).toBeUndefined();
	});
});
