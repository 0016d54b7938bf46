import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import BehindNotice from './BehindNotice.astro';

test('a translation that is behind says so in its language and links the English page, marked English', async () => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(BehindNotice, {
		props: { englishHref: '/back-up-now/', englishTitle: 'Back up now, by hand' },
		request: new Request('https://example.test/es/back-up-now/'),
	});
	expect(html).toContain('Esta traducción puede estar desactualizada');
	expect(html).toMatch(/<a href="\/back-up-now\/" hreflang="en" data-behind-link[^>]*>/);
	expect(html).toContain('Back up now, by hand (en inglés)');
});
