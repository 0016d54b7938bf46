// The component rendered in-process with Astro's container: the tense a reader gets on the day the site
// is built. That articles can use it at all is proven by the real build (content/ uses <DatedFact>).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, test, vi } from 'vitest';
import DatedFact from './DatedFact.astro';

const PROPS = {
	date: '2026-11-30',
	upcoming: 'WhatsApp will need iOS 15.5 or later from {date}.',
	past: 'WhatsApp has needed iOS 15.5 or later since {date}.',
};

/** The component's markup on a site built on `day`, on a page at `path`. */
async function renderOn(day: string, path = '/update-ios-and-whatsapp/'): Promise<string> {
	vi.stubEnv('BUILD_DATE', day);
	const container = await AstroContainer.create();
	return container.renderToString(DatedFact, {
		props: PROPS,
		request: new Request(`https://whatsapp-backup.help${path}`),
	});
}

/** The sentence as a reader reads it, on a site built on `day`. */
const readOn = async (day: string) => (await renderOn(day)).replace(/<[^>]+>/g, '');

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('a dated fact in an article', () => {
	test('reads in the future tense when the site is built before its date', async () => {
		expect(await readOn('2026-11-29')).toBe(
			'WhatsApp will need iOS 15.5 or later from 30 November 2026.',
		);
	});

	test('reads in the past tense from its date on', async () => {
		expect(await readOn('2026-11-30')).toBe(
			'WhatsApp has needed iOS 15.5 or later since 30 November 2026.',
		);
		expect(await readOn('2026-12-01')).toBe(
			'WhatsApp has needed iOS 15.5 or later since 30 November 2026.',
		);
	});

	test('writes the date in the page’s language', async () => {
		expect(await renderOn('2026-12-01', '/de/update-ios-and-whatsapp/')).toMatch(
			/<time datetime="2026-11-30"[^>]*>30\. November 2026<\/time>/,
		);
	});

	test('marks up the date for machines, in the reader’s words for people', async () => {
		// The dev server that renders here adds source attributes, hence [^>]*.
		expect(await renderOn('2026-12-01')).toMatch(
			/<time datetime="2026-11-30"[^>]*>30 November 2026<\/time>/,
		);
	});
});
