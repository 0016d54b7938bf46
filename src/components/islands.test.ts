// The storage check and the status widget as a page in each language renders them, in-process with Astro's
// container: the words, and the paths through Settings from the glossary, reach the island as props, and a
// page carries its own language's words only. What the island then answers is in src/islands/*View.test.ts.
import reactRenderer from '@astrojs/react/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test, vi } from 'vitest';
import { uiText } from '../lib/i18n/ui/index.ts';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';
import ICloudStatus from './ICloudStatus.astro';
import StorageCheck from './StorageCheck.astro';

// site-data.ts loads every content collection, and the container has none; the storage check needs only
// the glossary from it.
vi.mock('../site-data.ts', async () => {
	const { readGlossary } = await import('../schemas/glossary.ts');
	return { glossary: readGlossary() };
});

/** A component's markup on the page at `path`, as a reader gets it before the island wakes up. */
async function renderAt(
	component: Parameters<AstroContainer['renderToString']>[0],
	path: string,
): Promise<string> {
	const container = await AstroContainer.create();
	container.addServerRenderer({ name: '@astrojs/react', renderer: reactRenderer });
	container.addClientRenderer({ name: '@astrojs/react', entrypoint: '@astrojs/react/client.js' });
	const html = await container.renderToString(component, {
		request: new Request(`https://whatsapp-backup.help${path}`),
	});
	// The dev server that renders here adds source attributes; the built page has none.
	return html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
}

/** Every sentence in a group of words. */
const sentences = (words: object): string[] =>
	Object.values(words).flatMap((value: unknown) =>
		typeof value === 'string' ? [value] : sentences(value as object),
	);

/** The sentences of `group` in other languages than `locale` (and not in it) that appear in `html`. */
function foreignWords(
	html: string,
	locale: Locale,
	group: 'storageCheck' | 'icloudStatus',
): string[] {
	const own = new Set(sentences(uiText(locale)[group]));
	const markup = html
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'");
	return LOCALES.filter((other) => other !== locale)
		.flatMap((other) => sentences(uiText(other)[group]))
		.filter((sentence) => sentence.length > 12 && !own.has(sentence) && markup.includes(sentence));
}

/** Text as a reader reads it: tags dropped, entities and spaces tidied. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe('the storage check on a page', () => {
	test.each([
		{
			locale: 'es',
			path: '/es/make-enough-room/',
			form: 'Revisa tu almacenamiento',
			labels: [
				'Tamaño de la copia de WhatsApp',
				'Espacio libre en iCloud',
				'Espacio libre en el iPhone',
			],
			hint: 'En WhatsApp › , Configuración (en España: Ajustes) › , Chats › , Copia de seguridad; por ejemplo, 4,2 GB.',
		},
		{
			locale: 'de',
			path: '/de/make-enough-room/',
			form: 'Speicherplatz prüfen',
			labels: ['Größe des WhatsApp-Backups', 'Freier iCloud-Speicher', 'Freier iPhone-Speicher'],
			hint: 'Unter WhatsApp › , Einstellungen › , Chats › , Chat-Backup, z. B. 4,2 GB.',
		},
	] as const)('speaks the language of $path, and ships no other language’s words', async (page) => {
		const html = await renderAt(StorageCheck, page.path);
		expect(html).toContain(`aria-label="${page.form}"`);
		for (const label of page.labels)
			expect(html).toMatch(new RegExp(`<label [^>]*>${label}</label>`));
		expect(textOf(html)).toContain(page.hint);
		expect(html).toContain('client="visible"');
		// The island's props hold this page's words, and only those.
		expect(html).toContain(uiText(page.locale).storageCheck.errors.backupZero);
		expect(foreignWords(html, page.locale, 'storageCheck')).toEqual([]);
		expect(html).not.toContain('data-verdict');
	});
});

describe('the iCloud status widget on a page', () => {
	test.each([
		{
			path: '/es/is-icloud-down/',
			intro: 'Apple publica los problemas conocidos de iCloud Backup, iCloud Drive',
			link: 'la página de estado del sistema de Apple',
			english: 'Apple lists known problems',
		},
		{
			path: '/de/is-icloud-down/',
			intro: 'Apple listet bekannte Probleme mit iCloud Backup, iCloud Drive',
			link: 'Apples Systemstatus-Seite',
			english: 'Checked at',
		},
	])('speaks the language of $path, and ships no English words', async (page) => {
		const html = await renderAt(ICloudStatus, page.path);
		expect(textOf(html)).toContain(page.intro);
		expect(html).toContain(
			`<a href="https://www.apple.com/support/systemstatus/">${page.link}</a>`,
		);
		expect(html).not.toContain(page.english);
		expect(html).not.toContain('data-state');
	});
});
