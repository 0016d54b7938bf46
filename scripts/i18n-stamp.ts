/**
 * `npm run i18n:stamp -- es/back-up-now [de/restart-iphone …]`: records in each translation that it was
 * written from the English article as it is now (its `translatedFrom`). Run it after updating a
 * translation to match the English; never to silence a translation that is behind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { englishVersion, stampTranslation } from '../src/lib/i18n/versions.ts';

const targets = process.argv.slice(2);
if (targets.length === 0) {
	console.error('Name the translations to stamp, e.g. npm run i18n:stamp -- es/back-up-now');
	process.exit(1);
}
for (const target of targets) {
	const id = target.split('/').at(-1) ?? '';
	const file = `content/${target}.mdx`;
	const version = englishVersion(readFileSync(`content/${id}.mdx`, 'utf8'));
	writeFileSync(file, stampTranslation(readFileSync(file, 'utf8'), version));
	console.log(`${file}: translated from the English version ${version}`);
}
