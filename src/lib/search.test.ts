import { describe, expect, test } from 'vitest';
import { describeCount, normalizeQuery, splitExcerpt, toSearchHit } from './search';

describe('normalizeQuery', () => {
	test.each([
		{ raw: '“Can’t complete backup.”', expected: "Can't complete backup" },
		{ raw: '"Not enough storage"', expected: 'Not enough storage' },
		{ raw: '  whatsapp   backup stuck at 99%… ', expected: 'whatsapp backup stuck at 99%' },
		{ raw: '‘iCloud Storage Full’!', expected: 'iCloud Storage Full' },
		{ raw: 'backup (stuck)?', expected: 'backup stuck' },
		{ raw: '', expected: '' },
		{ raw: '…', expected: '' },
	])('normalizeQuery($raw) returns "$expected"', ({ raw, expected }) => {
		expect(normalizeQuery(raw)).toBe(expected);
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
