import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyPhrases, compilePattern, compileRules } from './rules.ts';
import { QUERY_RULES_FILE, parseQueryRules } from '../../schemas/query-rules.ts';
import { normalizeQuery } from './query.ts';

const siteFile = JSON.parse(
	readFileSync(new URL(`../../../${QUERY_RULES_FILE}`, import.meta.url), 'utf8'),
);
const valid = {
	ignore: { why: 'Words with no topic.', words: ['the'] },
	rules: [{ why: 'Readers say reboot.', readers: ['reboot'], pages: 'restart' }],
};

describe('the rules file', () => {
	test('the site’s own file is valid and every pattern compiles', () => {
		const data = parseQueryRules(siteFile);
		expect(() => compileRules(data)).not.toThrow();
	});

	test('the site’s own rules call a restart by the pages’ word', () => {
		const site = compileRules(parseQueryRules(siteFile));
		expect(normalizeQuery('turn my phone off and on again', site)).toBe('restart iPhone');
		expect(normalizeQuery('turn off iCloud Drive and on again', site)).toBe(
			'turn off iCloud Drive on',
		);
	});

	test.each([
		{ reader: 'is Apple down right now?', pages: 'iCloud down' },
		{ reader: 'are the apple servers down at the moment', pages: 'iCloud down' },
		{ reader: 'How do I back up my chats?', pages: 'back up now chats' },
		{ reader: 'can I backup whatsapp at any time', pages: 'backup whatsapp by hand' },
		{ reader: 'backup fails with an error message', pages: 'backup fails' },
		{ reader: 'I tried everything, nothing seems to help', pages: 'nothing works, nothing works' },
		{ reader: 'stuck on a black screen', pages: 'stuck on frozen restart iPhone' },
		{ reader: 'it stops when the screen goes off', pages: 'stops WhatsApp running open on screen' },
		{ reader: 'it works for a while and then fails', pages: 'stuck partway fails' },
		{ reader: 'how to make a whatsapp backup', pages: 'back up now' },
		{ reader: 'save my chats to iCloud', pages: 'back up now' },
		{ reader: 'is it just me or is iCloud not working?', pages: 'iCloud down iCloud not working' },
		{ reader: 'back up on 5G without wifi', pages: 'back up on mobile data mobile data' },
		{
			reader: 'hi guys, backup fails because iCloud is already full',
			pages: 'backup fails iCloud full',
		},
	])('the site’s own rules read "$reader" as the pages’ "$pages"', ({ reader, pages }) => {
		expect(normalizeQuery(reader, compileRules(parseQueryRules(siteFile)))).toBe(pages);
	});
});

describe('parseQueryRules', () => {
	test('accepts a well-formed file', () => {
		expect(parseQueryRules(valid).rules).toHaveLength(1);
	});

	test.each([
		{
			name: 'a rule without readers',
			change: { rules: [{ why: 'Readers say reboot.', readers: [], pages: 'restart' }] },
			path: 'rules[0].readers',
		},
		{
			name: 'a pattern that starts with an optional word',
			change: {
				rules: [{ why: 'Readers say reboot.', readers: ['the? reboot'], pages: 'restart' }],
			},
			path: 'rules[0].readers[0]',
		},
		{
			name: 'an empty alternative',
			change: { rules: [{ why: 'Readers say reboot.', readers: ['reboot|'], pages: 'restart' }] },
			path: 'rules[0].readers[0]',
		},
		{
			name: 'pattern signs in the pages words',
			change: {
				rules: [{ why: 'Readers say reboot.', readers: ['reboot'], pages: 'restart|again' }],
			},
			path: 'rules[0].pages',
		},
		{
			name: 'a rule without a reason',
			change: { rules: [{ why: '', readers: ['reboot'], pages: 'restart' }] },
			path: 'rules[0].why',
		},
		{
			name: 'an unknown field',
			change: {
				rules: [{ why: 'Readers say reboot.', readers: ['reboot'], pages: 'restart', page: 'x' }],
			},
			path: 'rules[0]',
		},
		{
			name: 'an ignored "word" with a space',
			change: { ignore: { why: 'Words with no topic.', words: ['how do'] } },
			path: 'ignore.words[0]',
		},
	])('fails naming the file and the field for $name', ({ change, path }) => {
		expect(() => parseQueryRules({ ...valid, ...change })).toThrow(
			new RegExp(
				`${QUERY_RULES_FILE.replace('.', '\\.')} is malformed:[\\s\\S]*${path.replace(/[[\].]/g, '\\$&')}`,
			),
		);
	});
});

describe('compilePattern', () => {
	test('escapes characters that mean something in a regular expression', () => {
		expect('wi-fi (2.4)'.replace(compilePattern('wi-fi'), 'X')).toBe('X (2.4)');
		expect('wixfi'.replace(compilePattern('wi.fi'), 'X')).toBe('wixfi');
	});
});

describe('applyPhrases', () => {
	const site = compileRules(parseQueryRules(siteFile));
	/** Every rule applied in order, without the cheap pre-test that skips rules which cannot match. */
	const everyRule = (text: string) =>
		site.phrases
			.reduce((result, { pattern, replacement }) => result.replace(pattern(), replacement), text)
			.replace(/\s+/g, ' ')
			.trim();
	const ruleWords = [
		...new Set(
			parseQueryRules(siteFile).rules.flatMap((rule) =>
				rule.readers.flatMap((reader) => reader.replace(/\?/g, '').split(/[\s|]+/)),
			),
		),
	].map((word) => (word === '#' ? '14' : word));

	test('skipping the rules that cannot match changes no query', () => {
		const word = fc.oneof(
			fc.constantFrom(...ruleWords),
			fc.constantFrom(...ruleWords).map((w) => w.toUpperCase()),
			fc.constantFrom('iPhone', 'Pro', '15s', "it's", 'über', 'WhatsApp’s'),
		);
		const separator = fc.constantFrom(' ', '  ', ', ', '-', '. ', "'");
		const text = fc
			.array(fc.tuple(word, separator), { maxLength: 10 })
			.map((parts) => parts.flat().join(''));
		fc.assert(fc.property(text, (query) => applyPhrases(query, site) === everyRule(query)));
	});
});
