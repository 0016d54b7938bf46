import { describe, expect, test } from 'vitest';
import { datedOn, writeBlocks, writeInline, type WriteContext } from './formats.ts';
import { englishLabels, parseBlocks, parseInline, type LabelResolver } from './step-doc.ts';

const context = (resolve: LabelResolver = englishLabels): WriteContext => ({
	resolve,
	href: (target) => (target.startsWith('/') ? `https://x.test${target}` : target),
	dated: datedOn(new Date('2026-12-05T00:00:00Z')),
	words: { note: 'Note', warning: 'Warning', widget: 'Interactive on the page.' },
});

const STEP = [
	'1. Open **WhatsApp** and tap <L app="whatsapp">Settings</L>.',
	'2. Go to <SettingsPath app="whatsapp" path="Settings > Chats > Chat Backup" />.',
	'3. Tap <OnScreen>Back Up Now</OnScreen>.',
	'',
	'If it fails, see [Make enough room](/make-enough-room/#check-your-numbers).',
];

describe('writeBlocks', () => {
	test.each([
		{
			format: 'whatsapp' as const,
			expected:
				'1. Open *WhatsApp* and tap *Settings*.\n2. Go to *Settings* › *Chats* › *Chat Backup*.\n3. Tap “Back Up Now”.\n\nIf it fails, see Make enough room (https://x.test/make-enough-room/#check-your-numbers).',
		},
		{
			format: 'text' as const,
			expected:
				'1. Open WhatsApp and tap Settings.\n2. Go to Settings › Chats › Chat Backup.\n3. Tap “Back Up Now”.\n\nIf it fails, see Make enough room (https://x.test/make-enough-room/#check-your-numbers).',
		},
		{
			format: 'markdown' as const,
			expected:
				'1. Open **WhatsApp** and tap **Settings**.\n2. Go to **Settings** › **Chats** › **Chat Backup**.\n3. Tap “Back Up Now”.\n\nIf it fails, see [Make enough room](https://x.test/make-enough-room/#check-your-numbers).',
		},
		{
			format: 'html' as const,
			expected:
				'<ol><li>Open <strong>WhatsApp</strong> and tap <strong>Settings</strong>.</li><li>Go to <strong>Settings</strong> › <strong>Chats</strong> › <strong>Chat Backup</strong>.</li><li>Tap <span class="on-screen" data-verbatim>“Back Up Now”</span>.</li></ol><p>If it fails, see <a href="https://x.test/make-enough-room/#check-your-numbers">Make enough room</a>.</p>',
		},
	])(
		'writes a step with labels, a Settings path, a quote and a link as $format',
		({ format, expected }) => {
			expect(writeBlocks(parseBlocks(STEP), format, context())).toBe(expected);
		},
	);

	test('writes each label and each place of a path in the language of the resolver, by its app', () => {
		const glossary: Record<string, string> = {
			'whatsapp:Settings': 'Configuración',
			'whatsapp:Chats': 'Chats',
			'whatsapp:Chat Backup': 'Copia de seguridad',
		};
		const spanish: LabelResolver = (label, app) => ({
			kind: 'label',
			text: glossary[`${app ?? ''}:${label}`] ?? `${label}?`,
		});
		expect(
			writeInline(
				parseInline('Ve a <SettingsPath app="whatsapp" path="Settings > Chats > Chat Backup" />.'),
				'whatsapp',
				context(spanish),
			),
		).toBe('Ve a *Configuración* › *Chats* › *Copia de seguridad*.');
	});

	test('keeps notes, sub-headings and tables, and leaves an island out of a reply', () => {
		const blocks = parseBlocks([
			'### On a Mac {#on-a-mac}',
			'<Callout type="warning" title="Before you delete">',
			'\tCheck your chats',
			'\tfirst.',
			'</Callout>',
			'<StorageCheck client:visible />',
			'| Size | Free |',
			'| ---- | ---- |',
			'| 4 GB | 8.2 GB |',
		]);
		expect(writeBlocks(blocks, 'text', context())).toBe(
			'On a Mac\n\nBefore you delete:\nCheck your chats first.\n\n- Size: 4 GB; Free: 8.2 GB',
		);
		expect(writeBlocks(blocks, 'markdown', context())).toBe(
			'### On a Mac\n\n> Before you delete:\n>\n> Check your chats first.\n\n*Interactive on the page.*\n\n| Size | Free |\n| --- | --- |\n| 4 GB | 8.2 GB |',
		);
	});

	test('escapes text that would be markup in HTML', () => {
		expect(writeInline(parseInline('Tap **A & B** if x < y'), 'html', context())).toBe(
			'Tap <strong>A &amp; B</strong> if x &lt; y',
		);
	});

	test('writes a dated fact in the tense it has on the build day', () => {
		const fact =
			'<DatedFact date="2026-11-30" upcoming="WhatsApp will need iOS 15.5 from {date}." past="WhatsApp has needed iOS 15.5 since {date}." />';
		expect(writeInline(parseInline(fact), 'text', context())).toBe(
			'WhatsApp has needed iOS 15.5 since 30 November 2026.',
		);
	});
});

describe('parseInline', () => {
	test('makes quotes and apostrophes typographic, as the page shows them, but not attributes', () => {
		expect(
			writeInline(
				parseInline(`Don't tap "Later" in <SettingsPath path="It's > Chats" />.`),
				'text',
				context(),
			),
		).toBe("Don’t tap “Later” in It's › Chats.");
	});

	test('refuses a label for an app the glossary does not know, naming the tag', () => {
		expect(() => parseInline('Tap <L app="android">Back Up Now</L>.')).toThrow(
			'<L app="android">Back Up Now</L>: app="android" is not one of whatsapp, ios, computer, web.',
		);
	});

	test('a label only described, and Spain’s label, read as on the page', () => {
		const resolve: LabelResolver = (label) =>
			label === 'You'
				? { kind: 'described', description: 'la pestaña de tu perfil', english: 'You' }
				: { kind: 'label', text: 'Configuración', spain: 'Ajustes' };
		expect(
			writeInline(
				parseInline('Toca <L app="ios">Settings</L> o <L app="whatsapp">You</L>.'),
				'markdown',
				context(resolve),
			),
		).toBe('Toca **Configuración** (en España: **Ajustes**) o la pestaña de tu perfil (**You**).');
	});
});
