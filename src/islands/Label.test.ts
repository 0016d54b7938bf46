// How a label reads in a page's own words: the markup <L> and each Settings place share.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import type { LabelText } from '../lib/i18n/label-text.ts';
import { Label } from './Label.tsx';
import { SettingsPath } from './SettingsPath.tsx';

const render = (text: LabelText) =>
	renderToStaticMarkup(createElement(Label, { text, tag: 'strong', className: 'label' }));

test.each<[string, LabelText, string]>([
	[
		'a label in bold, as Markdown bold looked',
		{ kind: 'label', text: 'Realizar copia ahora' },
		'<strong class="label">Realizar copia ahora</strong>',
	],
	[
		'a description, then the English label in parentheses, marked as English',
		{ kind: 'described', description: 'la opción de hacer la copia ahora', english: 'Back Up Now' },
		'la opción de hacer la copia ahora (<strong class="label" lang="en">Back Up Now</strong>)',
	],
	[
		"Spain's label as a note after the label",
		{ kind: 'label', text: 'Configuración', spain: 'Ajustes' },
		'<strong class="label">Configuración</strong><span class="label-spain"> (en España: <strong>Ajustes</strong>)</span>',
	],
])('shows %s', (_, text, html) => {
	expect(render(text)).toBe(html);
});

test('a Settings path shows glossary places and plain places alike, one item each', () => {
	const html = renderToStaticMarkup(
		createElement(SettingsPath, {
			places: [
				'WhatsApp',
				{ kind: 'label', text: 'Ajustes' },
				{ kind: 'described', description: 'la opción de transferir', english: 'Transfer Chats' },
			],
		}),
	);
	expect(html.replace(/<[^>]+>/g, '')).toBe(
		'WhatsApp › , Ajustes › , la opción de transferir (Transfer Chats)',
	);
	expect(html).toContain('<b class="settings-path-item" lang="en">Transfer Chats</b>');
});
