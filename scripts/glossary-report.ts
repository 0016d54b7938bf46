// `npm run glossary:report`: how many on-screen labels each language has, by kind (official, press, none),
// then each language's labels grouped by kind, so a translator sees which ones still need a source.
// Exits 1, with the problems, when content/glossary.yaml does not parse.
import { LABEL_APPS, LABEL_KINDS, countLabels, labelKey } from '../src/lib/i18n/glossary.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';
import { readGlossary } from '../src/schemas/glossary.ts';

const glossary = readGlossary();
const counts = countLabels(glossary);
const total = LABEL_APPS.reduce((sum, app) => sum + Object.keys(glossary[app]).length, 0);

console.log(`${total} labels in content/glossary.yaml\n`);
console.log(['language', ...LABEL_KINDS, 'missing'].map((cell) => cell.padEnd(10)).join(''));
for (const locale of LOCALES) {
	const row = LABEL_KINDS.map((kind) => counts[locale][kind]);
	const missing = total - row.reduce((sum, count) => sum + count, 0);
	console.log([locale, ...row, missing].map((cell) => String(cell).padEnd(10)).join(''));
}

for (const locale of LOCALES) {
	console.log(`\n## ${locale}`);
	for (const kind of [...LABEL_KINDS, 'missing'] as const) {
		const keys = LABEL_APPS.flatMap((app) =>
			Object.entries(glossary[app])
				.filter(([, entry]) => (entry[locale]?.kind ?? 'missing') === kind)
				.map(([label, entry]) => {
					const shown = entry[locale];
					return shown && 'label' in shown
						? `${labelKey(app, label)} → ${shown.label}`
						: labelKey(app, label);
				}),
		);
		if (keys.length > 0) console.log(`${kind} (${keys.length}): ${keys.join('; ')}`);
	}
}
