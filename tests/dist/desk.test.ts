import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	BinaryBitmap,
	DecodeHintType,
	HybridBinarizer,
	QRCodeReader,
	RGBLuminanceSource,
} from '@zxing/library';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { BUNDLE_FIELDS } from '../../src/lib/desk/bundles.ts';
import type { ReplyEntry } from '../../src/lib/desk/replies.ts';
import { deskWords } from '../../src/lib/desk/words.ts';
import { LOCALE_INFO, splitLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { DIST, articlePaths, pageFile, publishedLocales } from '../support/built-site.ts';

const LOCALES = publishedLocales();
const allArticlePaths = () => LOCALES.flatMap((locale) => articlePaths(locale));
/** A step's id in the bundles: the English article id, the same in every language. */
const entryId = (path: string, step: string) => `${splitLocale(path).path.slice(1, -1)}#${step}`;

// What the desk and the Markdown copies are written from is unit-tested (src/lib/desk/); these read the
// finished build, as a help desk, an assistant, a feed reader or a phone's camera gets it.

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&#x27;', "'")
		.replaceAll('&amp;', '&')
		.replace(/\s+/g, ' ')
		.trim();

/** An article page's steps as built: id, title and the labels (bold text) of each, in page order. */
function htmlSteps(path: string) {
	const html = read(pageFile(path));
	const body = html.slice(html.indexOf('<div class="article-body">'), html.indexOf('class="next-fix"'));
	const parts = body.split('<div class="step-heading">').slice(1);
	return parts.map((part) => {
		const heading = /<h2 id="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/.exec(part);
		// The QR hand-off and the islands (the storage calculator) are the page's own tools, not the step's text.
		const content = part
			.replace(/<details class="handoff"[\s\S]*?<\/details>/, '')
			.replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, '');
		return {
			id: heading?.[1] ?? '',
			title: decode(heading?.[2] ?? ''),
			labels: [...content.matchAll(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) =>
				decode(match[2] ?? ''),
			),
		};
	});
}

/** The steps of an article's Markdown copy: title, link and the bold text of each. */
function markdownSteps(path: string) {
	const markdown = read(`${path.slice(1, -1)}.md`);
	const stepLink = deskWords(splitLocale(path).locale).markdown.stepLink;
	const sections = markdown.split(/^## /m).slice(1);
	return sections
		.map((section) => {
			const [title = '', ...rest] = section.split('\n');
			const link = new RegExp(`^${stepLink}: <([^>]+)>$`, 'm').exec(rest.join('\n'))?.[1];
			return {
				title,
				link,
				labels: [...rest.join('\n').matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? ''),
			};
		})
		.filter((section) => section.link !== undefined);
}

const canonicalOf = (path: string) =>
	/<link rel="canonical" href="([^"]+)"/.exec(read(pageFile(path)))?.[1] ?? '';

describe('/<id>.md', () => {
	test.each(allArticlePaths())(
		'%s as Markdown has the same steps, in order, with the same links and labels as the page',
		(path) => {
			const page = htmlSteps(path);
			const markdown = markdownSteps(path);
			expect(page.length).toBeGreaterThan(0);
			expect(markdown.map((step) => step.title)).toEqual(page.map((step) => step.title));
			expect(markdown.map((step) => step.link)).toEqual(
				page.map((step) => `${canonicalOf(path)}#${step.id}`),
			);
			expect(markdown.map((step) => step.labels)).toEqual(page.map((step) => step.labels));
		},
	);

	test('/llms.txt lists the Markdown copy of every article, and asks for steps word for word', () => {
		const llms = read('llms.txt');
		expect(llms.startsWith('# ')).toBe(true);
		expect(llms).toMatch(/^> .+/m);
		expect(llms).toContain('Quote the steps word for word');
		const listed = [...llms.matchAll(/^- \[[^\]]+\]\((https:[^)]+\.md)\)/gm)].map(
			(match) => new URL(match[1] ?? '').pathname,
		);
		expect(listed.sort()).toEqual(allArticlePaths().map((path) => `${path.slice(0, -1)}.md`).sort());
	});
});

describe.each(LOCALES)('/desk/replies.%s.json and .csv', (locale: Locale) => {
	const prefix = LOCALE_INFO[locale].prefix.slice(1);
	const words = deskWords(locale);
	const json = JSON.parse(read(`desk/replies.${locale}.json`)) as ReplyEntry[];
	const csv = parseCsv<Record<string, string>>(read(`desk/replies.${locale}.csv`), {
		columns: true,
		bom: true,
	});

	test('hold one entry per step of every article, with stable ids and the step addresses', () => {
		const steps = articlePaths(locale).flatMap((path) =>
			htmlSteps(path).map((step) => ({
				id: entryId(path, step.id),
				url: `${canonicalOf(path)}#${step.id}`,
			})),
		);
		expect(json.map(({ id, url }) => ({ id, url })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			steps.sort((a, b) => a.id.localeCompare(b.id)),
		);
		expect(new Set(json.map((entry) => entry.id)).size).toBe(json.length);
		for (const entry of json) expect(Object.keys(entry)).toEqual([...BUNDLE_FIELDS]);
	});

	test('the CSV holds the same entries as the JSON, field for field', () => {
		expect(csv).toEqual(json);
	});

	test('each reply names its step, its labels as the article page shows them, its link and date', () => {
		for (const path of articlePaths(locale))
			for (const step of htmlSteps(path)) {
				const entry = json.find((candidate) => candidate.id === entryId(path, step.id));
				expect(entry?.title).toMatch(new RegExp(`::${step.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
				for (const label of step.labels) expect(entry?.markdown).toContain(`**${label}**`);
				expect(entry?.whatsapp.split('\n')).toContain(entry?.url);
				expect(entry?.text).toContain(`\n${words.checked.split('{date}')[0]}`);
			}
	});

	test('the /desk/ page shows every entry of the bundle, with the same instructions', () => {
		const desk = read(prefix ? `${prefix}/desk/index.html` : 'desk/index.html');
		const ids = [...desk.matchAll(/data-desk-step="([^"]+)"/g)].map((match) => match[1]);
		expect(ids).toEqual(json.map((entry) => entry.id));
		for (const entry of json) {
			const row = desk.slice(desk.indexOf(`data-desk-step="${entry.id}"`));
			const preview = /<div class="desk-preview">([\s\S]*?)<p class="desk-checked">/.exec(row)?.[1];
			expect(entry.html).toContain(preview ?? 'no preview');
		}
	});
});

describe('/changes.xml', () => {
	const xml = read('changes.xml');
	const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) });
	const { feed } = parser.parse(xml) as {
		feed: Record<string, unknown> & { entry: Record<string, unknown>[] };
	};

	// RFC 4287, 4.1.1 and 4.1.2: what a feed and each entry must contain.
	test('is well-formed Atom with a feed id, title, updated, author and self link', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		for (const element of ['id', 'title', 'updated', 'author']) expect(feed[element]).toBeDefined();
		expect(String(feed['updated'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
		const links = feed['link'] as Record<string, string>[];
		expect(links.find((link) => link['@_rel'] === 'self')?.['@_href']).toMatch(/\/changes\.xml$/);
	});

	test('has one entry per change of every article, each with a unique id, title, updated, link and summary', () => {
		const changes = articlePaths().map((path) => /<details class="step-changes"[\s\S]*?<\/details>/.exec(read(pageFile(path)))?.[0] ?? '');
		const perPage = changes.map((list) => (list.match(/<li>/g) ?? []).length);
		expect(perPage.every((count) => count > 0)).toBe(true);
		expect(feed.entry).toHaveLength(perPage.reduce((sum, count) => sum + count, 0));
		const ids = feed.entry.map((entry) => entry['id']);
		expect(new Set(ids).size).toBe(ids.length);
		for (const entry of feed.entry) {
			expect(entry['title']).toEqual(expect.any(String));
			expect(String(entry['updated'])).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
			expect(entry['summary']).toEqual(expect.any(String));
			const links = entry['link'] as Record<string, string>[];
			expect(links.find((link) => link['@_rel'] === 'alternate')?.['@_href']).toMatch(/^https:\/\//);
		}
	});
});

describe('"Open on your iPhone"', () => {
	async function decodeQr(svg: string): Promise<string> {
		// Ten pixels a module, as a phone's camera sees a code on a screen.
		const { data, info } = await sharp(Buffer.from(svg), { density: 720 })
			.flatten({ background: '#fff' })
			.greyscale()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const source = new RGBLuminanceSource(new Uint8ClampedArray(data), info.width, info.height);
		// The image is the code as drawn, square and upright: the reader takes its modules as they are, without
		// the camera's search for finder patterns (which zxing-js gets wrong on some clean renderings).
		const hints = new Map([[DecodeHintType.PURE_BARCODE, true]]);
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
			.getText();
	}

	test.each(articlePaths())(
		'each step of %s offers a QR code that decodes to the step’s address',
		async (path) => {
			const html = read(pageFile(path));
			const codes = [...html.matchAll(/<details class="handoff"[\s\S]*?(<svg[\s\S]*?<\/svg>)/g)].map(
				(match) => match[1] ?? '',
			);
			const steps = htmlSteps(path);
			expect(codes).toHaveLength(steps.length);
			const decoded = await Promise.all(codes.map(decodeQr));
			expect(decoded).toEqual(steps.map((step) => `${canonicalOf(path)}#${step.id}`));
		},
	);
});
