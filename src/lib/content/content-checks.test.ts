import { describe, expect, test } from 'vitest';
import { bodyStartLine, checkArticles } from './content-checks.ts';
import { fixtureArticle } from '../../../tests/support/article-fixture.ts';

const officialSource = [
	{ title: 'Apple Support', url: 'https://support.apple.com/en-ae/102119', kind: 'official' },
];

const article = fixtureArticle;

describe('checkArticles', () => {
	test('returns no problems for consistent articles', () => {
		expect(checkArticles([article('a'), article('b', { order: 2 })])).toEqual([]);
	});

	test.each([
		{
			name: 'a shared title',
			articles: [article('a'), article('b', { order: 2, title: 'Fixture article a' })],
			problem: 'content/b.mdx: title "Fixture article a" is already used by content/a.mdx.',
		},
		{
			name: 'a shared order',
			articles: [article('a'), article('b')],
			problem: 'content/b.mdx: order 1 is already used by content/a.mdx.',
		},
		{
			name: 'slugs that differ only in case',
			articles: [article('restart'), article('Restart', { order: 2 })],
			problem: 'content/Restart.mdx: the address /restart/ is already used by content/restart.mdx.',
		},
		{
			name: 'a slug the site itself uses',
			articles: [article('search')],
			problem:
				"content/search.mdx: the address /search/ belongs to one of the site's own pages; rename the file.",
		},
		{
			name: 'a step without an explicit id',
			articles: [article('a', {}, '## Turn on iCloud Drive\n')],
			problem:
				'content/a.mdx:1: heading "Turn on iCloud Drive" needs a stable id, e.g. "## Turn on iCloud Drive {#turn-on-icloud-drive}".',
		},
		{
			name: 'the same id twice',
			articles: [article('a', {}, '## One {#same}\n## Two {#same}\n')],
			problem: 'content/a.mdx:2: the id "same" is used twice in this article.',
		},
		{
			name: 'an error message pointing at a missing step',
			articles: [
				article('a', {
					errors: [
						{
							id: 'backup-failed',
							message: 'Backup failed',
							where: 'whatsapp',
							step: 'nowhere',
							exact: false,
						},
					],
				}),
			],
			problem:
				'content/a.mdx: the message "Backup failed" points to step "nowhere", which this article does not have.',
		},
		{
			name: 'phrasings for a missing step',
			articles: [article('a', { phrasings: { nowhere: ['how do I back up'] } })],
			problem: 'content/a.mdx: phrasings name step "nowhere", which this article does not have.',
		},
		{
			name: 'a data-loss article whose warning comes after the first step',
			articles: [
				article(
					'a',
					{ risk: 'data-loss' },
					'## Delete it {#delete}\n<Callout type="warning">Gone.</Callout>\n',
				),
			],
			problem:
				'content/a.mdx: risk is data-loss, so a <Callout type="warning"> saying what is lost must come before the first step.',
		},
		{
			name: 'a data-loss article without a warning',
			articles: [article('a', { risk: 'data-loss' })],
			problem:
				'content/a.mdx: risk is data-loss, so a <Callout type="warning"> saying what is lost must come before the first step.',
		},
		{
			name: 'an article without an official source',
			articles: [
				article('a', {
					sources: [
						{ title: 'The Verge', url: 'https://www.theverge.com/2023/6/30/x', kind: 'press' },
					],
				}),
			],
			problem:
				'content/a.mdx: sources: list at least one official source (a WhatsApp, Meta or Apple page) that the article rests on.',
		},
		{
			name: 'an official source listed after a secondary one',
			articles: [
				article('a', {
					sources: [
						{ title: 'A blog', url: 'https://example.org/post', kind: 'first-hand' },
						{
							title: 'Apple Support',
							url: 'https://support.apple.com/en-ae/102119',
							kind: 'official',
						},
					],
				}),
			],
			problem:
				'content/a.mdx: sources[0]: list an official source first; press and first-hand sources come after.',
		},
		{
			name: 'a source on the blocklist, subdomains included',
			articles: [
				article('a', {
					sources: [
						...officialSource,
						{
							title: 'Copy of a guide',
							url: 'https://guidingtech.pages.dev/posts/x',
							kind: 'press',
						},
					],
				}),
			],
			problem:
				'content/a.mdx: sources[1].url: pages.dev is on the blocklist (mirror or copy, see src/lib/content/source-policy.ts). Cite an official, press or first-hand source instead, or mark the fact unconfirmed.',
		},
		{
			name: 'a press page marked official',
			articles: [
				article('a', {
					sources: [
						...officialSource,
						{ title: 'BGR', url: 'https://www.bgr.in/how-to/x', kind: 'official' },
					],
				}),
			],
			problem:
				'content/a.mdx: sources[1].kind: "https://www.bgr.in/how-to/x" is not a WhatsApp, Meta or Apple page, so it can\'t be official; use press or first-hand.',
		},
		{
			name: 'an exact message without the source of its wording',
			articles: [
				article('a', {
					errors: [
						{
							id: 'backup-failed',
							message: 'Backup failed',
							where: 'whatsapp',
							step: 'first-step',
						},
					],
				}),
			],
			problem:
				'content/a.mdx: errors[0].quotedFrom: "Backup failed" is marked exact, so give the address of the official page or first-hand report that records the wording (or set exact: false).',
		},
		{
			name: 'an exact message quoted from the press',
			articles: [
				article('a', {
					sources: [
						...officialSource,
						{ title: 'The Verge', url: 'https://www.theverge.com/x', kind: 'press' },
					],
					errors: [
						{
							id: 'backup-failed',
							message: 'Backup failed',
							where: 'whatsapp',
							step: 'first-step',
							quotedFrom: 'https://www.theverge.com/x',
						},
					],
				}),
			],
			problem:
				'content/a.mdx: errors[0].quotedFrom: quote exact wording only from an official page or a first-hand report, not from the press.',
		},
		{
			name: 'an exact message quoted from a page the article does not list',
			articles: [
				article('a', {
					errors: [
						{
							id: 'backup-failed',
							message: 'Backup failed',
							where: 'whatsapp',
							step: 'first-step',
							quotedFrom: 'https://example.org/',
						},
					],
				}),
			],
			problem:
				"content/a.mdx: errors[0].quotedFrom: https://example.org/ is not one of this article's sources; add it to sources.",
		},
		{
			name: 'two messages with the same anchor',
			articles: [
				article('a', {
					errors: [
						{
							id: 'stuck',
							message: 'Stuck at 0%',
							where: 'whatsapp',
							step: 'first-step',
							exact: false,
						},
					],
				}),
				article('b', {
					order: 2,
					errors: [
						{
							id: 'stuck',
							message: 'Stuck at 99%',
							where: 'whatsapp',
							step: 'first-step',
							exact: false,
						},
					],
				}),
			],
			problem:
				'content/b.mdx: errors[0].id "stuck" is already used by content/a.mdx; every message and label needs its own anchor on /errors/.',
		},
		{
			name: 'a message anchor the error index uses itself',
			articles: [
				article('a', {
					errors: [
						{
							id: 'main',
							message: 'Stuck at 0%',
							where: 'whatsapp',
							step: 'first-step',
							exact: false,
						},
					],
				}),
			],
			problem:
				'content/a.mdx: errors[0].id "main" is taken by the error index page itself; choose another.',
		},
	])('reports $name', ({ articles, problem }) => {
		expect(checkArticles(articles)).toContain(problem);
	});

	test("accepts official sources on WhatsApp, Meta and Apple sites, including Apple's own GitHub repository", () => {
		const sources = [
			{ title: 'WhatsApp', url: 'https://faq.whatsapp.com/490592613091019/', kind: 'official' },
			{
				title: 'Meta',
				url: 'https://engineering.fb.com/2021/09/10/security/whatsapp-e2ee-backups/',
				kind: 'official',
			},
			{
				title: 'Apple schemas',
				url: 'https://github.com/apple/device-management',
				kind: 'official',
			},
			{ title: 'A report', url: 'https://github.com/someone/else/issues/1', kind: 'first-hand' },
		];
		const quoted = [
			{
				id: 'backup-failed',
				message: 'Backup failed',
				where: 'whatsapp',
				step: 'first-step',
				quotedFrom: 'https://github.com/someone/else/issues/1',
			},
		];
		expect(checkArticles([article('a', { sources, errors: quoted })])).toEqual([]);
	});

	test('accepts a data-loss article whose warning stands before the first step', () => {
		const body =
			'<Callout type="warning" title="What you lose">The old backup.</Callout>\n\n## Delete it {#delete}\n';
		expect(checkArticles([article('a', { risk: 'data-loss', stepSources: {} }, body)])).toEqual([]);
	});
});

describe('checkArticles and step sources', () => {
	test('reports a step with instructions and no source, naming the file and the step', () => {
		expect(checkArticles([article('a', { stepSources: {} })])).toEqual([
			'content/a.mdx:1: the step "first-step" ("First step") gives instructions but names no source. Add it to stepSources with the numbers of the sources it rests on, e.g. "stepSources: { first-step: [1] }".',
		]);
	});
});

describe('checkArticles and active markup', () => {
	test('names the file and the file’s own line, past the front matter', () => {
		const body =
			'## First step {#first-step}\n\nDo this.\n\n<iframe src="https://evil.example/"></iframe>\n';
		const file = `---\ntitle: x\n---\n\n${body}`;
		const source = { ...article('a', {}, body), bodyLine: bodyStartLine(file, body.trim()) };
		expect(checkArticles([source])).toEqual([
			'content/a.mdx:9: <iframe> embeds another page, and the site’s Content-Security-Policy blocks it, so readers would get a broken page. Link to the page instead.',
		]);
	});

	test('counts a heading’s line in the file too', () => {
		const body = '## First step {#first-step}\n\nDo this.\n\n## No id\n';
		expect(checkArticles([{ ...article('a', {}, body), bodyLine: 20 }])).toContainEqual(
			'content/a.mdx:24: heading "No id" needs a stable id, e.g. "## No id {#no-id}".',
		);
	});
});
