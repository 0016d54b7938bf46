import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { TranslationSchema } from './schemas/translation.ts';
import { TroubleshootNodeSchema, parseTreeYaml } from './schemas/troubleshooter.ts';
import { LOCALES, SOURCE_LOCALE } from './lib/i18n/locales.ts';

// ARTICLES_DIR lets the schema test build a broken fixture article without touching content/.
const ARTICLES_DIR = process.env.ARTICLES_DIR ?? './content';
const TRANSLATED = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: ARTICLES_DIR }),
	schema: ArticleSchema,
});

// content/<lang>/<id>.mdx: ids come out as "<lang>/<id>".
const translations = defineCollection({
	loader: glob({ pattern: `{${TRANSLATED.join(',')}}/*.mdx`, base: ARTICLES_DIR }),
	schema: TranslationSchema,
});

// One YAML mapping, keyed by node id: a repeated id is a YAML error rather than a silent overwrite.
// TROUBLESHOOTER_FILE lets a test build with a broken fixture tree.
const troubleshooter = defineCollection({
	loader: file(process.env.TROUBLESHOOTER_FILE ?? 'content/troubleshooter.yaml', {
		parser: parseTreeYaml,
	}),
	schema: TroubleshootNodeSchema,
});

/** The troubleshooter in each language translated so far: same node ids and links, translated words. */
const troubleshooterTranslations = Object.fromEntries(
	TRANSLATED.filter((locale) => existsSync(`${ARTICLES_DIR}/${locale}/troubleshooter.yaml`)).map(
		(locale) => [
			`troubleshooter-${locale}`,
			defineCollection({
				loader: file(`${ARTICLES_DIR}/${locale}/troubleshooter.yaml`, { parser: parseTreeYaml }),
				schema: TroubleshootNodeSchema,
			}),
		],
	),
);

export const collections = {
	articles,
	translations,
	troubleshooter,
	...troubleshooterTranslations,
};
