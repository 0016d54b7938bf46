import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { fixtureArticle } from '../../../tests/support/article-fixture.ts';
import { articleMarkdown, llmsTxt } from './article-markdown.ts';
import { repliesCsv, repliesJson } from './bundles.ts';
import { changesFeed } from './feed.ts';
import { deskSteps, type DeskLanguage } from './replies.ts';
import { englishLabels, type LabelResolver } from './step-doc.ts';
import { deskWords } from './words.ts';

const BODY = [
	'## Start the backup {#first-step}',
	'',
	'1. Go to <SettingsPath app="whatsapp" path="Settings > Chats" />.',
	'2. Tap <L app="whatsapp">Back Up Now</L>, then see [the next fix](/restart-iphone/#force-restart).',
	'',
].join('\n');
const entry = fixtureArticle('back-up-now', {}, BODY);

const language = (locale: DeskLanguage['locale'], resolve: LabelResolver = englishLabels) => ({
	locale,
	site: new URL('https://x.test'),
	resolve,
	words: deskWords(locale),
	today: new Date('2026-12-05T00:00:00Z'),
});

describe('deskSteps', () => {
	test('writes each step as a macro: stable id, Category::Title, its address, date and four replies', () => {
		const [step] = deskSteps([entry], language('en'));
		expect(step?.reply).toEqual({
			id: 'back-up-now#first-step',
			title: 'Fixture article back-up-now::Start the backup',
			url: 'https://x.test/back-up-now/#first-step',
			checked: '2026-11-26',
			whatsapp: [
				'*Start the backup*',
				'1. Go to *Settings* › *Chats*.\n2. Tap *Back Up Now*, then see the next fix (https://x.test/restart-iphone/#force-restart).',
				'https://x.test/back-up-now/#first-step',
				'Checked November 26, 2026 · source: Apple Support (https://support.apple.com/en-ae/102119)',
			].join('\n\n'),
			text: expect.stringContaining('2. Tap Back Up Now, then see the next fix (https://'),
			markdown: expect.stringContaining(
				'2. Tap **Back Up Now**, then see [the next fix](https://x.test/restart-iphone/#force-restart).',
			),
			html: expect.stringContaining(
				'<ol><li>Go to <strong>Settings</strong> › <strong>Chats</strong>.</li>',
			),
		});
	});

	test('in another language, links keep its prefix, dates its words and labels its glossary', () => {
		const glossary: LabelResolver = (label) => ({
			kind: 'label',
			text: { 'Back Up Now': 'Realizar copia ahora', Settings: 'Configuración' }[label] ?? label,
		});
		const [step] = deskSteps([entry], language('es', glossary));
		expect(step?.reply.url).toBe('https://x.test/es/back-up-now/#first-step');
		expect(step?.reply.whatsapp).toContain('Tap *Realizar copia ahora*');
		expect(step?.reply.whatsapp).toContain('(https://x.test/es/restart-iphone/#force-restart)');
		expect(step?.reply.text).toContain('Revisado el 26 de noviembre de 2026');
	});
});

describe('the bundles', () => {
	test('the CSV reads back as the JSON, field for field', () => {
		const replies = deskSteps([entry], language('en')).map((step) => step.reply);
		expect(parseCsv(repliesCsv(replies), { columns: true, bom: true })).toEqual(
			JSON.parse(repliesJson(replies)),
		);
	});
});

describe('articleMarkdown', () => {
	test('writes the article with each step, its link, its labels and its source', () => {
		const markdown = articleMarkdown(entry, language('es'));
		expect(markdown).toContain(
			'## Start the backup\n\nEnlace a este paso: <https://x.test/es/back-up-now/#first-step>\n\n1. Go to **Settings** › **Chats**.',
		);
		expect(markdown).toContain('Fuente: [Apple Support](https://support.apple.com/en-ae/102119)');
		expect(markdown).toContain(
			'## Cambios en estos pasos\n\n- 2026-11-26: Every step checked against its sources. (Pasos: Start the backup)',
		);
	});

	test('llms.txt lists each language’s articles by their Markdown address', () => {
		const text = llmsTxt(
			[
				{ language: language('en'), entries: [entry] },
				{ language: language('de'), entries: [entry] },
			],
			{ siteName: 'Help', summary: 'Fixes.' },
		);
		expect(text).toMatch(/^# Help\n\n> Fixes\./);
		expect(text).toContain('- [Fixture article back-up-now](https://x.test/back-up-now.md):');
		expect(text).toContain('## Articles in Deutsch (de)');
		expect(text).toContain('(https://x.test/de/back-up-now.md)');
	});
});

describe('changesFeed', () => {
	test('has one entry per change, linked to the step it changed, in the language', () => {
		const feed = changesFeed([entry], language('pt-br'), {
			siteName: 'Help',
			feedPath: '/pt-br/changes.xml',
		});
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-BR">');
		expect(feed).toContain('<id>https://x.test/pt-br/changes.xml</id>');
		expect(feed).toContain('<updated>2026-11-26T00:00:00Z</updated>');
		expect(feed).toContain(
			'<link rel="alternate" type="text/html" href="https://x.test/pt-br/back-up-now/#first-step"/>',
		);
		expect(feed.match(/<entry>/g)).toHaveLength(1);
	});
});
