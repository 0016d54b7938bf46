import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './lib/article-schema';

// ARTICLES_DIR lets the schema test build a broken fixture article without touching content/.
const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: process.env.ARTICLES_DIR ?? './content' }),
	schema: ArticleSchema,
});

export const collections = { articles };
