import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { PAGEFIND_BASE } from '../../src/lib/search/pagefind/files.ts';
import { DIST, pageFile } from '../support/built-site.ts';

/** The text Pagefind keeps for each indexed page, which its result excerpts are cut from. */
function indexedPages(): { url: string; content: string }[] {
	const folder = join(DIST, PAGEFIND_BASE, 'fragment');
	return readdirSync(folder).map((file) => {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
	});
}

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/**
 * Each Settings path of a built page's text as a sighted reader sees it: "Settings › Chats › Chat Backup"
 * (a translated place may add the English label in brackets). Islands (the storage check's form) are not
 * indexed.
 */
function shownPaths(html: string): string[] {
	const text = html.replace(/<astro-island\b.*?<\/astro-island>/gs, '');
	return [...text.matchAll(/<span class="settings-path">(.*?)<\/b>\)?<\/span>/gs)].map(([markup]) =>
		decode(
			markup
				.replace(/<span class="visually-hidden"[^>]*>.*?<\/span>/g, '')
				.replace(/<[^>]*>/g, ''),
		)
			.replace(/\s+/g, ' ')
			.trim(),
	);
}

test('result excerpts show a Settings path as the page does, without the commas only screen readers hear', () => {
	const checked = indexedPages().flatMap(({ url, content }) => {
		const html = readFileSync(join(DIST, pageFile(new URL(url, 'http://x').pathname)), 'utf8');
		return shownPaths(html).map((path) => ({ url, path, indexed: content.includes(path) }));
	});
	expect(checked.length).toBeGreaterThan(10);
	expect(checked.filter((item) => !item.indexed)).toEqual([]);
});

test('result excerpts start a callout with its title, not with the icon drawn beside it', () => {
	const checked = indexedPages().flatMap(({ url, content }) => {
		const html = readFileSync(join(DIST, pageFile(new URL(url, 'http://x').pathname)), 'utf8');
		return [
			...html.matchAll(/<span class="callout-icon"[^>]*>(.*?)<\/span>(.*?)<\/p>/gs),
		].map(([, icon = '', title = '']) => {
			const shown = decode(title.replace(/<[^>]*>/g, '')).trim();
			return { url, shown, indexed: content.includes(shown), withIcon: content.includes(`${icon}${shown}`) };
		});
	});
	expect(checked.length).toBeGreaterThan(10);
	expect(checked.filter((item) => !item.indexed || item.withIcon)).toEqual([]);
});
