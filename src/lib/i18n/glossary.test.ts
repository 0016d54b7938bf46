import { describe, expect, test } from 'vitest';
import {
	checkArticleLabels,
	checkTranslationLabels,
	countLabels,
	labelText,
	scanLabels,
	screenLabel,
	settingsPathText,
	slotLabel,
	type Glossary,
} from './glossary.ts';
import type { Locale } from './locales.ts';

const WA_FAQ = 'https://faq.whatsapp.com/902477924463699/?locale=es_LA';
const PRESS = 'https://www.example-news.com/whatsapp-backup';

const glossary: Glossary = {
	whatsapp: {
		Settings: {
			en: { kind: 'press', source: PRESS },
			es: { kind: 'official', label: 'Configuración', source: WA_FAQ },
			'es-ES': { kind: 'press', label: 'Ajustes', source: PRESS },
			'pt-br': { kind: 'press', label: 'Configurações', source: PRESS },
			de: { kind: 'official', label: 'Einstellungen', source: WA_FAQ },
		},
		Chats: {
			en: { kind: 'press', source: PRESS },
			es: { kind: 'official', label: 'Chats', source: WA_FAQ },
		},
		'Back Up Now': {
			en: { kind: 'press', source: PRESS, seenOn: '2022-09-26' },
			es: { kind: 'none', description: 'la opción de hacer la copia ahora' },
		},
	},
	ios: {
		Settings: { en: { kind: 'official', source: 'https://support.apple.com/102433' } },
		'[your name]': { en: { kind: 'none', description: 'your name at the top of Settings' } },
	},
	computer: {},
	web: {},
};

describe('labelText', () => {
	test('English shows the label as the article writes it, whatever the evidence', () => {
		expect(labelText(glossary, 'ios', '[your name]', 'en')).toEqual({
			kind: 'label',
			text: '[your name]',
		});
	});

	test("a translation shows its language's label, and Spain's where it differs", () => {
		expect(labelText(glossary, 'whatsapp', 'Settings', 'de')).toEqual({
			kind: 'label',
			text: 'Einstellungen',
		});
		expect(labelText(glossary, 'whatsapp', 'Settings', 'es')).toEqual({
			kind: 'label',
			text: 'Configuración',
			spain: 'Ajustes',
		});
	});

	test('a label no source shows reads as its description with the English label', () => {
		expect(labelText(glossary, 'whatsapp', 'Back Up Now', 'es')).toEqual({
			kind: 'described',
			description: 'la opción de hacer la copia ahora',
			english: 'Back Up Now',
		});
	});

	test.each<{ app: string; label: string; locale?: Locale; message: string }>([
		{
			app: 'whatsapp',
			label: 'Back Up Nowz',
			message: '"whatsapp:Back Up Nowz" is not in content/glossary.yaml',
		},
		{
			app: 'whatsapp',
			label: 'Back Up Now',
			locale: 'de',
			message: '"whatsapp:Back Up Now" has no "de" entry in content/glossary.yaml',
		},
		{
			app: 'android',
			label: 'Settings',
			message: 'app="android" is not an app of the glossary',
		},
	])('names what is missing: $message', ({ app, label, locale = 'es', message }) => {
		expect(() => labelText(glossary, app, label, locale)).toThrow(message);
	});

	test('each place of a Settings path is looked up in its app', () => {
		expect(settingsPathText(glossary, 'whatsapp', 'Settings › Chats', 'es')).toEqual([
			{ kind: 'label', text: 'Configuración', spain: 'Ajustes' },
			{ kind: 'label', text: 'Chats' },
		]);
	});
});

test.each<{ app: string; label: string; locale: Locale; shown: string | undefined }>([
	{ app: 'whatsapp', label: 'Settings', locale: 'de', shown: 'Einstellungen' },
	{ app: 'whatsapp', label: 'Back Up Now', locale: 'es', shown: undefined },
	{ app: 'whatsapp', label: 'Chats', locale: 'pt-br', shown: undefined },
	{ app: 'whatsapp', label: 'Settings', locale: 'en', shown: undefined },
	{ app: 'restore', label: 'Settings', locale: 'es', shown: undefined },
])('screenLabel: $app:$label in $locale reads $shown', ({ app, label, locale, shown }) => {
	expect(screenLabel(glossary, app, label, locale)).toBe(shown);
});

test('slotLabel reads the label back from the HTML Astro hands over', () => {
	expect(slotLabel(' iCloud Account &amp; Sign In ')).toBe('iCloud Account & Sign In');
	expect(slotLabel('Don’t Allow')).toBe("Don't Allow");
});

describe('scanLabels', () => {
	test('finds <L> and SettingsPath places, each with its step and line', () => {
		const body = [
			'Intro with <L app="whatsapp">Chats</L>.',
			'## First {#first}',
			'Go to <SettingsPath app="whatsapp" path="Settings > Chats" />.',
			'## Second {#second}',
			'Tap <L app="whatsapp">Back Up Now</L>, or `<L app="ios">Code</L>`.',
		].join('\n');
		expect(scanLabels(body)).toEqual({
			uses: [
				{ app: 'whatsapp', label: 'Chats', line: 1, step: '' },
				{ app: 'whatsapp', label: 'Settings', line: 3, step: 'first' },
				{ app: 'whatsapp', label: 'Chats', line: 3, step: 'first' },
				{ app: 'whatsapp', label: 'Back Up Now', line: 5, step: 'second' },
			],
			problems: [],
		});
	});
});

describe('checkArticleLabels', () => {
	const FILE = 'content/a.mdx';
	const check = (body: string, locale: 'en' | 'es' = 'en') =>
		checkArticleLabels(FILE, `## Step {#step}\n${body}`, glossary, locale);

	test('accepts labels and paths the glossary has for the language', () => {
		expect(
			check(
				'Open <L app="whatsapp">Settings</L>, then <SettingsPath app="ios" path="Settings > [your name]" />.',
			),
		).toEqual([]);
	});

	test.each([
		{
			name: 'a label missing from the glossary',
			body: 'Tap <L app="whatsapp">Back Up Nowz</L>.',
			problem:
				'content/a.mdx:2: step "step": "whatsapp:Back Up Nowz" is not in content/glossary.yaml; add it',
		},
		{
			name: 'a label of another app',
			body: 'Tap <L app="ios">Chats</L>.',
			problem:
				'content/a.mdx:2: step "step": "ios:Chats" is not in content/glossary.yaml; it is there for app="whatsapp".',
		},
		{
			name: 'a Settings place missing from the glossary',
			body: 'Go to <SettingsPath app="ios" path="Settings > General" />.',
			problem: 'content/a.mdx:2: step "step": "ios:General" is not in content/glossary.yaml',
		},
		{
			name: 'a SettingsPath without its app',
			body: 'Go to <SettingsPath path="Settings > Chats" />.',
			problem:
				'content/a.mdx:2: step "step": <SettingsPath path="Settings > Chats"> needs the app whose Settings it is: app="ios" or app="whatsapp".',
		},
		{
			name: 'an <L> without its app',
			body: 'Tap <L>Chats</L>.',
			problem: 'content/a.mdx:2: step "step": <L> needs an app: <L app="whatsapp">Chats</L>.',
		},
		{
			name: 'an <L> left open',
			body: 'Tap <L app="whatsapp">Chats.',
			problem:
				'content/a.mdx:2: step "step": close each <L app="…"> with </L> around the English label.',
		},
		{
			name: 'markup inside an <L>',
			body: 'Tap <L app="whatsapp">**Chats**</L>.',
			problem:
				'content/a.mdx:2: step "step": write only the label\'s exact English words inside <L app="whatsapp">…</L>',
		},
		{
			name: 'a glossary label written in bold',
			body: 'Then tap **Back Up Now**.',
			problem:
				'content/a.mdx:2: step "step": **Back Up Now** is an on-screen label of the glossary: write <L app="whatsapp">Back Up Now</L>, so each language shows its own.',
		},
		{
			name: 'a label of two apps written in bold',
			body: 'Open **Settings**.',
			problem: 'write <L app="whatsapp">Settings</L> or <L app="ios">Settings</L>',
		},
	])('names the file, line, step and label for $name', ({ body, problem }) => {
		expect(check(body).join('\n')).toContain(problem);
	});

	test('a label the language lacks is named with the language', () => {
		expect(check('Go to <SettingsPath app="ios" path="Settings > [your name]" />.', 'es')).toEqual([
			'content/a.mdx:2: step "step": "ios:Settings" has no "es" entry in content/glossary.yaml; add what a es screen shows, or kind: none with a description.',
			'content/a.mdx:2: step "step": "ios:[your name]" has no "es" entry in content/glossary.yaml; add what a es screen shows, or kind: none with a description.',
		]);
	});

	test('names the place before the first step, and leaves bold emphasis and code alone', () => {
		expect(
			checkArticleLabels(
				FILE,
				'Tap **Chats** first, **not** later; `**Chats**` is code.\n## Step {#step}\n',
				glossary,
				'en',
			),
		).toEqual([
			'content/a.mdx:1: before the first step: **Chats** is an on-screen label of the glossary: write <L app="whatsapp">Chats</L>, so each language shows its own.',
		]);
	});
});

describe('checkTranslationLabels', () => {
	const english = [
		'Intro.',
		'## One {#one}',
		'Open <L app="ios">Settings</L>, then WhatsApp, and go to <SettingsPath app="whatsapp" path="Settings > Chats" />.',
		'## Two {#two}',
		'Tap <L app="whatsapp">Back Up Now</L>.',
	].join('\n');

	test('accepts a translation that names the same labels in each step, in any order', () => {
		const translated = [
			'Introducción.',
			'## Uno {#one}',
			'Ve a <SettingsPath app="whatsapp" path="Settings > Chats" /> de WhatsApp, abierto desde <L app="ios">Settings</L>.',
			'## Dos {#two}',
			'Toca <L app="whatsapp">Back Up Now</L>.',
		].join('\n');
		expect(checkTranslationLabels('content/es/a.mdx', english, translated)).toEqual([]);
	});

	test('names the step and the labels missing from it or added to it', () => {
		const translated = [
			'## Uno {#one}',
			'Abre **Configuración** y ve a <SettingsPath app="whatsapp" path="Settings > Chats" />.',
			'## Dos {#two}',
			'Toca <L app="whatsapp">Back Up Now</L> en <L app="ios">Settings</L>.',
		].join('\n');
		expect(checkTranslationLabels('content/es/a.mdx', english, translated)).toEqual([
			'content/es/a.mdx:1: step "one": name the same labels as the English step, through <L> and <SettingsPath>: missing "ios:Settings".',
			'content/es/a.mdx:3: step "two": name the same labels as the English step, through <L> and <SettingsPath>: not in the English step "ios:Settings".',
		]);
	});

	test('leaves a step the translation lacks to the check of step ids', () => {
		expect(checkTranslationLabels('content/es/a.mdx', english, '## Uno {#one}\nNada.\n')).toEqual([
			'content/es/a.mdx:1: step "one": name the same labels as the English step, through <L> and <SettingsPath>: missing "ios:Settings", "whatsapp:Settings", "whatsapp:Chats".',
		]);
	});
});

test('countLabels counts each language by kind, and leaves out languages an entry lacks', () => {
	expect(countLabels(glossary)).toEqual({
		en: { official: 1, press: 3, none: 1 },
		es: { official: 2, press: 0, none: 1 },
		'pt-br': { official: 0, press: 1, none: 0 },
		de: { official: 1, press: 0, none: 0 },
	});
});
