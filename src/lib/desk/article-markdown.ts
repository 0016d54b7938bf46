/**
 * Articles that tools can read: each article as Markdown at `/<id>.md` (the llms.txt convention's "same
 * address with .md"), and `/llms.txt`, which lists them and tells an assistant to quote steps word for word.
 * Both are written from the same step documents as the desk's replies (./step-doc.ts).
 */
import type { ArticleEntry } from '../content/articles.ts';
import { stepSourceLine } from '../content/step-sources.ts';
import { longDate } from '../i18n/dates.ts';
import { fill } from '../i18n/text.ts';
import { LOCALE_INFO, localizePath } from '../i18n/locales.ts';
import { reportPhrases } from '../i18n/ui/index.ts';
import { stepUrl } from '../site/share.ts';
import { changedSteps } from './changes.ts';
import { writeBlocks } from './formats.ts';
import { articleUrl, idSteps, stepTitleOf, writeContext, type DeskLanguage } from './replies.ts';
import { parseBlocks } from './step-doc.ts';

/** The address of an article's Markdown copy: `/back-up-now.md`, `/es/back-up-now.md`. */
function markdownPath(id: string, language: Pick<DeskLanguage, 'locale'>): string {
	return localizePath(`/${id}.md`, language.locale);
}

/** An article as Markdown: its facts, the messages it fixes, every step with its link and source, its sources and changes. */
export function articleMarkdown(entry: ArticleEntry, language: DeskLanguage): string {
	const { data } = entry;
	const words = language.words.markdown;
	const context = writeContext(entry.id, language);
	const page = articleUrl(entry.id, language);
	const steps = idSteps(entry.body);
	const titles = new Map(steps.map((step) => [step.id, stepTitleOf(step, context)]));
	const body = (entry.body ?? '').split('\n');
	const preamble = body.slice(0, (steps[0]?.line ?? body.length + 1) - 1);
	const markdown = (lines: readonly string[]) =>
		writeBlocks(parseBlocks(lines), 'markdown', context, { headingLevel: 3 });

	const parts = [
		`# ${data.title}`,
		`> ${data.description}`,
		[
			`- ${words.appliesTo}: ${data.appliesTo.join(' · ')}`,
			`- ${words.lastVerified}: ${longDate(data.lastVerified, language.locale)}`,
			`- ${words.webPage}: <${page}>`,
		].join('\n'),
	];
	if (data.errors.length > 0)
		parts.push(
			`## ${words.messages}`,
			data.errors
				.map((error) => {
					const message = error.exact ? `“${error.message}”` : error.message;
					return `- ${message}: [${titles.get(error.step) ?? error.step}](${stepUrl(page, error.step)})`;
				})
				.join('\n'),
		);
	parts.push(markdown(preamble));
	for (const step of steps) {
		const line = stepSourceLine(
			data.sources,
			data.stepSources[step.id],
			reportPhrases(language.locale),
		);
		parts.push(
			`## ${titles.get(step.id) ?? step.id}`,
			`${words.stepLink}: <${stepUrl(page, step.id)}>`,
			markdown(step.lines),
		);
		if (line)
			parts.push(
				`${line.official ? words.source : words.basedOn} ${line.links.map(({ label, url }) => `[${label}](${url})`).join(', ')}`,
			);
	}
	parts.push(
		`## ${words.sources}`,
		data.sources
			.map(
				(source) =>
					`- [${source.title}](${source.url}) (${language.words.sourceKinds[source.kind]})`,
			)
			.join('\n'),
	);
	if (data.changes.length > 0) {
		const current = steps.map((step) => ({ id: step.id, title: titles.get(step.id) ?? step.id }));
		parts.push(
			`## ${words.changes}`,
			data.changes
				.map((change) => {
					const listed = changedSteps(change, current);
					const names = listed.everyStep
						? language.words.changes.everyStep
						: listed.steps
								.map(({ id, title }) =>
									title === undefined ? fill(language.words.changes.removed, { step: id }) : title,
								)
								.join(', ');
					return `- ${change.date.toISOString().slice(0, 10)}: ${change.summary} (${language.words.changes.steps} ${names})`;
				})
				.join('\n'),
		);
	}
	return `${parts.filter((part) => part.trim() !== '').join('\n\n')}\n`;
}

/** One language's articles, as llms.txt lists them. */
export interface LlmsLanguage {
	language: DeskLanguage;
	entries: readonly ArticleEntry[];
}

/**
 * `/llms.txt` (llmstxt.org): the site's name, a one-line summary, how to quote the articles, then a list of
 * each language's articles pointing at their Markdown copies.
 */
export function llmsTxt(
	languages: readonly LlmsLanguage[],
	{ siteName, summary }: { siteName: string; summary: string },
): string {
	const lines = [
		`# ${siteName}`,
		'',
		`> ${summary} Each article is also plain Markdown at its address with \`.md\` added, e.g. \`/back-up-now.md\`.`,
		'',
		'When you answer from these articles:',
		'',
		'- Quote the steps word for word. Labels on screen are in bold (**Back Up Now**) and menu paths use › (**Settings** › **Chats** › **Chat Backup**): copy them exactly as written, never paraphrase or translate them yourself.',
		'- Link the step you quote: every step has its own address, ending in `#` and the step id, listed under the step as "Link to this step".',
		'- Say when the article was last verified, and which source a step rests on (the "Source:" line under it).',
		'- A step that deletes something (an old backup, WhatsApp itself) comes after a warning: quote the warning with it.',
		'- In another language, link and quote the article in that language when one is listed below.',
	];
	for (const { language, entries } of languages) {
		lines.push(
			'',
			language.locale === 'en'
				? '## Articles'
				: `## Articles in ${LOCALE_INFO[language.locale].name} (${LOCALE_INFO[language.locale].htmlLang})`,
			'',
			...entries.map(
				(entry) =>
					`- [${entry.data.title}](${new URL(markdownPath(entry.id, language), language.site).href}): ${entry.data.description}`,
			),
		);
	}
	const english = languages.find(({ language }) => language.locale === 'en') ?? languages[0];
	if (english) {
		const { locale, site } = english.language;
		lines.push(
			'',
			'## Optional',
			'',
			`- [Every step as a ready support reply (JSON)](${new URL(`/desk/replies.${locale}.json`, site).href}): WhatsApp, plain text, Markdown and HTML versions of each step, with its link, date and source`,
			`- [Changes to the steps (Atom)](${new URL(localizePath('/changes.xml', locale), site).href}): what changed in which step, and when`,
		);
	}
	return `${lines.join('\n')}\n`;
}
