import { describe, expect, test } from 'vitest';
import { moduleScriptsOf, staticImports, withModulePreloads } from './module-preloads.ts';

describe('staticImports', () => {
	test('finds the static imports of minified output, resolved against the module’s address', async () => {
		const code =
			'import{t as e}from"./text.abc.js";import"../chunks/side.js";const n=()=>import("./later.js");e(n)';
		expect(await staticImports(code, '/_astro/search.123.js')).toEqual([
			'/_astro/text.abc.js',
			'/chunks/side.js',
		]);
	});

	test('leaves out what a browser would not fetch from the site', async () => {
		expect(await staticImports('import x from"bare";export{x}', '/_astro/a.js')).toEqual([]);
	});
});

describe('withModulePreloads', () => {
	const page = (head: string, body: string) =>
		`<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="script-src 'self'">${head}</head><body>${body}</body></html>`;
	const graph: Record<string, string[]> = {
		'/_astro/search.js': ['/_astro/text.js', '/_astro/files.js'],
		'/_astro/base.js': ['/_astro/files.js'],
		'/_astro/files.js': ['/_astro/deep.js'],
	};
	const importsOf = (path: string) => graph[path] ?? [];

	test('preloads each module script and everything it imports, through other modules too, once', () => {
		const html = page(
			'',
			'<script type="module" src="/_astro/base.js"></script><script type="module" src="/_astro/search.js"></script>',
		);
		const head = withModulePreloads(html, importsOf).split('</head>')[0] ?? '';
		expect(
			[...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]),
		).toEqual([
			'/_astro/base.js',
			'/_astro/files.js',
			'/_astro/deep.js',
			'/_astro/search.js',
			'/_astro/text.js',
		]);
	});

	test('puts the links after the page’s policy, which governs only what follows it', () => {
		const html = withModulePreloads(
			page('', '<script type="module" src="/_astro/base.js"></script>'),
			importsOf,
		);
		expect(html.indexOf('modulepreload')).toBeGreaterThan(html.indexOf('content-security-policy'));
	});

	test('does not repeat a preload the page already has', () => {
		const html = page(
			'<link rel="modulepreload" href="/_astro/files.js">',
			'<script type="module" src="/_astro/base.js"></script>',
		);
		expect(withModulePreloads(html, importsOf).match(/\/_astro\/files\.js/g)).toHaveLength(1);
	});

	test('leaves a page without module scripts, or without a head, as it is', () => {
		const inline = page(
			'',
			'<script type="module">console.log(1)</script><script src="/x.js"></script>',
		);
		expect(withModulePreloads(inline, importsOf)).toBe(inline);
		const headless =
			'<meta http-equiv="refresh" content="0;url=/new/"><script type="module" src="/a.js"></script>';
		expect(withModulePreloads(headless, importsOf)).toBe(headless);
	});
});

test('moduleScriptsOf reads only external module scripts', () => {
	expect(
		moduleScriptsOf(
			'<script type="application/json" id="d">{}</script><script type="module" src="/_astro/a.js"></script><script src="/b.js"></script>',
		),
	).toEqual(['/_astro/a.js']);
});
