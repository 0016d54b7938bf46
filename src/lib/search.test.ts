import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanPastedText, describeCount, normalizeQuery, splitExcerpt, toSearchHit } from './search';

describe('normalizeQuery', () => {
	test.each([
		{ raw: '“Can’t complete backup.”', expected: 'complete backup' },
		{ raw: '"Not enough storage"', expected: 'Not enough storage' },
		{ raw: '  whatsapp   backup stuck at 99%… ', expected: 'whatsapp backup stuck 99%' },
		{ raw: '‘iCloud Storage Full’!', expected: 'iCloud Storage Full' },
		{ raw: 'backup (stuck)?', expected: 'backup stuck' },
		{ raw: '', expected: '' },
		{ raw: '…', expected: '' },
	])('normalizeQuery($raw) returns "$expected"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'How do I back up WhatsApp manually?', expected: 'back up WhatsApp manually' },
		{ raw: 'how to delete whatsapp backup from icloud', expected: 'delete whatsapp backup icloud' },
		{ raw: 'I can’t find WhatsApp in my iCloud settings', expected: 'find WhatsApp iCloud settings' },
		{ raw: 'Your account is not associated with a password.', expected: 'account not associated password' },
	])('drops question words Pagefind would require on the page: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'is iCloud down', expected: 'iCloud down' },
		{ raw: 'WhatsApp not in Apps Using iCloud', expected: 'WhatsApp not Apps Using iCloud' },
		{ raw: 'iCloud Drive is off', expected: 'iCloud Drive off' },
		{ raw: 'Backup Not Supported', expected: 'Backup Not Supported' },
		{ raw: 'restore says no backup found', expected: 'restore no backup found' },
		{ raw: 'turn on iCloud for WhatsApp', expected: 'turn on iCloud WhatsApp' },
		{ raw: 'back up over cellular', expected: 'back up over cellular' },
	])('keeps words that carry meaning in messages and settings: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each(['how do I', 'What is it?', 'Can I'])('keeps a query made only of question words, so it still searches: "%s"', (raw) => {
		expect(normalizeQuery(raw)).toBe(raw.replace(/\?$/, ''));
	});

	test.each([
		{ raw: 'stuck at 99 percent', expected: 'stuck 99%' },
		{ raw: 'stuck at 0 per cent', expected: 'stuck 0%' },
		{ raw: 'icloud full but backup is only 3gb', expected: 'icloud full backup only 3 GB' },
		{ raw: 'backup 1.5Gb', expected: 'backup 1.5 GB' },
		{ raw: '500mb free', expected: '500 MB free' },
	])('writes numbers the way the pages do: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'whats app backup', expected: 'WhatsApp backup' },
		{ raw: 'Whats-App i cloud', expected: 'WhatsApp iCloud' },
		{ raw: 'i-cloud storage full', expected: 'iCloud storage full' },
	])('joins names readers split: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'how to force restart iphone 12', expected: 'force restart iphone' },
		{ raw: 'iPhone 15 Pro Max frozen during backup', expected: 'iPhone frozen backup' },
		{ raw: 'restart iphone xr', expected: 'restart iphone' },
		{ raw: 'iPhone SE force restart', expected: 'iPhone force restart' },
		{ raw: 'iphone 6s home button', expected: 'iphone home button' },
		{ raw: 'iPhone storage full', expected: 'iPhone storage full' },
		{ raw: 'iphone 8 and later', expected: 'iphone later' },
	])('leaves out the iPhone model: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'turn iphone off and on again', expected: 'restart iphone' },
		{ raw: 'Turning my phone off and back on', expected: 'restart phone' },
		{ raw: 'switch it off and on', expected: 'restart' },
		{ raw: 'reboot iPhone 13', expected: 'restart iPhone' },
		{ raw: 'turn off iCloud Drive and on again', expected: 'turn off iCloud Drive on' },
		{ raw: 'how do I turn off my iPhone', expected: 'restart iPhone' },
		{ raw: 'power the phone off', expected: 'restart phone' },
		{ raw: 'iphone 7 won’t turn off', expected: 'iphone restart' },
		{ raw: 'turn off include videos', expected: 'turn off include videos' },
		{ raw: 'turn it off', expected: 'turn off' },
	])('calls a restart "restart", as the pages do: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'Can’t complete backup.', expected: 'complete backup' },
		{ raw: 'Couldn’t complete backup', expected: 'complete backup' },
		{ raw: 'cannot complete backup', expected: 'complete backup' },
		{ raw: 'whatsapp doesnt show up in icloud', expected: 'whatsapp show up icloud' },
		{ raw: 'backup won’t finish today', expected: 'backup finish' },
		{ raw: 'Not enough storage', expected: 'Not enough storage' },
		{ raw: 'backup never finishes', expected: 'backup never finishes' },
	])('drops negated helper verbs but keeps not, no and never: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'iCloud Storage Almost Full notification', expected: 'iCloud Storage Almost Full' },
		{ raw: 'whatsapp backup error', expected: 'whatsapp backup' },
		{ raw: 'Backup failed pop-up', expected: 'Backup failed' },
		{ raw: 'is it safe to delete whatsapp backup', expected: 'delete whatsapp backup' },
		{ raw: 'are my chats safe', expected: 'chats safe' },
	])('drops words about where a message appeared, and "is it safe to": "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test.each([
		{ raw: 'whatsapp says icloud drive is off', expected: 'whatsapp icloud drive off' },
		{ raw: 'tried everything, backup still fails again', expected: 'tried everything, backup fails' },
		{ raw: 'Back Up Now', expected: 'Back Up Now' },
	])('drops words that only report or complain: "$raw"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test('is stable: normalising a normalised query changes nothing', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'I', ' ', '.', '’', '“', '9', 'gb', 'how', 'do', 'whats', 'app', '%', '-', '?') }), (raw) => {
				const once = normalizeQuery(raw);
				expect(normalizeQuery(once)).toBe(once);
			}),
		);
	});
});

describe('cleanPastedText', () => {
	test.each([
		{ raw: '“Can’t complete backup.”', expected: "Can't complete backup" },
		{ raw: '  how do I   fix it?? ', expected: 'how do I fix it' },
	])('cleanPastedText($raw) returns "$expected", keeping every word', ({ raw, expected }) => {
		expect(cleanPastedText(raw)).toBe(expected);
	});
});

describe('toSearchHit', () => {
	const data = {
		url: '/make-enough-room/',
		excerpt: 'free <mark>space</mark>',
		meta: { title: 'Make enough room', description: 'Free 2.05 times the backup size.', risk: 'safe' },
		sub_results: [
			{ title: 'Make enough room', url: '/make-enough-room/', excerpt: 'intro' },
			{ title: 'Free iCloud storage', url: '/make-enough-room/#free-icloud-storage', excerpt: 'a' },
			{ title: 'Free iPhone storage', url: '/make-enough-room/#free-iphone-storage', excerpt: 'b' },
		],
	};

	test('returns the title, summary and only the sub-results that point at a step', () => {
		expect(toSearchHit(data)).toEqual({
			title: 'Make enough room',
			summary: 'Free 2.05 times the backup size.',
			url: '/make-enough-room/',
			risk: 'safe',
			steps: data.sub_results.slice(1),
		});
	});

	test('returns at most the requested number of steps', () => {
		expect(toSearchHit(data, 1).steps).toHaveLength(1);
	});

	test('returns a step that matches more of the query first, even if another repeats one word more often', () => {
		const scored = {
			...data,
			sub_results: [
				{ title: 'Repeats', url: '/a/#repeats', excerpt: '<mark>password</mark> and <mark>password</mark>', weighted_locations: [{ balanced_score: 9 }] },
				{ title: 'Covers', url: '/a/#covers', excerpt: '<mark>account</mark> has no <mark>password</mark>', weighted_locations: [{ balanced_score: 2 }] },
			],
		};
		expect(toSearchHit(scored).steps.map((step) => step.title)).toEqual(['Covers', 'Repeats']);
	});

	test('returns the steps that match best first', () => {
		const scored = {
			...data,
			sub_results: [
				{ title: 'Weak', url: '/a/#weak', excerpt: '', weighted_locations: [{ balanced_score: 1 }] },
				{ title: 'Strong', url: '/a/#strong', excerpt: '', weighted_locations: [{ balanced_score: 3 }, { balanced_score: 2 }] },
			],
		};
		expect(toSearchHit(scored).steps.map((step) => step.title)).toEqual(['Strong', 'Weak']);
	});
});

describe('describeCount', () => {
	test.each([
		{ count: 0, query: 'abc', expected: 'No articles match “abc”.' },
		{ count: 1, query: 'abc', expected: '1 article matches “abc”.' },
		{ count: 4, query: 'abc', expected: '4 articles match “abc”.' },
		{ count: 0, query: '', expected: 'Type a message or a few words about the problem.' },
	])('returns "$expected" for $count results', ({ count, query, expected }) => {
		expect(describeCount(count, query)).toBe(expected);
	});
});

describe('splitExcerpt', () => {
	test('returns marked and plain parts with entities decoded', () => {
		expect(splitExcerpt('Make sure &quot;<mark>iCloud</mark>&quot; is on &amp; <mark>WhatsApp</mark>')).toEqual([
			{ text: 'Make sure "', marked: false },
			{ text: 'iCloud', marked: true },
			{ text: '" is on & ', marked: false },
			{ text: 'WhatsApp', marked: true },
		]);
	});

	test('returns markup that is not a mark as inert text, never as tags', () => {
		expect(splitExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>')).toEqual([
			{ text: '<img src=x onerror=alert(1)> bold', marked: false },
		]);
	});
});
