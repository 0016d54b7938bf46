/**
 * A step's MDX lines read as a small document (paragraphs, lists, sub-headings, notes, tables) whose text
 * knows its on-screen labels, Settings paths, quotes of a screen and links. Every text the desk, the
 * Markdown pages and the change hashes write comes from this one reading, so a reply can never say what
 * the page does not. A line reader rather than an MDX parser, as in ../content/markdown.ts: articles use a
 * handful of components on lines of their own, and the build has already parsed each with Astro.
 */
import { smartypantsu } from 'smartypants';
import { isLabelApp, LABEL_APPS, type LabelApp } from '../i18n/glossary.ts';
import type { LabelText } from '../i18n/label-text.ts';

/**
 * The words a reader's screen shows for an English label, in the language being written. English passes
 * labels through; a translation plugs in the glossary.
 */
export type LabelResolver = (label: string, app: LabelApp | undefined) => LabelText;

/** English: a label is its own English text. */
export const englishLabels: LabelResolver = (label) => ({ kind: 'label', text: label });

export type Inline =
	| { kind: 'text'; text: string }
	/** Something on screen to find or tap: `**X**` or `<L app="…">X</L>`. */
	| { kind: 'label'; text: string; app: LabelApp | undefined }
	/** `<SettingsPath app="…" path="A > B" />`: each place is a label. */
	| { kind: 'path'; places: string[]; app: LabelApp | undefined }
	/** `<OnScreen>X</OnScreen>`: words quoted exactly as a screen shows them. */
	| { kind: 'quote'; text: string }
	| { kind: 'link'; href: string; children: Inline[] }
	/** `<DatedFact>`: one of two sentences, chosen by the day the site is built. */
	| { kind: 'dated'; date: string; upcoming: string; past: string };

export type Block =
	| { kind: 'paragraph'; inlines: Inline[] }
	| { kind: 'list'; ordered: boolean; items: Inline[][] }
	/** A `###` heading inside a step. */
	| { kind: 'heading'; inlines: Inline[] }
	| { kind: 'note'; type: 'note' | 'warning'; title: string | undefined; blocks: Block[] }
	| { kind: 'table'; head: Inline[][]; rows: Inline[][][] }
	/** An island (`<StorageCheck />`): it works on the web page only. */
	| { kind: 'widget'; name: string };

function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const match of tag.matchAll(/([A-Za-z:]+)="([^"]*)"/g))
		found[match[1] ?? ''] = match[2] ?? '';
	return found;
}

function labelApp(value: string | undefined, where: string): LabelApp | undefined {
	if (value === undefined) return undefined;
	if (!isLabelApp(value))
		throw new Error(`${where}: app="${value}" is not one of ${LABEL_APPS.join(', ')}.`);
	return value;
}

/** The places of a path as authors write it: "Settings > [your name] > iCloud" (› works too). */
function placesOf(path: string): string[] {
	return path
		.split(/\s*[>›]\s*/)
		.map((place) => place.trim())
		.filter(Boolean);
}

/** A tag's attributes, each quoted: a value may hold ">" (`path="Settings > Chats"`). */
const ATTRS = /((?:\s+[A-Za-z:]+(?:="[^"]*")?)*)\s*/.source;

const INLINE = new RegExp(
	[
		`<L\\b${ATTRS}>([\\s\\S]*?)<\\/L>`,
		`<SettingsPath\\b${ATTRS}\\/>`,
		/<OnScreen>([\s\S]*?)<\/OnScreen>/.source,
		`<DatedFact\\b${ATTRS}\\/>`,
		/\[([^\]]+)\]\(([^)\s]+)\)/.source,
		/\*\*([^*]+)\*\*/.source,
	].join('|'),
	'g',
);

const TAG = new RegExp(`<\\/?[A-Za-z]+\\b${ATTRS}\\/?>`, 'g');

/**
 * Typographic quotes, apostrophes and dashes, as the page's Markdown renders them ("don't" → "don’t").
 * The tags are set aside first: SmartyPants would end a tag at the ">" of `path="Settings > Chats"`.
 */
function smartQuotes(markdown: string): string {
	const tags: string[] = [];
	const marked = markdown.replace(TAG, (tag) => `\uE000${tags.push(tag) - 1}\uE001`);
	return smartypantsu(marked, '2').replace(
		/\uE000(\d+)\uE001/g,
		(_, index: string) => tags[Number(index)] ?? '',
	);
}

/**
 * The text of one line or paragraph, split into plain words, labels, paths, quotes and links. Quotes and
 * apostrophes become typographic ones, as on the page; the components' attributes stay as written, as
 * the page shows them.
 */
export function parseInline(markdown: string): Inline[] {
	const text = smartQuotes(markdown);
	const inlines: Inline[] = [];
	let last = 0;
	const pushText = (value: string) => {
		// A tag this reader does not know (a `<span>`) shows only its words, as on the page.
		const plain = value.replace(/<\/?[A-Za-z][^>]*>/g, '');
		if (plain !== '') inlines.push({ kind: 'text', text: plain });
	};
	for (const match of text.matchAll(INLINE)) {
		pushText(text.slice(last, match.index));
		last = match.index + match[0].length;
		const [whole, lAttrs, lText, pathAttrs, quote, datedAttrs, linkText, href, bold] = match;
		if (lText !== undefined) {
			inlines.push({
				kind: 'label',
				text: lText.trim(),
				app: labelApp(attributes(lAttrs ?? '')['app'], whole),
			});
		} else if (pathAttrs !== undefined) {
			const attrs = attributes(pathAttrs);
			inlines.push({
				kind: 'path',
				places: placesOf(attrs['path'] ?? ''),
				app: labelApp(attrs['app'], whole),
			});
		} else if (quote !== undefined) {
			inlines.push({ kind: 'quote', text: quote.trim() });
		} else if (datedAttrs !== undefined) {
			const attrs = attributes(datedAttrs);
			inlines.push({
				kind: 'dated',
				date: attrs['date'] ?? '',
				upcoming: attrs['upcoming'] ?? '',
				past: attrs['past'] ?? '',
			});
		} else if (linkText !== undefined && href !== undefined) {
			inlines.push({ kind: 'link', href, children: parseInline(linkText) });
		} else if (bold !== undefined) {
			inlines.push({ kind: 'label', text: bold.trim(), app: undefined });
		}
	}
	pushText(text.slice(last));
	return inlines;
}

const ORDERED_ITEM = /^\d+\.\s+(.*)$/;
const BULLET_ITEM = /^[-*]\s+(.*)$/;
const SUB_HEADING = /^#{3,6}\s+(.*?)\s*(?:\{#[a-z0-9-]+\})?\s*$/;
const NOTE_OPEN = new RegExp(`^<Callout\\b${ATTRS}>\\s*$`);
const NOTE_CLOSE = /^<\/Callout>\s*$/;
const SELF_CLOSING_TAG = new RegExp(`^<([A-Z][A-Za-z]*)\\b${ATTRS}\\/>\\s*$`);
/** Components that are markup only: nothing of them is read. */
const SILENT_TAGS = new Set(['StepAlias']);
const TABLE_ROW = /^\|(.*)\|\s*$/;
const TABLE_RULE = /^\|[\s:|-]+\|\s*$/;

function tableCells(line: string): Inline[][] {
	const inner = TABLE_ROW.exec(line)?.[1] ?? '';
	return inner.split('|').map((cell) => parseInline(cell.trim()));
}

/** The blocks of a step's lines (or of any run of MDX body lines), in order. */
export function parseBlocks(lines: readonly string[]): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length > 0)
			blocks.push({ kind: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
		paragraph = [];
	};
	for (let index = 0; index < lines.length; index++) {
		const line = (lines[index] ?? '').trim();
		if (line === '' || line.startsWith('import ')) {
			flush();
			continue;
		}
		const noteOpen = NOTE_OPEN.exec(line);
		if (noteOpen) {
			flush();
			const inner: string[] = [];
			index++;
			while (index < lines.length && !NOTE_CLOSE.test((lines[index] ?? '').trim()))
				inner.push(lines[index++] ?? '');
			const attrs = attributes(noteOpen[1] ?? '');
			blocks.push({
				kind: 'note',
				type: attrs['type'] === 'warning' ? 'warning' : 'note',
				title: attrs['title'],
				blocks: parseBlocks(inner),
			});
			continue;
		}
		const tag = SELF_CLOSING_TAG.exec(line);
		if (tag && tag[1] !== 'SettingsPath' && tag[1] !== 'DatedFact') {
			flush();
			if (!SILENT_TAGS.has(tag[1] ?? '')) blocks.push({ kind: 'widget', name: tag[1] ?? '' });
			continue;
		}
		const heading = SUB_HEADING.exec(line);
		if (heading) {
			flush();
			blocks.push({ kind: 'heading', inlines: parseInline(heading[1] ?? '') });
			continue;
		}
		if (TABLE_ROW.test(line)) {
			flush();
			const head = tableCells(line);
			const rows: Inline[][][] = [];
			while (index + 1 < lines.length && TABLE_ROW.test((lines[index + 1] ?? '').trim())) {
				const next = (lines[++index] ?? '').trim();
				if (!TABLE_RULE.test(next)) rows.push(tableCells(next));
			}
			blocks.push({ kind: 'table', head, rows });
			continue;
		}
		const ordered = ORDERED_ITEM.exec(line);
		const bullet = ordered ? null : BULLET_ITEM.exec(line);
		const item = ordered ?? bullet;
		if (item) {
			flush();
			const isOrdered = ordered !== null;
			const previous = blocks.at(-1);
			const inlines = parseInline(item[1] ?? '');
			// A blank line between items keeps one list, as Markdown does.
			if (previous?.kind === 'list' && previous.ordered === isOrdered) previous.items.push(inlines);
			else blocks.push({ kind: 'list', ordered: isOrdered, items: [inlines] });
			continue;
		}
		paragraph.push(line);
	}
	flush();
	return blocks;
}
