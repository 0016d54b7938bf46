import { describe, expect, test } from 'vitest';
import { bestMatchEntries, buildInstantIndex, searchInstant, stem } from './instant.ts';
import type { ArticleWithBody } from './vocabulary.ts';

function article(
	id: string,
	order: number,
	title: string,
	body: string,
	errors: { message: string; step: string; exact?: boolean }[] = [],
	risk = 'safe',
	phrasings: Record<string, string[]> = {},
): ArticleWithBody {
	return {
		id,
		body,
		data: {
			title,
			order,
			risk,
			errors: errors.map((error) => ({ where: 'whatsapp', exact: true, ...error })),
			phrasings,
		},
	} as unknown as ArticleWithBody;
}

const ARTICLES = [
	article(
		'back-up-now',
		1,
		'Back up now, by hand',
		'## Start the backup {#start-backup}\n\nTap Back Up Now.\n\n## Check that it worked {#check}\n\nLook at Last Backup.',
		[
			{
				message: 'Auto Backup is on, but Last Backup shows an old date',
				step: 'check',
				exact: false,
			},
		],
		'safe',
		{ 'start-backup': ['the backup stops when the screen goes dark'] },
	),
	article(
		'make-enough-room',
		2,
		'Make enough room in iCloud and on the iPhone',
		'## Free up iCloud storage {#free-icloud-storage}\n\nDelete old files.',
		[{ message: 'iCloud Storage Full', step: 'free-icloud-storage' }],
	),
	article(
		'apple-account',
		3,
		'Use the right Apple Account, with iCloud Drive on',
		'## Turn on iCloud Drive {#icloud-drive}\n\nIn Settings.',
	),
	article(
		'delete-old-backup',
		4,
		'Delete the old backup',
		'## Delete it {#delete}\n\nTap Delete.',
		[{ message: 'icloud storage FULL', step: 'delete' }],
		'data-loss',
	),
];
const INDEX = buildInstantIndex(ARTICLES, 'en');
const paths = (query: string) => searchInstant(query, INDEX).map((hit) => hit.path);

describe('buildInstantIndex', () => {
	test('keeps each article’s address in the language, title, risk and steps, with each message under its step', () => {
		expect(INDEX[0]).toEqual([
			'/back-up-now/',
			'Back up now, by hand',
			0,
			[
				['start-backup', 'Start the backup', [], ['the backup stops when the screen goes dark']],
				[
					'check',
					'Check that it worked',
					[['Auto Backup is on, but Last Backup shows an old date', 0]],
				],
			],
		]);
		expect(buildInstantIndex(ARTICLES, 'es')[1]?.[0]).toBe('/es/make-enough-room/');
		expect(INDEX[3]?.[2]).toBe(1);
	});

	test('keeps phrasings as the query rules leave them, and only in English, the language they are written in', () => {
		const upper = buildInstantIndex(ARTICLES, 'en', (text) => text.toUpperCase());
		expect(upper[0]?.[3][0]?.[3]).toEqual(['THE BACKUP STOPS WHEN THE SCREEN GOES DARK']);
		expect(buildInstantIndex(ARTICLES, 'es')[0]?.[3][0]).toEqual([
			'start-backup',
			'Start the backup',
			[],
		]);
	});

	test('keeps a message listed by several articles once, for the first in Start here order', () => {
		expect(bestMatchEntries(INDEX).filter((entry) => /storage full/i.test(entry.message))).toEqual([
			{
				message: 'iCloud Storage Full',
				exact: true,
				articleTitle: 'Make enough room in iCloud and on the iPhone',
				stepTitle: 'Free up iCloud storage',
				href: '/make-enough-room/#free-icloud-storage',
			},
		]);
	});

	test('on a large site, the later articles keep only what Best match needs', () => {
		const many = Array.from({ length: 400 }, (_, index) =>
			article(
				`article-${index}`,
				index + 1,
				`Article number ${index} about backups`,
				'## One step {#one}\n\nText.\n\n## Another step {#two}\n\nText.',
				index === 399 ? [{ message: `A message only the last one has`, step: 'two' }] : [],
			),
		);
		const index = buildInstantIndex(many, 'en');
		expect(JSON.stringify(index).length).toBeLessThan(20_000);
		expect(index.at(-1)).toEqual([
			'/article-399/',
			'Article number 399 about backups',
			0,
			[['two', 'Another step', [['A message only the last one has', 1]]]],
		]);
	});
});

describe('searchInstant', () => {
	test('finds articles by title, step and message words, the rarer word counting for more', () => {
		expect(paths('icloud drive')[0]).toBe('/apple-account/');
		expect(paths('storage full')[0]).toBe('/make-enough-room/');
		expect(paths('last backup old date')[0]).toBe('/back-up-now/');
	});

	test('matches plurals and verb forms, a word still being typed and a one-letter typo', () => {
		expect(paths('backups')).toContain('/back-up-now/');
		expect(paths('delet')[0]).toBe('/delete-old-backup/');
		expect(paths('storgae full')[0]).toBe('/make-enough-room/');
	});

	test('a hyphenated word of the pages meets a reader who writes it as one word', () => {
		const index = buildInstantIndex(
			[
				...ARTICLES,
				article('network', 5, 'Check Wi-Fi and power', '## Check the connection {#connection}\n'),
			],
			'en',
		);
		expect(searchInstant('wifi', index).map((hit) => hit.path)).toEqual(['/network/']);
		expect(searchInstant('wi-fi', index)[0]?.path).toBe('/network/');
	});

	test('lists the matching steps, with the message that matched marked as an excerpt', () => {
		const [hit] = searchInstant('old date', INDEX);
		expect(hit?.steps).toEqual([
			{
				id: 'check',
				title: 'Check that it worked',
				excerpt: 'Auto Backup is on, but Last Backup shows an <mark>old</mark> <mark>date</mark>',
			},
		]);
		expect(searchInstant('delete', INDEX)[0]?.dataLoss).toBe(true);
	});

	test('a reader’s sentence lands on the step whose phrasing it resembles, over a title sharing a word', () => {
		const [hit] = searchInstant('my backup stopped when the screen went dark', INDEX);
		expect(hit?.path).toBe('/back-up-now/');
		expect(hit?.steps[0]?.id).toBe('start-backup');
	});

	test('finds nothing for words no title, step or message has', () => {
		expect(paths('passkey android')).toEqual([]);
		expect(paths('')).toEqual([]);
	});
});

test('stem meets plurals and verb forms at one word', () => {
	expect(['backups', 'backup'].map(stem)).toEqual(['backup', 'backup']);
	expect(['restoring', 'restored', 'restore'].map(stem)).toEqual(['restor', 'restor', 'restor']);
	expect(['messages', 'iCloud’s'.replace('’', "'")].map(stem)).toEqual(['messag', 'icloud']);
	expect(stem('access')).toBe('access');
	expect(['stopped', 'stopping', 'stop'].map(stem)).toEqual(['stop', 'stop', 'stop']);
	expect(['transferring', 'transferred', 'transfer'].map(stem)).toEqual([
		'transfer',
		'transfer',
		'transfer',
	]);
	expect(['added', 'add', 'stalled', 'stall', 'missed'].map(stem)).toEqual([
		'add',
		'add',
		'stall',
		'stall',
		'miss',
	]);
	expect(['settings', 'set', 'freeing', 'free'].map(stem)).toEqual(['sett', 'set', 'fre', 'fre']);
});
