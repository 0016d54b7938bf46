import { describe, expect, test } from 'vitest';
import { englishVersion, stampTranslation, translationStates } from './versions.ts';

const english = (body: string, sources = 'a') =>
	`---\ntitle: Back up now\ndescription: Start it yourself.\nsources: ${sources}\n---\n\n${body}\n`;

describe('translation versions', () => {
	test('a change to the words makes a new version; a change to shared facts does not', () => {
		const version = englishVersion(english('## Start {#start}\n\nTap it.'));
		expect(englishVersion(english('## Start {#start}\n\nTap it.', 'b'))).toBe(version);
		expect(englishVersion(english('## Start {#start}\n\nTap it twice.'))).not.toBe(version);
	});

	test('a translation stamped from the current English is current until the English changes', () => {
		const stamped = stampTranslation(
			"---\ntitle: Haz la copia\ntranslatedFrom: '000000000000'\n---\n\nTexto\n",
			englishVersion(english('Tap it.')),
		);
		const states = (englishBody: string) =>
			translationStates(
				[{ id: 'back-up-now', text: english(englishBody) }],
				new Map([['es/back-up-now', stamped]]),
				['es', 'de'],
			);
		expect(states('Tap it.')).toEqual([
			{ id: 'back-up-now', locale: 'es', state: 'current' },
			{ id: 'back-up-now', locale: 'de', state: 'missing' },
		]);
		expect(states('Tap it twice.')[0]?.state).toBe('behind');
	});
});
