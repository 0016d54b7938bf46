import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LABEL_APPS, screenLabel } from '../../src/lib/i18n/glossary.ts';
import { LOCALE_INFO, SOURCE_LOCALE, splitLocale } from '../../src/lib/i18n/locales.ts';
import { readGlossary } from '../../src/schemas/glossary.ts';
import { DIST, builtHtmlFiles, publishedLocales, sitemapPaths } from '../support/built-site.ts';

/**
 * Moving between languages, checked on every built page: where Starlight's users report their sites
 * break (a picker that links to a missing page, links that drop the reader's language, a wrong
 * `<html lang>`, a 404 in the wrong language).
 */

const html = (file: string) => readFileSync(join(DIST, file), 'utf8');
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const published = publishedLocales();
/** The built file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
	const clean = path.replace(/[?#].*$/, '');
	const candidates = clean.endsWith('/') ? [`${clean.slice(1)}index.html`] : [clean.slice(1)];
	return candidates.find((candidate) => existsSync(join(DIST, candidate)));
}

describe('every page in every language', () => {
	const files = builtHtmlFiles().filter((file) => !html(file).includes('http-equiv="refresh"'));

	test('at least one language besides English is published, with its own 404 page', () => {
		expect(published.length).toBeGreaterThan(1);
		for (const locale of published.filter((locale) => locale !== SOURCE_LOCALE)) {
			const prefix = LOCALE_INFO[locale].prefix;
			expect(html(`${prefix.slice(1)}/404.html`)).toContain(`<html lang="${LOCALE_INFO[locale].htmlLang}"`);
			expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toContain(`${prefix}/* ${prefix}/404.html 404`);
		}
	});

	test('<html lang> follows the address', () => {
		const wrong = files.filter((file) => {
			const { locale } = splitLocale(pathOf(file));
			return !html(file).includes(`<html lang="${LOCALE_INFO[locale].htmlLang}"`);
		});
		expect(wrong).toEqual([]);
	});

	test('the language picker links only to pages that exist, each in its own language', () => {
		const broken: string[] = [];
		for (const file of files) {
			const picker = /<details class="language-picker">([\s\S]*?)<\/details>/.exec(html(file))?.[1];
			if (!picker) continue;
			for (const match of picker.matchAll(/<a href="([^"]+)" hreflang="([^"]+)"/g)) {
				const [, href = '', hreflang = ''] = match;
				const target = splitLocale(href);
				if (!fileFor(href) || LOCALE_INFO[target.locale].htmlLang !== hreflang)
					broken.push(`${file} → ${href} (${hreflang})`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('links inside a page stay in its language', () => {
		const strayed: string[] = [];
		for (const file of files) {
			const { locale } = splitLocale(pathOf(file));
			if (locale === SOURCE_LOCALE) continue;
			for (const match of html(file).matchAll(/<(?:a|form)\b([^>]*)>/g)) {
				const attributes = match[1] ?? '';
				if (attributes.includes('hreflang=')) continue;
				const target = /\s(?:href|action)="(\/[^"/][^"]*|\/)"/.exec(attributes)?.[1];
				if (!target || /\.[a-z]+$/.test(target.replace(/[?#].*$/, ''))) continue;
				if (splitLocale(target).locale !== locale) strayed.push(`${file} → ${target}`);
			}
		}
		expect(strayed).toEqual([]);
	});

	test('every indexed page names its other languages and x-default, and each of them exists', () => {
		const problems: string[] = [];
		const indexed = new Set(sitemapPaths());
		for (const file of files) {
			const path = pathOf(file);
			if (!indexed.has(path)) continue;
			const alternates = [...html(file).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
			const langs = alternates.map((match) => match[1]);
			for (const locale of published)
				if (!langs.includes(LOCALE_INFO[locale].htmlLang)) problems.push(`${file}: no ${locale}`);
			if (!langs.includes('x-default')) problems.push(`${file}: no x-default`);
			for (const [, , href = ''] of alternates)
				if (!fileFor(new URL(href).pathname)) problems.push(`${file}: ${href} is not built`);
		}
		expect(problems).toEqual([]);
	});

	test('the sitemap names each page in the other languages too', () => {
		const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		for (const locale of published)
			expect(xml).toContain(`hreflang="${LOCALE_INFO[locale].htmlLang}"`);
	});

	test('the errors page names each button as a screen in its language shows it, where a source does', () => {
		const glossary = readGlossary();
		const stillEnglish: string[] = [];
		for (const locale of published.filter((locale) => locale !== SOURCE_LOCALE)) {
			const page = html(`${LOCALE_INFO[locale].prefix.slice(1)}/errors/index.html`);
			const buttons = page.slice(page.indexOf('id="buttons-and-switches"'));
			for (const [, label = ''] of buttons.matchAll(/<strong lang="en">([^<]+)<\/strong>/g))
				if (LABEL_APPS.some((app) => screenLabel(glossary, app, label, locale) !== undefined))
					stillEnglish.push(`${locale}: ${label}`);
		}
		expect(stillEnglish).toEqual([]);
	});
});
