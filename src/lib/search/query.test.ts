import fc from 'fast-check';
import { uiText } from '../i18n/ui/index.ts';
import { describe, expect, test } from 'vitest';
import { compileRules, type QueryRulesData } from './rules.ts';
import {
	MAX_QUERY_LENGTH,
	bestMatchFirst,
	capQuery,
	cleanPastedText,
	describeCount,
	normalizeQuery,
	splitExcerpt,
	withoutHeading,
	toSearchHit,
	withHighlight,
} from './query.ts';

/** Small rule sets written for each test: these tests check what the rules do, not which rules the site has. */
function rules(data: Partial<QueryRulesData> = {}) {
	return compileRules({ ignore: { why: 'test', words: [] }, rules: [], ...data });
}
const ignoring = (...words: string[]) => rules({ ignore: { why: 'test', words } });
const mapping = (readers: string[], pages: string) =>
	rules({ rules: [{ why: 'test', readers, pages }] });

describe('normalizeQuery: pasted text', () => {
	test.each([
		{ raw: '“Can’t complete backup.”', expected: "Can't complete backup" },
		{ raw: '"Not enough storage"', expected: 'Not enough storage' },
		{ raw: '  whatsapp   backup stuck at 99%… ', expected: 'whatsapp backup stuck at 99%' },
		{ raw: '‘iCloud Storage Full’!', expected: 'iCloud Storage Full' },
		{ raw: 'backup (stuck)?', expected: 'backup stuck' },
		{ raw: '', expected: '' },
		{ raw: '…', expected: '' },
	])(
		'straightens quotes and drops quote marks, brackets and edge punctuation: $raw',
		({ raw, expected }) => {
			expect(normalizeQuery(raw, rules())).toBe(expected);
		},
	);

	test.each([
		{ raw: 'stuck at 99 percent', expected: 'stuck at 99%' },
		{ raw: 'stuck at 0 per cent', expected: 'stuck at 0%' },
		{ raw: 'backup is only 3gb', expected: 'backup is only 3 GB' },
		{ raw: 'backup 1.5Gb', expected: 'backup 1.5 GB' },
		{ raw: '500mb free', expected: '500 MB free' },
	])('writes numbers and units the way the pages do: $raw', ({ raw, expected }) => {
		expect(normalizeQuery(raw, rules())).toBe(expected);
	});
});

describe('normalizeQuery: ignored words', () => {
	test('drops every ignored word, in any case and with punctuation around it', () => {
		expect(normalizeQuery('How do I. back up, WHATSAPP', ignoring('how', 'do', 'i'))).toBe(
			'back up, WHATSAPP',
		);
	});

	test('keeps a query made only of ignored words, so it still searches', () => {
		expect(normalizeQuery('How do I?', ignoring('how', 'do', 'i'))).toBe('How do I');
	});

	test('keeps words that are not listed, however common', () => {
		expect(normalizeQuery('not on off', ignoring('the'))).toBe('not on off');
	});
});

describe('normalizeQuery: phrase rules', () => {
	test('replaces a phrase by the words the pages use, in any case', () => {
		expect(normalizeQuery('Whats App backup', mapping(['whats app'], 'WhatsApp'))).toBe(
			'WhatsApp backup',
		);
	});

	test('matches whole words only', () => {
		expect(normalizeQuery('rebooting', mapping(['reboot'], 'restart'))).toBe('rebooting');
		expect(normalizeQuery('reboot now', mapping(['reboot'], 'restart'))).toBe('restart now');
	});

	test('takes any one of the alternatives of a token', () => {
		const turnOff = mapping(['turn|switch|power off'], 'restart');
		expect(
			['turn off', 'switch off', 'power off'].map((raw) => normalizeQuery(raw, turnOff)),
		).toEqual(['restart', 'restart', 'restart']);
	});

	test('lets a token ending in ? be there or not', () => {
		const rule = mapping(['turn the|my? phone off'], 'restart');
		expect(normalizeQuery('turn phone off', rule)).toBe('restart');
		expect(normalizeQuery('turn my phone off', rule)).toBe('restart');
		expect(normalizeQuery('turn your phone off', rule)).toBe('turn your phone off');
	});

	test('reads # as a model number', () => {
		const model = mapping(['iphone #|se pro|max?'], 'iPhone');
		expect(
			['iphone 12 frozen', 'iPhone 6s frozen', 'iphone SE frozen', 'iphone 15 pro frozen'].map(
				(raw) => normalizeQuery(raw, model),
			),
		).toEqual(Array(4).fill('iPhone frozen'));
		expect(normalizeQuery('iphone storage', model)).toBe('iphone storage');
	});

	test('drops a phrase whose pages words are empty', () => {
		expect(normalizeQuery('is it safe to delete', mapping(['safe to'], ''))).toBe('is it delete');
	});

	test('tries longer phrases first, so a longer rule is not cut short by a shorter one', () => {
		const both = rules({
			rules: [
				{ why: 'short', readers: ['turn off'], pages: 'SHORT' },
				{ why: 'long', readers: ['turn off and on'], pages: 'LONG' },
			],
		});
		expect(normalizeQuery('turn off and on', both)).toBe('LONG');
	});

	test('applies phrase rules before dropping ignored words, so a rule can use them', () => {
		const both = rules({
			ignore: { why: 'test', words: ['i', 'my'] },
			rules: [{ why: 'split', readers: ['i cloud'], pages: 'iCloud' }],
		});
		expect(normalizeQuery('my i cloud', both)).toBe('iCloud');
	});

	test('is stable: normalising a normalised query changes nothing', () => {
		const site = rules({
			ignore: { why: 'test', words: ['how', 'do', 'i', 'a'] },
			rules: [{ why: 'split', readers: ['whats app'], pages: 'WhatsApp' }],
		});
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom(
						'a',
						'I',
						' ',
						'.',
						'’',
						'“',
						'9',
						'gb',
						'how',
						'do',
						'whats',
						'app',
						'%',
						'-',
						'?',
					),
				}),
				(raw) => {
					const once = normalizeQuery(raw, site);
					expect(normalizeQuery(once, site)).toBe(once);
				},
			),
			// Found by this property in runs of main: a word with a quote mark after it was kept, then
			// dropped on the second pass once the query's end had lost the mark; a phrase behind a quote mark
			// at the query's start matched only on the second pass.
			{ examples: [['app a’ a'], ['a“’whats“app']] },
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
		meta: {
			title: 'Make enough room',
			description: 'Free 2.05 times the backup size.',
			risk: 'safe',
		},
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
				{
					title: 'Repeats',
					url: '/a/#repeats',
					excerpt: '<mark>password</mark> and <mark>password</mark>',
					weighted_locations: [{ balanced_score: 9 }],
				},
				{
					title: 'Covers',
					url: '/a/#covers',
					excerpt: '<mark>account</mark> has no <mark>password</mark>',
					weighted_locations: [{ balanced_score: 2 }],
				},
			],
		};
		expect(toSearchHit(scored).steps.map((step) => step.title)).toEqual(['Covers', 'Repeats']);
	});

	test('returns the steps that match best first', () => {
		const scored = {
			...data,
			sub_results: [
				{
					title: 'Weak',
					url: '/a/#weak',
					excerpt: '',
					weighted_locations: [{ balanced_score: 1 }],
				},
				{
					title: 'Strong',
					url: '/a/#strong',
					excerpt: '',
					weighted_locations: [{ balanced_score: 3 }, { balanced_score: 2 }],
				},
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
		expect(describeCount(count, query, uiText('en').search)).toBe(expected);
	});
	test('says the closest pages come first, not how many share a word, when no page has every word', () => {
		expect(describeCount(16, 'it stops when the screen goes off', uiText('en').search, true)).toBe(
			'No article has all the words of “it stops when the screen goes off”; the closest come first.',
		);
		expect(describeCount(0, 'zzqxv', uiText('en').search, true)).toBe('No articles match “zzqxv”.');
	});
	test('speaks the page’s language', () => {
		expect(describeCount(2, 'copia', uiText('es').search)).toBe(
			'2 artículos coinciden con “copia”.',
		);
	});
});

describe('splitExcerpt', () => {
	test('returns marked and plain parts with entities decoded', () => {
		expect(
			splitExcerpt('Make sure &quot;<mark>iCloud</mark>&quot; is on &amp; <mark>WhatsApp</mark>'),
		).toEqual([
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

describe('bestMatchFirst', () => {
	const hit = (url: string) => ({ title: url, summary: '', url, risk: 'safe', steps: [] });
	test('moves the Best match’s article to the top when it is among the hits', () => {
		expect(
			bestMatchFirst([hit('/a/'), hit('/b/'), hit('/c/?highlight=x')], '/c/#step').map(
				(item) => item.url,
			),
		).toEqual(['/c/?highlight=x', '/a/', '/b/']);
	});
	test('leaves the order alone without a Best match or when its article is not there', () => {
		expect(bestMatchFirst([hit('/a/'), hit('/b/')], undefined).map((item) => item.url)).toEqual([
			'/a/',
			'/b/',
		]);
		expect(bestMatchFirst([hit('/a/'), hit('/b/')], '/z/#step').map((item) => item.url)).toEqual([
			'/a/',
			'/b/',
		]);
	});
});

test('an instant result’s address carries the highlight parameter as Pagefind’s do, before the step', () => {
	expect(withHighlight('/a/#step', 'icloud  drive')).toBe(
		'/a/?highlight=icloud&highlight=drive#step',
	);
	expect(withHighlight('/a/', '')).toBe('/a/');
});

describe('capQuery', () => {
	test('keeps a query up to the cap as it is', () => {
		const query = 'a'.repeat(MAX_QUERY_LENGTH);
		expect(capQuery(query)).toEqual({ query, shortened: false });
	});

	test('cuts a longer one to the cap and says so', () => {
		expect(capQuery('backup '.repeat(100_000))).toEqual({
			query: 'backup '.repeat(100_000).slice(0, MAX_QUERY_LENGTH),
			shortened: true,
		});
	});

	test('never cuts a character in two', () => {
		const { query } = capQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀😀`);
		expect(query).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
		expect(query.isWellFormed()).toBe(true);
	});
});

describe('withoutHeading', () => {
	const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

	test.each([
		[
			'the whole heading and the stop after it',
			'<mark>Stuck</mark> on “Preparing”. Most likely, WhatsApp',
			'Stuck on “Preparing”',
			'Most likely, WhatsApp',
		],
		[
			'the end of a heading Pagefind cut at the front',
			'the <mark>backup</mark> really <mark>stuck?</mark> Compare sizes. Before you delete',
			'Is the backup really stuck? Compare sizes',
			'Before you delete',
		],
		[
			'in any language and case',
			'<mark>Hängt</mark> das Backup wirklich? Größen vergleichen. Bevor du',
			'Hängt das Backup wirklich? Größen vergleichen',
			'Bevor du',
		],
	])('drops %s', (_, excerpt, heading, rest) => {
		expect(text(withoutHeading(splitExcerpt(excerpt), heading))).toBe(rest);
	});

	test('keeps the marks of what stays', () => {
		expect(
			withoutHeading(splitExcerpt('Restart. Then <mark>back up</mark> again'), 'Restart'),
		).toEqual([
			{ text: 'Then ', marked: false },
			{ text: 'back up', marked: true },
			{ text: ' again', marked: false },
		]);
	});

	test.each([
		['an excerpt that does not start with the heading', 'Before you delete', 'Compare sizes'],
		['an excerpt that is only the heading', 'Compare sizes.', 'Compare sizes'],
		['one word of the heading, which may start any sentence', 'sizes differ', 'Compare sizes'],
	])('keeps %s', (_, excerpt, heading) => {
		expect(text(withoutHeading(splitExcerpt(excerpt), heading))).toBe(excerpt);
	});
});
