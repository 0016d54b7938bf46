import { describe, expect, test } from 'vitest';
import { isAstroHeadInjectWarning } from './quiet-build.ts';

describe('isAstroHeadInjectWarning', () => {
	test('matches the warning Rolldown gives for each article', () => {
		const message =
			'The semantics of the module level directive "use astro:head-inject" in "content/back-up-now.mdx?astroPropagatedAssets" may not be preserved when bundling.';
		expect(isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
	});

	test.each([
		{
			title: 'another directive',
			code: 'MODULE_LEVEL_DIRECTIVE',
			message: 'The module level directive "use client" in "x.js" …',
		},
		{ title: 'another warning', code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' },
		{ title: 'a warning without a code', code: undefined, message: 'Something else' },
	])('lets $title through', ({ code, message }) => {
		expect(isAstroHeadInjectWarning(code === undefined ? { message } : { code, message })).toBe(
			false,
		);
	});
});
