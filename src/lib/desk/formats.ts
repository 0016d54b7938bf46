/**
 * A step document (./step-doc.ts) written out in each format a reply is pasted in: WhatsApp (`*bold*`
 * labels, no link syntax, since WhatsApp shows Markdown's marks as they are), plain text, Markdown and
 * HTML. Labels are resolved to the reader's language and links point at pages in that language.
 */
import { formatDay, parseDay, tenseOn } from '../content/dated-fact.ts';
import type { Block, Inline, LabelResolver } from './step-doc.ts';
import { SPAIN_NOTE, type LabelText } from '../i18n/label-text.ts';

export const REPLY_FORMATS = ['whatsapp', 'text', 'markdown', 'html'] as const;
export type ReplyFormat = (typeof REPLY_FORMATS)[number];

/** What writing a text needs to know besides the text. */
export interface WriteContext {
	resolve: LabelResolver;
	/** The absolute address of a link as written in the article: "/make-enough-room/#x", "#x", "https://…". */
	href: (target: string) => string;
	/** A `<DatedFact>` as the reader gets it: the sentence for the day the site is built. */
	dated: (fact: { date: string; upcoming: string; past: string }) => string;
	/** Words of the site itself that a text needs. */
	words: { note: string; warning: string; widget: string };
}

/** A dated fact in the tense it has on `today`, with its date written as `formatDate` writes dates. */
export function datedOn(today: Date, formatDate: (day: Date) => string = formatDay) {
	return (fact: { date: string; upcoming: string; past: string }): string => {
		const day = parseDay(fact.date, `<DatedFact date="${fact.date}">: the date`);
		const sentence = tenseOn(day, today) === 'past' ? fact.past : fact.upcoming;
		return sentence.replaceAll('{date}', formatDate(day));
	};
}

/** Characters that would start markup in HTML. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

const PATH_SEPARATOR = ' › ';

type Mark = (label: string) => string;

/** How one format writes the pieces of a line. */
interface InlineStyle {
	text: (text: string) => string;
	label: Mark;
	link: (text: string, url: string) => string;
}

const STYLES: Record<ReplyFormat, InlineStyle> = {
	whatsapp: {
		text: (text) => text,
		label: (label) => `*${label}*`,
		link: (text, url) => (text === url ? url : `${text} (${url})`),
	},
	text: {
		text: (text) => text,
		label: (label) => label,
		link: (text, url) => (text === url ? url : `${text} (${url})`),
	},
	markdown: {
		text: (text) => text,
		label: (label) => `**${label}**`,
		link: (text, url) => `[${text}](${url})`,
	},
	html: {
		text: escapeHtml,
		label: (label) => `<strong>${escapeHtml(label)}</strong>`,
		link: (text, url) => `<a href="${escapeHtml(url)}">${text}</a>`,
	},
};

/** A label as the page shows it (src/islands/Label.tsx): the label, or a description with the English label, and Spain's. */
function writeLabel(text: LabelText, style: InlineStyle): string {
	const main =
		text.kind === 'label'
			? style.label(text.text)
			: `${style.text(`${text.description} (`)}${style.label(text.english)}${style.text(')')}`;
	return text.spain
		? `${main}${style.text(` (${SPAIN_NOTE} `)}${style.label(text.spain)}${style.text(')')}`
		: main;
}

/** One line of text in a format: labels marked, paths joined with "›", links written out. */
export function writeInline(
	inlines: readonly Inline[],
	format: ReplyFormat,
	context: WriteContext,
): string {
	const style = STYLES[format];
	return inlines
		.map((inline) => {
			switch (inline.kind) {
				case 'text':
					return style.text(inline.text);
				case 'label':
					return writeLabel(context.resolve(inline.text, inline.app), style);
				case 'path':
					return inline.places
						.map((place) => writeLabel(context.resolve(place, inline.app), style))
						.join(style.text(PATH_SEPARATOR));
				case 'quote':
					// Marked as on the page: the originality check skips words quoted from a screen.
					return format === 'html'
						? `<span class="on-screen" data-verbatim>“${escapeHtml(inline.text)}”</span>`
						: style.text(`“${inline.text}”`);
				case 'link':
					return style.link(
						writeInline(inline.children, format, context),
						context.href(inline.href),
					);
				case 'dated':
					return style.text(context.dated(inline));
			}
		})
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

function noteTitle(block: Extract<Block, { kind: 'note' }>, context: WriteContext): string {
	return block.title ?? (block.type === 'warning' ? context.words.warning : context.words.note);
}

/** Blocks as plain lines (WhatsApp and plain text): numbered and dashed lines, a blank line between blocks. */
function writeLines(
	blocks: readonly Block[],
	format: 'whatsapp' | 'text',
	context: WriteContext,
): string[] {
	const line = (inlines: readonly Inline[]) => writeInline(inlines, format, context);
	const bold = STYLES[format].label;
	return blocks.flatMap((block) => {
		switch (block.kind) {
			case 'paragraph':
				return [line(block.inlines)];
			case 'heading':
				return [bold(line(block.inlines))];
			case 'list':
				return [
					block.items
						.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${line(item)}`)
						.join('\n'),
				];
			case 'note':
				return [
					`${bold(`${noteTitle(block, context)}:`)}\n${writeLines(block.blocks, format, context).join('\n')}`,
				];
			case 'table':
				return [
					block.rows
						.map((row) =>
							row
								.map((cell, index) => `${line(block.head[index] ?? [])}: ${line(cell)}`)
								.join('; '),
						)
						.map((row) => `- ${row}`)
						.join('\n'),
				];
			case 'widget':
				return [];
		}
	});
}

function writeMarkdownBlocks(
	blocks: readonly Block[],
	context: WriteContext,
	headingLevel: number,
): string[] {
	const line = (inlines: readonly Inline[]) => writeInline(inlines, 'markdown', context);
	return blocks.flatMap((block) => {
		switch (block.kind) {
			case 'paragraph':
				return [line(block.inlines)];
			case 'heading':
				return [`${'#'.repeat(headingLevel)} ${line(block.inlines)}`];
			case 'list':
				return [
					block.items
						.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${line(item)}`)
						.join('\n'),
				];
			case 'note': {
				const inner = writeMarkdownBlocks(block.blocks, context, headingLevel).join('\n\n');
				return [
					[`${noteTitle(block, context)}:`, '', ...inner.split('\n')]
						.map((text) => (text === '' ? '>' : `> ${text}`))
						.join('\n'),
				];
			}
			case 'table': {
				const row = (cells: readonly Inline[][]) => `| ${cells.map(line).join(' | ')} |`;
				return [
					[
						row(block.head),
						`|${block.head.map(() => ' --- |').join('')}`,
						...block.rows.map(row),
					].join('\n'),
				];
			}
			case 'widget':
				return [`*${context.words.widget}*`];
		}
	});
}

function writeHtmlBlocks(blocks: readonly Block[], context: WriteContext): string {
	const line = (inlines: readonly Inline[]) => writeInline(inlines, 'html', context);
	return blocks
		.map((block) => {
			switch (block.kind) {
				case 'paragraph':
					return `<p>${line(block.inlines)}</p>`;
				case 'heading':
					return `<p><strong>${line(block.inlines)}</strong></p>`;
				case 'list': {
					const tag = block.ordered ? 'ol' : 'ul';
					return `<${tag}>${block.items.map((item) => `<li>${line(item)}</li>`).join('')}</${tag}>`;
				}
				case 'note':
					return `<blockquote><p><strong>${escapeHtml(noteTitle(block, context))}</strong></p>${writeHtmlBlocks(block.blocks, context)}</blockquote>`;
				case 'table': {
					const cells = (row: readonly Inline[][], tag: 'th' | 'td') =>
						`<tr>${row.map((cell) => `<${tag}>${line(cell)}</${tag}>`).join('')}</tr>`;
					return `<table><thead>${cells(block.head, 'th')}</thead><tbody>${block.rows.map((row) => cells(row, 'td')).join('')}</tbody></table>`;
				}
				case 'widget':
					return '';
			}
		})
		.join('');
}

/** Blocks written in one format: text formats as lines with blank lines between blocks, HTML as elements. */
export function writeBlocks(
	blocks: readonly Block[],
	format: ReplyFormat,
	context: WriteContext,
	{ headingLevel = 3 }: { headingLevel?: number } = {},
): string {
	if (format === 'html') return writeHtmlBlocks(blocks, context);
	if (format === 'markdown') return writeMarkdownBlocks(blocks, context, headingLevel).join('\n\n');
	return writeLines(blocks, format, context).join('\n\n');
}
