import { defineMiddleware } from 'astro:middleware';
import { splitLocale, SOURCE_LOCALE } from './lib/i18n/locales.ts';
import { localizeLinks } from './lib/i18n/localize-links.ts';
import { isLocalizedPath } from './site-data.ts';

/** Every page in another language gets its site links moved into that language (localize-links.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const { locale } = splitLocale(context.url.pathname);
	if (locale === SOURCE_LOCALE || !response.headers.get('content-type')?.includes('text/html'))
		return response;
	const html = localizeLinks(await response.text(), locale, (path) =>
		isLocalizedPath(locale, path),
	);
	return new Response(html, response);
});
