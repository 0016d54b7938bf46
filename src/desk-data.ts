/**
 * The languages that the desk (/desk/, its reply bundles), the Markdown copies of articles, llms.txt and
 * the change feeds are written in, each with its articles and its on-screen labels. Every page and file of
 * these is generated for each language listed here, at the address `localizePath` gives it.
 */
import type { ArticleEntry } from './lib/content/articles.ts';
import { buildDay } from './lib/content/dated-fact.ts';
import { LOCALE_INFO, isLocale, type Locale } from './lib/i18n/locales.ts';
import { deskSteps, type DeskLanguage, type ReplyEntry } from './lib/desk/replies.ts';
import { englishLabels, type LabelResolver } from './lib/desk/step-doc.ts';
import { deskWords } from './lib/desk/words.ts';
import { articlesIn, glossary, PUBLISHED_LOCALES } from './site-data.ts';
import { labelText } from './lib/i18n/glossary.ts';

interface DeskContent {
	locale: Locale;
	/** The articles in Start here order, as this language writes them. */
	entries: readonly ArticleEntry[];
	/** The labels on screen in this language, from an English label and its app. */
	resolve: LabelResolver;
}

/** Every published language, with its articles and the glossary's labels for it. */
export const DESK_CONTENT: readonly DeskContent[] = PUBLISHED_LOCALES.map((locale) => ({
	locale,
	entries: articlesIn(locale),
	resolve:
		locale === 'en'
			? englishLabels
			: // Bold without an app is the translator's own emphasis, already in the language.
				(label, app) =>
					app === undefined
						? { kind: 'label', text: label }
						: labelText(glossary, app, label, locale),
}));

/** Everything a text written in this language needs. */
export function deskLanguage(content: DeskContent, site: URL | undefined): DeskLanguage {
	if (!site)
		throw new Error('Set `site` in astro.config.mjs: replies and feeds carry absolute links.');
	return {
		locale: content.locale,
		site,
		resolve: content.resolve,
		words: deskWords(content.locale),
		today: buildDay(),
	};
}

/** The `[...lang]` route parameter of a language: none for English, which keeps the addresses without a prefix. */
export function langParam(locale: Locale): string | undefined {
	return LOCALE_INFO[locale].prefix.slice(1) || undefined;
}

/** The language a `[...lang]` route was built for. */
export function contentFor(lang: string | undefined): DeskContent {
	const locale = lang === undefined ? 'en' : lang;
	const content = DESK_CONTENT.find((candidate) => candidate.locale === locale);
	if (!isLocale(locale) || !content) throw new Error(`No desk content for the language "${lang}".`);
	return content;
}

/** The routes of the reply bundles (`/desk/replies.<lang>.json`, `.csv`): one per language, by its code. */
export function bundlePaths() {
	return DESK_CONTENT.map((content) => ({ params: { lang: content.locale }, props: { content } }));
}

/** The replies a bundle route built by `bundlePaths` holds, one per step. */
export function bundleReplies(props: Record<string, unknown>, site: URL | undefined): ReplyEntry[] {
	const { content } = props as { content: DeskContent };
	return deskSteps(content.entries, deskLanguage(content, site)).map((step) => step.reply);
}
