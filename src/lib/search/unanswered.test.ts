import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	firstKeptDay,
	formatUnansweredReport,
	MAX_STORED_QUERY_LENGTH,
	scrubQuery,
	sortReport,
	type UnansweredQuery,
} from './unanswered.ts';

/** Plain query words: what a reader writes around the personal part. */
const words = fc.array(fc.stringMatching(/^[a-zà-ü]{1,12}$/), { maxLength: 8 });
const digits = (length: number) =>
	fc
		.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
		.map((list) => list.join(''));

/** Phone numbers in the forms people paste them. */
const phoneNumber = fc.oneof(
	fc
		.tuple(digits(2), digits(3), digits(3), digits(4))
		.map(([country, area, first, last]) => `+${country} (${area}) ${first}-${last}`),
	fc.tuple(digits(3), digits(3), digits(4)).map((parts) => parts.join('.')),
	fc.tuple(digits(4), digits(6)).map(([area, line]) => `0${area} ${line}`),
	digits(11).map((number) => `+${number}`),
	fc.tuple(digits(3), digits(2), digits(2)).map(([a, b, c]) => `${a} ${b} ${c}`),
);

/** WhatsApp's 64-digit backup key, as shown (groups of four) or run together. */
const backupKey = fc
	.tuple(digits(64), fc.boolean())
	.map(([key, grouped]) => (grouped ? key.replace(/(\d{4})(?=\d)/g, '$1 ') : key));

/** Six-digit verification codes and four-digit PINs. */
const code = fc.oneof(
	digits(6),
	digits(4),
	digits(6).map((number) => `G-${number}`),
);

/** Any text, weighted towards what the scrubbing turns on: digits, capitals, joiners, odd letters. */
const anyText = fc.string({
	unit: fc.oneof(
		fc.constantFrom(..."aB7@ -'’.:/_+ＡＢ１①Ⅻǅ\u0301İßΣ😀"),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
	),
	maxLength: 320,
});

/** `words` with `personal` put in at some place. */
function withInserted(personal: fc.Arbitrary<string>) {
	return fc.tuple(words, personal, fc.nat()).map(([plain, extra, at]) => {
		const place = plain.length === 0 ? 0 : at % (plain.length + 1);
		return {
			plain: plain.join(' '),
			mixed: [...plain.slice(0, place), extra, ...plain.slice(place)].join(' '),
		};
	});
}

describe('scrubQuery', () => {
	test.each([
		['  iCloud   Backup  FAILED ', 'icloud backup failed'],
		['“Backup failed” — why?', 'backup failed why'],
		['iOS 17.2 on iPhone 15', 'ios on iphone'],
		['iPhone15 backup', 'iphone backup'],
		['WhatsApp can’t reach iCloud', "whatsapp can't reach icloud"],
		['Datensicherung hängt bei 0 %', 'datensicherung hängt bei'],
		['backup stops at 1.2 GB of 4 GB', 'backup stops at gb of gb'],
		['ＷｈａｔｓＡｐｐ １２３', 'whatsapp'],
		['end-to-end encrypted backup', 'end-to-end encrypted backup'],
		['sign-into-icloud', 'sign-into-icloud'],
	])('%j → %j', (raw, scrubbed) => {
		expect(scrubQuery(raw)).toBe(scrubbed);
	});

	test.each([
		['an e-mail address', 'backup to jane.doe+wa@example.com fails', 'backup to fails'],
		['an address with a full-width at sign', 'mail me at jane＠example.com', 'mail me at'],
		['a web address', 'see https://example.com/x?id=jane backup', 'see backup'],
		['a phone number', 'my number +1 (555) 123-4567 lost chats', 'my number lost chats'],
		['a phone number in dots', 'call 555.123.4567 now', 'call now'],
		['a six-digit code', 'code 482913 not working', 'code not working'],
		['a PIN', 'forgot pin 4821', 'forgot pin'],
		[
			'the 64-digit key in groups',
			`my key is ${'1234 5678 9012 3456 '.repeat(4)}help`,
			'my key is help',
		],
		['a hex key', 'key 3fa85f6457174562b3fc2c963f66afa6 wrong', 'key wrong'],
		['a base64 key', 'key q2Vx9PLk+3rT/8aZbW4nLc0= wrong', 'key wrong'],
		['an alphanumeric code', 'code A7K9QZ expired', 'code expired'],
		['an app-specific password', 'password abcd-efgh-ijkl-mnop fails', 'password fails'],
		['a recovery key', 'recovery key ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ12 lost', 'recovery key lost'],
	])('removes %s', (_, raw, scrubbed) => {
		expect(scrubQuery(raw)).toBe(scrubbed);
	});

	test.each(['', '   ', '123456', '+1 555 123 4567', 'jane@example.com', '!!! ??? 😀'])(
		'leaves nothing of %j',
		(raw) => {
			expect(scrubQuery(raw)).toBe('');
		},
	);

	test('cuts a long query at a word, within the stored length', () => {
		const scrubbed = scrubQuery('backup '.repeat(40));
		expect(scrubbed.length).toBeLessThanOrEqual(MAX_STORED_QUERY_LENGTH);
		expect(scrubbed).toBe(Array(14).fill('backup').join(' '));
	});

	test('reads only the first 300 characters of a long paste, in linear time', () => {
		expect(scrubQuery(`${'.'.repeat(200)} chats`)).toBe('chats');
		expect(scrubQuery(`${'.'.repeat(299)} chats`)).toBe('');
		expect(scrubQuery(`a${'.'.repeat(100_000)}b`)).toBe('a');
	});

	test('leaves no digit, @, capital or extra space, stays short, and is stable', () => {
		fc.assert(
			fc.property(anyText, (raw) => {
				const scrubbed = scrubQuery(raw);
				expect(scrubbed).not.toMatch(/[\p{N}@]|^ | $| {2}|[^\S ]/u);
				expect(scrubbed).toBe(scrubbed.toLowerCase());
				expect(scrubbed.length).toBeLessThanOrEqual(MAX_STORED_QUERY_LENGTH);
				expect(scrubQuery(scrubbed)).toBe(scrubbed);
			}),
		);
	});

	test.each([
		['a phone number', phoneNumber],
		['an e-mail address', fc.emailAddress()],
		['the 64-digit backup key', backupKey],
		['a code or PIN', code],
	])('removes %s wherever it is in the query, and nothing else', (_, personal) => {
		fc.assert(
			fc.property(withInserted(personal), ({ plain, mixed }) => {
				expect(scrubQuery(mixed)).toBe(scrubQuery(plain));
			}),
		);
	});
});

describe('firstKeptDay', () => {
	test('is 30 days before today, across a month and a leap day', () => {
		expect(firstKeptDay('2026-12-31')).toBe('2026-12-01');
		expect(firstKeptDay('2028-03-01')).toBe('2028-01-31');
	});
});

describe('the report', () => {
	const entries: UnansweredQuery[] = [
		{ query: 'copia atascada', lang: 'es', readers: 3 },
		{ query: 'backup stuck', lang: 'en', readers: 4 },
		{ query: 'backup slow', lang: 'en', readers: 7 },
		{ query: 'another', lang: 'en', readers: 4 },
	];

	test('sorts by language as the site lists them, then most readers, then the query', () => {
		expect(sortReport(entries).map(({ query }) => query)).toEqual([
			'backup slow',
			'another',
			'backup stuck',
			'copia atascada',
		]);
	});

	test('as text, lists each language with its top queries', () => {
		expect(formatUnansweredReport(entries, 'data/feedback.sqlite')).toBe(
			[
				'Unanswered searches in data/feedback.sqlite, last 30 days; a query shows once 3 readers asked it.',
				'',
				'en',
				'     7  backup slow',
				'     4  another',
				'     4  backup stuck',
				'',
				'es',
				'     3  copia atascada',
				'',
				'pt-br',
				'  none yet',
				'',
				'de',
				'  none yet',
				'',
			].join('\n'),
		);
	});

	test('as text, shows the top 20 of a language and says how many more there are', () => {
		const many = Array.from({ length: 23 }, (_, i) => ({
			query: `query ${String.fromCharCode(97 + i)}`,
			lang: 'de' as const,
			readers: 3,
		}));
		const text = formatUnansweredReport(many, 'x');
		expect(text).toContain('query t\n  … and 3 more (see -- --json)');
		expect(text).not.toContain('query u');
	});
});
