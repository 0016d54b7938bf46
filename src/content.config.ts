import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { TroubleshootNodeSchema, parseTreeYaml } from './schemas/troubleshooter.ts';

// ARTICLES_DIR lets the schema test build a broken fixture article without touching content/.
const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: process.env.ARTICLES_DIR ?? './content' }),
	schema: ArticleSchema,
});

// One YAML mapping, keyed by node id: a repeated id is a YAML error rather than a silent overwrite.
// TROUBLESHOOTER_FILE lets a test build with a broken fixture tree.
const troubleshooter = defineCollection({
	loader: file(process.env.TROUBLESHOOTER_FILE ?? 'content/troubleshooter.yaml', {
		parser: parseTreeYaml,
	}),
	schema: TroubleshootNodeSchema,
});

export const collections = { articles, troubleshooter };
