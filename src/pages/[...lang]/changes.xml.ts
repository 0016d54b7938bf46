import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFeed } from '../../lib/desk/feed.ts';
import { localizePath } from '../../lib/i18n/locales.ts';
import { uiText } from '../../lib/i18n/ui/index.ts';
import { DESK_CONTENT, contentFor, deskLanguage, langParam } from '../../desk-data.ts';

/** `/changes.xml` (`/es/changes.xml` …): every dated change to the steps, as Atom. */
export const getStaticPaths = (() =>
	DESK_CONTENT.map(({ locale }) => ({
		params: { lang: langParam(locale) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const content = contentFor(params['lang']);
	const language = deskLanguage(content, site);
	return new Response(
		changesFeed(content.entries, language, {
			siteName: uiText(content.locale).site.name,
			feedPath: localizePath('/changes.xml', content.locale),
		}),
		{ headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
	);
};
