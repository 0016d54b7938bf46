/**
 * `npm run freshness` (part of `npm test`): prints which articles need rechecking, and which translations
 * are behind their English article. Always exits 0, because the calendar (or an English edit waiting for
 * its translators) must never break the build. BUILD_DATE (YYYY-MM-DD) pretends today is another day.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDay } from '../src/lib/content/dated-fact.ts';
import { formatFreshnessReport, freshnessReport } from '../src/lib/content/freshness.ts';
import { LOCALES, SOURCE_LOCALE } from '../src/lib/i18n/locales.ts';
import { translationStates } from '../src/lib/i18n/versions.ts';

const dir = process.env['ARTICLES_DIR'] ?? 'content';
const mdxIn = (folder: string) =>
	existsSync(folder)
		? readdirSync(folder)
				.filter((name) => name.endsWith('.mdx'))
				.sort()
		: [];
const files = mdxIn(dir).map((name) => ({
	file: join(dir, name),
	text: readFileSync(join(dir, name), 'utf8'),
}));
console.log(formatFreshnessReport(freshnessReport(files, buildDay())));

const locales = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);
const translations = new Map(
	locales.flatMap((locale) =>
		mdxIn(join(dir, locale)).map((name) => [
			`${locale}/${name.replace(/\.mdx$/, '')}`,
			readFileSync(join(dir, locale, name), 'utf8'),
		]),
	),
);
const english = files.map(({ file, text }) => ({
	id:
		file
			.split('/')
			.at(-1)
			?.replace(/\.mdx$/, '') ?? file,
	text,
}));
const behind = translationStates(english, translations, locales).filter(
	(entry) => entry.state !== 'current',
);
console.log(
	behind.length === 0
		? 'Translations: every article is translated from its current English version.'
		: `Translations behind or missing (the page tells readers; update, then npm run i18n:stamp -- <lang>/<id>):\n${behind
				.map((entry) => `- ${join(dir, entry.locale, `${entry.id}.mdx`)}: ${entry.state}`)
				.join('\n')}`,
);
