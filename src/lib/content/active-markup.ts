/**
 * Markup an article must not carry: elements that run code or embed other pages, event-handler
 * attributes, `javascript:` links, and images from other hosts. The site's Content-Security-Policy
 * blocks each of them in the browser, so an article with one ships a broken page; this check stops the
 * build instead, naming the line.
 *
 * A scan of the raw MDX rather than the MDX parser: it runs before Astro compiles anything (with the
 * other article checks), costs a fraction of a millisecond per article where a second parse would add
 * seconds to a build of thousands, and only has to find tags, attributes and link targets, with code
 * (fenced blocks and inline code, which MDX shows as text) left out.
 */

/** One problem: the body line it is on, and what is wrong, for the author. */
export interface MarkupProblem {
	line: number;
	message: string;
}

const EMBEDS_PAGE = { does: 'embeds another page', instead: 'Link to the page instead.' };
const EMBEDS_FILE = {
	does: 'embeds a plugin or another document',
	instead: 'Link to the file instead.',
};

/** Elements that run code or embed another document: what each does, and what to do instead. */
const FORBIDDEN_ELEMENTS: Record<string, { does: string; instead: string }> = {
	script: {
		does: 'runs code in the page',
		instead:
			'Articles carry no scripts: use one of the site’s components (Callout, SettingsPath…), or ask for a new one.',
	},
	iframe: EMBEDS_PAGE,
	frame: EMBEDS_PAGE,
	object: EMBEDS_FILE,
	embed: EMBEDS_FILE,
	applet: EMBEDS_FILE,
};

/** Attributes that load a file the page shows: an image, or a video's poster frame. */
const MEDIA_ATTRIBUTES = new Set(['src', 'srcset', 'poster']);

const BLOCKED = 'the site’s Content-Security-Policy blocks it';

/** Same length as `text`, with every character but line breaks turned into a space. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The body with fenced code blocks and inline code blanked out: every offset and line stays where it
 * was, and nothing in code looks like markup.
 */
export function withoutCode(body: string): string {
	const lines = body.split('\n');
	let fence: { char: string; length: number } | undefined;
	const masked = lines.map((line) => {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (!fence && marker) {
			fence = { char: marker.charAt(0), length: marker.length };
			return blank(line);
		}
		if (fence) {
			const closing = /^ {0,3}(`+|~+)\s*$/.exec(line)?.[1];
			if (closing?.startsWith(fence.char) && closing.length >= fence.length) fence = undefined;
			return blank(line);
		}
		return line;
	});
	return blankInlineCode(masked.join('\n'));
}

/** Blank each inline code span: a run of backticks up to the next run of the same length in its paragraph. */
function blankInlineCode(text: string): string {
	const runs = [...text.matchAll(/`+/g)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
	}));
	let result = text;
	for (let open = 0; open < runs.length; open++) {
		const opener = runs[open];
		if (!opener) continue;
		const length = opener.end - opener.start;
		const close = runs.findIndex(
			(run, index) =>
				index > open &&
				run.end - run.start === length &&
				!text.slice(opener.end, run.start).includes('\n\n'),
		);
		const closer = runs[close];
		if (!closer) continue;
		result =
			result.slice(0, opener.start) +
			blank(result.slice(opener.start, closer.end)) +
			result.slice(closer.end);
		open = close;
	}
	return result;
}

/** A tag as written: its name, where it starts, and its attributes with where each starts. */
interface Tag {
	name: string;
	index: number;
	attributes: { name: string; value: string; index: number }[];
}

const ATTRIBUTE_NAME = /[^\s=/>{}"']+/y;
const BARE_VALUE = /[^\s>]*/y;

/**
 * Every opening tag, JSX or HTML, with its attributes. A value is a quoted string, an `{expression}`
 * (kept whole: a link target written as `{'javascript:…'}` is still one) or a bare word.
 */
function tagsOf(text: string): Tag[] {
	const tags: Tag[] = [];
	for (const match of text.matchAll(/<([A-Za-z][\w.:-]*)/g)) {
		const tag: Tag = { name: match[1] ?? '', index: match.index, attributes: [] };
		let at = match.index + match[0].length;
		while (at < text.length) {
			while (/\s/.test(text.charAt(at))) at++;
			const char = text.charAt(at);
			if (char === '' || char === '>' || text.startsWith('/>', at)) break;
			if (char === '{') {
				at = afterExpression(text, at);
				continue;
			}
			ATTRIBUTE_NAME.lastIndex = at;
			const name = ATTRIBUTE_NAME.exec(text)?.[0];
			if (!name) {
				at++;
				continue;
			}
			const start = at;
			at += name.length;
			while (/\s/.test(text.charAt(at))) at++;
			let value = '';
			if (text.charAt(at) === '=') {
				at++;
				while (/\s/.test(text.charAt(at))) at++;
				const quote = text.charAt(at);
				BARE_VALUE.lastIndex = at;
				const end =
					quote === '"' || quote === "'"
						? text.indexOf(quote, at + 1) + 1 || text.length
						: quote === '{'
							? afterExpression(text, at)
							: at + (BARE_VALUE.exec(text)?.[0].length ?? 0);
				value = text.slice(at, end);
				at = end;
			}
			tag.attributes.push({ name, value: unquote(value), index: start });
		}
		tags.push(tag);
	}
	return tags;
}

/** The offset just past the `{…}` expression that starts at `at`, quotes and nested braces included. */
function afterExpression(text: string, at: number): number {
	let depth = 0;
	let quote = '';
	for (let index = at; index < text.length; index++) {
		const char = text.charAt(index);
		if (quote) {
			if (char === '\\') index++;
			else if (char === quote) quote = '';
		} else if (char === '"' || char === "'" || char === '`') quote = char;
		else if (char === '{') depth++;
		else if (char === '}' && --depth === 0) return index + 1;
	}
	return text.length;
}

/** An attribute value without its quotes, or an expression without its braces and string quotes. */
function unquote(value: string): string {
	const inner = value.startsWith('{') && value.endsWith('}') ? value.slice(1, -1).trim() : value;
	return /^(["'`]).*\1$/s.test(inner) ? inner.slice(1, -1) : inner;
}

/** A link or image target as Markdown writes it: `](target)`, `![…](target)` or `[label]: target`. */
interface Target {
	url: string;
	index: number;
	image: boolean;
}

function markdownTargets(text: string): Target[] {
	const targets: Target[] = [];
	const definitions = new Map<string, { url: string; index: number }>();
	for (const match of text.matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)/gm))
		definitions.set((match[1] ?? '').toLowerCase(), { url: match[2] ?? '', index: match.index });
	for (const match of text.matchAll(/(!?)\[[^\]\n]*\]\([ \t]*/g))
		targets.push({
			url: destinationAt(text, match.index + match[0].length),
			index: match.index,
			image: match[1] === '!',
		});
	// Reference images (`![alt][label]`, `![alt][]`, `![alt]`) load their definition's target.
	for (const match of text.matchAll(/!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?(?!\()/g)) {
		const definition = definitions.get((match[2] || match[1] || '').toLowerCase());
		if (definition) targets.push({ url: definition.url, index: match.index, image: true });
	}
	for (const definition of definitions.values())
		targets.push({ url: definition.url, index: definition.index, image: false });
	return targets;
}

/** A Markdown link destination starting at `at`: `<…>`, or up to a space or an unbalanced `)`. */
function destinationAt(text: string, at: number): string {
	if (text.charAt(at) === '<') return text.slice(at + 1, text.indexOf('>', at) >>> 0);
	let depth = 0;
	let end = at;
	for (; end < text.length; end++) {
		const char = text.charAt(end);
		if (/\s/.test(char) || (char === ')' && depth-- === 0)) break;
		if (char === '(') depth++;
	}
	return text.slice(at, end);
}

/** The host a target loads from, when it names one (`https://host/…` or `//host/…`). */
function hostOf(url: string): string | undefined {
	const match = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#\s]+)/i.exec(url.trim());
	return match?.[1];
}

const isJavascript = (url: string) => /^\s*javascript:/i.test(url);

const javascriptMessage = (url: string) =>
	`the link to "${url.trim().slice(0, 60)}" runs code instead of opening a page, and ${BLOCKED}, so tapping it does nothing. Link to a page (https://… or /article/#step) instead.`;

const imageMessage = (host: string) =>
	`the image is loaded from ${host}, and ${BLOCKED} (images only come from this site), so readers would see a broken image. Put the file in public/ and write its path, e.g. /images/name.png.`;

/** Every piece of active markup in an MDX body, in the order of the text. */
export function findActiveMarkup(body: string): MarkupProblem[] {
	const text = withoutCode(body);
	const found: { index: number; message: string }[] = [];
	for (const tag of tagsOf(text)) {
		const forbidden = FORBIDDEN_ELEMENTS[tag.name.toLowerCase()];
		if (forbidden) {
			found.push({
				index: tag.index,
				message: `<${tag.name}> ${forbidden.does}, and ${BLOCKED}, so readers would get a broken page. ${forbidden.instead}`,
			});
			continue;
		}
		for (const attribute of tag.attributes) {
			const name = attribute.name.toLowerCase();
			if (/^on[a-z]/.test(name))
				found.push({
					index: attribute.index,
					message: `the ${attribute.name}= attribute on <${tag.name}> runs code when the reader interacts with it, and ${BLOCKED}, so it does nothing. Remove it.`,
				});
			else if (isJavascript(attribute.value))
				found.push({ index: attribute.index, message: javascriptMessage(attribute.value) });
			else if (MEDIA_ATTRIBUTES.has(name)) {
				const host = attribute.value
					.split(',')
					.map((candidate) => hostOf(candidate))
					.find(Boolean);
				if (host) found.push({ index: attribute.index, message: imageMessage(host) });
			}
		}
	}
	for (const target of markdownTargets(text)) {
		const host = hostOf(target.url);
		if (isJavascript(target.url))
			found.push({ index: target.index, message: javascriptMessage(target.url) });
		else if (target.image && host) found.push({ index: target.index, message: imageMessage(host) });
	}
	return found
		.sort((a, b) => a.index - b.index)
		.map(({ index, message }) => ({ line: lineAt(text, index), message }));
}

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
		line++;
	return line;
}
