import { describe, expect, test } from 'vitest';
import type { BuiltPage } from './link-checks.ts';
import { checkPermalinks, publishedLinks, troubleshootNodeOf } from './permalinks.ts';

const page = (path: string, steps: string[] = [], redirectTo?: string): BuiltPage => ({
	path,
	ids: new Set(steps),
	links: [],
	steps,
	redirectTo,
});
const site = (...pages: BuiltPage[]) => new Map(pages.map((built) => [built.path, built]));

describe('troubleshootNodeOf', () => {
	test.each([
		{ link: '/troubleshoot/', node: 'start' },
		{ link: '/troubleshoot/restore-fails/', node: 'restore-fails' },
		{ link: '/es/troubleshoot/restore-fails/', node: 'restore-fails' },
		{ link: '/de/troubleshoot/', node: 'start' },
		{ link: '/restart-iphone/', node: undefined },
		{ link: '/troubleshoot/restore-fails/#x', node: undefined },
	])('returns $node for $link', ({ link, node }) => {
		expect(troubleshootNodeOf(link)).toBe(node);
	});
});

describe('checkPermalinks for troubleshooter nodes', () => {
	const built = site(
		page('/restart-iphone/', ['force-restart']),
		page('/troubleshoot/'),
		page('/troubleshoot/restore-fails/'),
	);

	test('publishes every node page as a link to register', () => {
		expect(publishedLinks(built)).toEqual([
			'/restart-iphone/',
			'/restart-iphone/#force-restart',
			'/troubleshoot/',
			'/troubleshoot/restore-fails/',
		]);
	});

	test('returns a new node page as unregistered until npm run permalinks records it', () => {
		const { broken, unregistered } = checkPermalinks(
			['/restart-iphone/', '/restart-iphone/#force-restart', '/troubleshoot/'],
			built,
			new Set(),
		);
		expect(broken).toEqual([]);
		expect(unregistered).toEqual(['/troubleshoot/restore-fails/']);
	});

	test('returns a registered node that is gone as broken, naming the node and the fix', () => {
		const registry = [...publishedLinks(built), '/troubleshoot/stuck-at-99/'];
		expect(checkPermalinks(registry, built, new Set()).broken).toEqual([
			'/troubleshoot/stuck-at-99/ no longer resolves: /troubleshoot/stuck-at-99/ does not exist. Troubleshooter node addresses never change: keep the node "stuck-at-99" in content/troubleshooter.yaml (its question and answers may change), or redirect the address in astro.config.mjs.',
		]);
	});

	test('accepts a registered node address that redirects to a node that exists', () => {
		const moved = site(
			...built.values(),
			page('/troubleshoot/old-id/', [], '/troubleshoot/restore-fails/'),
		);
		expect(
			checkPermalinks([...publishedLinks(built), '/troubleshoot/old-id/'], moved, new Set()).broken,
		).toEqual([]);
	});
});
