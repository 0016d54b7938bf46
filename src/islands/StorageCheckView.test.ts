// The view is pure, so what each answer says and links to, in each language, is checked here without a
// browser. Typing, the address bar, the reader's locale and hydration are in e2e/storage-check*.spec.ts; the
// words and paths each page hands the island, in src/components/StorageCheck.test.ts.
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { LOCALE_INFO, type Locale } from '../lib/i18n/locales.ts';
import { islandsDe } from '../lib/i18n/ui/islands.de.ts';
import { islandsEn } from '../lib/i18n/ui/islands.en.ts';
import { islandsEs } from '../lib/i18n/ui/islands.es.ts';
import { islandsPtBr } from '../lib/i18n/ui/islands.pt-br.ts';
import type { SizeField, SizeInputs } from '../lib/storage/check.ts';
import StorageCheck from './StorageCheck.tsx';
import {
	StorageCheckView,
	type CopyState,
	type StorageCheckPaths,
	type StorageCheckWords,
} from './StorageCheckView.tsx';

const ID = 'storage-check';
const PATHS: StorageCheckPaths = {
	backup: ['WhatsApp', 'Settings', 'Chats', 'Chat Backup'],
	icloud: ['Settings', '[your name]', 'iCloud'],
	iphone: ['Settings', 'General', 'iPhone Storage'],
};
const WORDS: Record<Locale, StorageCheckWords> = {
	en: islandsEn.storageCheck,
	es: islandsEs.storageCheck,
	'pt-br': islandsPtBr.storageCheck,
	de: islandsDe.storageCheck,
};

/** The markup once the island is awake, for sizes typed as given, on a page in `locale`. */
function render(
	[backup, icloud, iphone]: [string, string, string],
	{
		readerLocales = ['en-US'],
		locale = 'en',
		copy = { status: 'idle' },
	}: { readerLocales?: string[]; locale?: Locale; copy?: CopyState } = {},
) {
	const inputs: SizeInputs = { backup, icloud, iphone };
	const html = renderToStaticMarkup(
		createElement(StorageCheckView, {
			id: ID,
			words: WORDS[locale],
			paths: PATHS,
			linkPrefix: LOCALE_INFO[locale].prefix,
			inputs,
			ready: true,
			readerLocales,
			copy,
			onChange: () => undefined,
			onCopy: () => undefined,
			inputRef: () => undefined,
		}),
	);
	return { html, ...parts(html) };
}

const ENTITIES: Record<string, string> = { quot: '"', '#x27': "'", amp: '&', lt: '<', gt: '>' };
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(quot|#x27|amp|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? '')
		.replace(/\s+/g, ' ')
		.trim();

/** What a reader and a screen reader get from the markup. */
function parts(html: string) {
	const answer = /<div class="storage-check-answer"([^>]*)>([\s\S]*?)<\/div>/.exec(html);
	const next = /<div class="storage-check-next">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
	const elementWithId = (id: string) =>
		textOf(new RegExp(`<p[^>]* id="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '');
	return {
		verdict: /data-verdict="([^"]+)"/.exec(answer?.[1] ?? '')?.[1],
		answer: textOf(answer?.[2] ?? ''),
		next: textOf(next),
		/** Each link of the next steps, as its text and address. */
		links: [...next.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map(([, href, text]) => ({
			text,
			href,
		})),
		/** A field's input: whether it is marked invalid, and the text of what describes it, in order. */
		field: (field: SizeField) => {
			const input = new RegExp(`<input[^>]* id="${ID}-${field}"[^>]*>`).exec(html)?.[0] ?? '';
			const describedBy = /aria-describedby="([^"]*)"/.exec(input)?.[1] ?? '';
			return {
				invalid: input.includes('aria-invalid="true"'),
				description: describedBy.split(' ').map(elementWithId).join(' '),
			};
		},
	};
}

describe('StorageCheck server render', () => {
	test('shows the three labelled, empty fields with their hints, and no answer yet', () => {
		const html = renderToString(
			createElement(StorageCheck, { words: WORDS.en, paths: PATHS, linkPrefix: '' }),
		);
		for (const label of ['WhatsApp backup size', 'Free iCloud storage', 'Free iPhone storage'])
			expect(html).toContain(`>${label}</label>`);
		expect(html.match(/<input[^>]* value=""/g)).toHaveLength(3);
		const { verdict, answer, field } = parts(html);
		expect(verdict).toBeUndefined();
		expect(answer).toBe('');
		expect(field('backup').description).toMatch(/^In WhatsApp .*Chat Backup , e\.g\. 4\.2 GB\.$/);
		expect(html).not.toContain('data-ready');
		// The copy button keeps its place, hidden until the island can copy.
		expect(html).toContain('storage-check-share storage-check-share--waiting');
	});
});

describe('StorageCheckView answers', () => {
	test('says there is enough space at exactly 2.05 × the backup, and links to backing up', () => {
		const { verdict, answer, links } = render(['4 GB', '8.2 GB', '50 GB']);
		expect(verdict).toBe('enough');
		expect(answer).toContain('Enough space');
		expect(answer).toContain('A 4 GB backup needs at least 8.2 GB free');
		expect(links).toEqual([{ text: 'Back up now', href: '/back-up-now/' }]);
	});

	test('echoes a backup typed in binary units rounded, and still decides on the exact bytes', () => {
		// 2.05 × 1.5 GiB is 3.30175… GB: 3.3 GB is just short, 3.302 GB just enough.
		const { verdict, answer } = render(['1.5 GiB', '3.3 GB', '3.302 GB']);
		expect(verdict).toBe('short-icloud');
		expect(answer).toContain('A 1.61 GB backup needs at least 3.31 GB free');
		expect(answer).not.toContain('1.610612736');
	});

	test('says how much to free in iCloud and what to do about it, deleting the old backup last', () => {
		const { verdict, answer, links, next } = render(['4.2 GB', '3 GB', '50 GB']);
		expect(verdict).toBe('short-icloud');
		expect(answer).toContain('Not enough space');
		expect(answer).toContain('In iCloud: not enough. Free up at least 5.61 GB more.');
		expect(answer).toContain('On your iPhone: enough space.');
		expect(links).toEqual([
			{ text: 'Free up iCloud storage', href: '/make-enough-room/#free-icloud-storage' },
			{ text: 'Leave videos out of the backup', href: '/leave-videos-out/' },
			{ text: 'Get more iCloud storage', href: '/make-enough-room/#get-more-icloud-storage' },
			{ text: 'Delete the old backup from iCloud', href: '/delete-old-backup/' },
		]);
		expect(next).toContain('iCloud+ plans come in 50 GB, 200 GB, 2 TB, 6 TB and 12 TB.');
	});

	test('says how much to free on the iPhone, and offers nothing about iCloud', () => {
		const { verdict, answer, links, next } = render(['1 TB', '6 TB', '2049999 MB']);
		expect(verdict).toBe('short-iphone');
		expect(answer).toContain('On your iPhone: not enough. Free up at least 1 MB more.');
		expect(links).toEqual([
			{ text: 'Free up iPhone storage', href: '/make-enough-room/#free-iphone-storage' },
			{ text: 'Leave videos out of the backup', href: '/leave-videos-out/' },
		]);
		expect(next).not.toContain('iCloud+ plans');
	});

	test('says when both places are short', () => {
		const { verdict, answer } = render(['1,800 MB', '0 GB', '1 GB']);
		expect(verdict).toBe('short-both');
		expect(answer).toContain('In iCloud: not enough. Free up at least 3.69 GB more.');
		expect(answer).toContain('On your iPhone: not enough. Free up at least 2.69 GB more.');
	});

	test('formats sizes in the reader’s locale', () => {
		const { answer } = render(['4,2GB', '3GB', '50GB'], { readerLocales: ['de-DE'] });
		expect(answer).toContain('Free up at least 5,61 GB more.');
	});

	test('says how an ambiguous comma was read, in the field’s description', () => {
		expect(render(['1,800 MB', '', '']).field('backup').description).toMatch(
			/^Read as 1800 MB \(the comma separates thousands\)/,
		);
	});

	test('gives no verdict until all three sizes are typed', () => {
		const { verdict, answer, next } = render(['4 GB', '8 GB', '']);
		expect(verdict).toBeUndefined();
		expect(answer).toBe('Enter all three sizes to see whether there is room for the backup.');
		expect(next).toBe('');
	});
});

describe('StorageCheckView in the page’s language, with the reader’s numbers', () => {
	test.each([
		{
			locale: 'es',
			readerLocales: ['es-AR'],
			answer: [
				'No hay espacio suficiente',
				'Una copia de 1,5 GB necesita al menos 3,08 GB libres en iCloud y en tu iPhone (2,05 × la copia).',
				'En iCloud: no alcanza. Libera al menos 1,08 GB más.',
				'En tu iPhone: hay espacio suficiente.',
			],
			link: {
				text: 'Libera almacenamiento en iCloud',
				href: '/es/make-enough-room/#free-icloud-storage',
			},
		},
		{
			locale: 'es',
			readerLocales: ['es-MX'],
			answer: ['Una copia de 1.5 GB necesita al menos 3.08 GB libres'],
			link: {
				text: 'Libera almacenamiento en iCloud',
				href: '/es/make-enough-room/#free-icloud-storage',
			},
		},
		{
			locale: 'pt-br',
			readerLocales: ['pt-BR'],
			answer: [
				'Não há espaço suficiente',
				'No iCloud: não é suficiente. Libere pelo menos mais 1,08 GB',
			],
			link: {
				text: 'Libere armazenamento no iCloud',
				href: '/pt-br/make-enough-room/#free-icloud-storage',
			},
		},
		{
			locale: 'de',
			readerLocales: ['de-DE'],
			answer: [
				'Nicht genug Speicherplatz',
				'Ein Backup von 1,5 GB braucht mindestens 3,08 GB freien Speicher in iCloud und auf deinem iPhone (2,05 × das Backup).',
				'In iCloud: nicht genug. Gib mindestens 1,08 GB mehr frei.',
			],
			link: {
				text: 'iCloud-Speicher freigeben',
				href: '/de/make-enough-room/#free-icloud-storage',
			},
		},
	] as const)(
		'answers "1,5 GB" on a $locale page for a reader in $readerLocales',
		({ locale, readerLocales, answer, link }) => {
			const rendered = render(['1,5 GB', '2 GB', '50 GB'], {
				locale,
				readerLocales: [...readerLocales],
			});
			expect(rendered.verdict).toBe('short-icloud');
			for (const sentence of answer) expect(rendered.answer).toContain(sentence);
			expect(rendered.links[0]).toEqual(link);
		},
	);

	test('says in German how a dot before three digits was read, and how to type the other meaning', () => {
		const { verdict, field } = render(['1.500 MB', '3,1 GB', '3,1 GB'], {
			locale: 'de',
			readerLocales: ['de-DE'],
		});
		expect(verdict).toBe('enough');
		expect(field('backup').description).toMatch(
			/^Gelesen als 1500 MB \(der Punkt trennt die Tausender\)\. Für 1,5 MB gib 1,5 MB ein\./,
		);
	});

	test('says in Spanish what is wrong with a size, quoting it', () => {
		const { verdict, answer, field } = render(['12', '0 GB', '4 XB'], {
			locale: 'es',
			readerLocales: ['es-419'],
		});
		expect(verdict).toBe('invalid');
		expect(field('backup').description).toMatch(
			/^Error: Agrega una unidad a «12»; por ejemplo, 12 GB\. En WhatsApp/,
		);
		expect(answer).toContain('Revisa lo que escribiste');
		expect(answer).toContain(
			'Espacio libre en el iPhone: «XB» no es una unidad que esta herramienta conozca.',
		);
	});

	test('names the plans in the page’s language', () => {
		expect(
			render(['4,2 GB', '3 GB', '50 GB'], { locale: 'de', readerLocales: ['de-DE'] }).next,
		).toContain('iCloud+ gibt es mit 50 GB, 200 GB, 2 TB, 6 TB und 12 TB.');
	});
});

describe('StorageCheckView input errors', () => {
	test('marks a size without a unit as invalid and says how to fix it', () => {
		const { verdict, answer, field } = render(['12', '', '']);
		expect(verdict).toBe('invalid');
		expect(field('backup')).toEqual({
			invalid: true,
			description: expect.stringMatching(/^Error: Add a unit to "12", e\.g\. 12 GB\. In WhatsApp/),
		});
		expect(answer).toContain('WhatsApp backup size: Add a unit to "12", e.g. 12 GB.');
	});

	test('refuses a backup of 0 but accepts free space of 0', () => {
		const { verdict, answer, field } = render(['0 GB', '0 GB', '0 GB']);
		expect(verdict).toBe('invalid');
		expect([field('backup').invalid, field('icloud').invalid, field('iphone').invalid]).toEqual([
			true,
			false,
			false,
		]);
		expect(answer).toContain('A backup is never 0 bytes.');
	});

	test('lists every field that needs fixing', () => {
		const { answer, field } = render(['4 XB', '8 GB', '-4 GB']);
		expect(answer).toContain('WhatsApp backup size: "XB" is not a unit this check knows.');
		expect(answer).toContain('Free iPhone storage: A size can’t be below zero.');
		expect(field('icloud').invalid).toBe(false);
	});
});

describe('StorageCheckView copy link', () => {
	test('says when the link was copied', () => {
		expect(render(['4 GB', '', ''], { copy: { status: 'copied' } }).html).toContain(
			'aria-live="polite">Link copied</p>',
		);
	});

	test('shows the link to copy by hand when the clipboard refuses', () => {
		const link = 'https://whatsapp-backup.help/make-enough-room/?backup=4+GB';
		const { html } = render(['4 GB', '', ''], { copy: { status: 'failed', link } });
		expect(textOf(html)).toContain('Couldn’t copy the link. Select it below and copy it by hand.');
		expect(html).toMatch(
			new RegExp(
				`<label for="(${ID}-link)">Link to this result</label><input id="\\1" type="text" readOnly="" value="${link.replaceAll('+', '\\+').replaceAll('?', '\\?')}"`,
			),
		);
	});
});
