// e2e/links-that-last.spec.ts serves this markup before a step to show that an old id lands on it.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import StepAlias from './StepAlias.astro';

test('a step alias renders an empty span that carries the old id', async () => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(StepAlias, { props: { id: 'free-space-on-iphone' } });
	// The dev server that renders here adds source attributes; the built page has none.
	expect(html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '')).toBe(
		'<span id="free-space-on-iphone" class="step-alias"></span>',
	);
});
