import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseGlossary, readGlossary } from './glossary.ts';

const FAQ = 'https://faq.whatsapp.com/902477924463699/?locale=es_LA';
const entry = (languages: Record<string, unknown>) => ({
	whatsapp: { 'Back Up Now': { en: { kind: 'official', source: FAQ }, ...languages } },
});

/** What the author is told, or undefined when the glossary is fine. */
function problem(raw: unknown): string | undefined {
	try {
		parseGlossary(raw);
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

describe('parseGlossary', () => {
	test('accepts sourced labels, descriptions, and apps left out', () => {
		const glossary = parseGlossary(
			entry({
				es: {
					label: 'Realizar copia ahora',
					kind: 'official',
					source: FAQ,
					seenOn: 'WhatsApp 25.1',
				},
				'es-ES': { label: 'Hacer copia ahora', kind: 'press', source: 'https://okdiario.com/x' },
				de: { kind: 'none', description: 'die Schaltfläche, die jetzt sichert' },
			}),
		);
		expect(glossary.ios).toEqual({});
		expect(glossary.whatsapp['Back Up Now']?.de).toEqual({
			kind: 'none',
			description: 'die Schaltfläche, die jetzt sichert',
		});
	});

	test.each([
		{
			name: 'an official label from a page that is not Apple’s or WhatsApp’s',
			raw: entry({ es: { label: 'Realizar', kind: 'official', source: 'https://okdiario.com/x' } }),
			message:
				'- whatsapp > "Back Up Now" > es > source: https://okdiario.com/x is not an Apple or WhatsApp page, so the label can\'t be official; use kind: press.',
		},
		{
			name: 'a label without a source',
			raw: entry({ de: { label: 'Jetzt sichern', kind: 'press' } }),
			message: '- whatsapp > "Back Up Now" > de > source:',
		},
		{
			name: 'kind none without a description',
			raw: entry({ 'pt-br': { kind: 'none' } }),
			message:
				'- whatsapp > "Back Up Now" > pt-br > description: With kind: none, describe the control in a few words that fit a sentence.',
		},
		{
			name: 'an English entry that repeats the label',
			raw: { ios: { Settings: { en: { label: 'Settings', kind: 'press', source: FAQ } } } },
			message: '- ios > "Settings" > en: Unrecognized key: "label"',
		},
		{
			name: 'a source on the blocklist',
			raw: entry({ de: { label: 'Jetzt', kind: 'press', source: 'https://www.mobitrix.com/x' } }),
			message: 'mobitrix.com is on the blocklist (vendor sales page',
		},
		{
			name: "Spain's label the same as Latin America's",
			raw: entry({
				es: { label: 'Realizar copia ahora', kind: 'official', source: FAQ },
				'es-ES': { label: 'Realizar copia ahora', kind: 'official', source: FAQ },
			}),
			message:
				'- whatsapp > "Back Up Now" > es-ES: Give es-ES only where Spain’s screen differs from the es label.',
		},
		{
			name: 'an unknown app',
			raw: { android: {} },
			message: '- (file): Unknown app "android": group labels under whatsapp, ios, computer, web.',
		},
	])('refuses $name, naming the label and field', ({ raw, message }) => {
		expect(problem(raw)).toContain(message);
	});
});

test('readGlossary names the file when its YAML is broken, e.g. a label listed twice', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.yaml');
	writeFileSync(
		file,
		'ios:\n  Settings:\n    en: { kind: none, description: x y z }\n  Settings: {}\n',
	);
	expect(() => readGlossary(file)).toThrow(`${file} can't be read: Map keys must be unique`);
});
