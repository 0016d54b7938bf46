import { localizePath, SOURCE_LOCALE, type Locale } from './locales.ts';

/**
 * Points every site link of a page at the page in the reader's language: content, components and the
 * site's own sentences all write English paths, and this one pass moves them, so no link anywhere can
 * forget the language (the bug Starlight's users report most, withastro/starlight#229).
 *
 * Hand-written over a parsed DOM on purpose: only the opening tags of <a> and <form> are touched, their
 * href/action attributes are always written by Astro with double quotes, and a DOM parser would be a
 * build dependency that re-serializes (and so changes) every page.
 *
 * Left alone: links that name their language (`hreflang`, the language picker), addresses outside the
 * site, files (a dot in the last segment), and paths `isLocalized` says have no page in this language.
 */
export function localizeLinks(
	html: string,
	locale: Locale,
	isLocalized: (path: string) => boolean,
): string {
	if (locale === SOURCE_LOCALE) return html;
	return html.replace(/<(a|form)\b[^>]*>/g, (tag) => {
		if (/\shreflang="/.test(tag)) return tag;
		return tag.replace(
			/(\s(?:href|action)=")(\/[^"]*)"/,
			(whole, attribute: string, target: string) => {
				if (target.startsWith('//')) return whole;
				const path = target.replace(/[?#].*$/, '');
				const last = path.split('/').at(-1) ?? '';
				if (last.includes('.') || !isLocalized(path)) return whole;
				return `${attribute}${localizePath(target, locale)}"`;
			},
		);
	});
}
