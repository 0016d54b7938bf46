import { describe, expect, test } from 'vitest';
import { checkBudget } from './budgets.ts';

describe('checkBudget', () => {
	const assets = [
		{ name: '/_astro/a.js', kind: 'js', gzipBytes: 3000 },
		{ name: 'inline script', kind: 'js', gzipBytes: 1200 },
		{ name: '/_astro/site.css', kind: 'css', gzipBytes: 2000 },
	] as const;

	test('returns nothing when every kind is within its limit', () => {
		expect(checkBudget('/a/', assets, { js: 4200, css: 8192 })).toEqual([]);
	});

	test('names the page, the total, the limit and the files, largest first, when over', () => {
		expect(checkBudget('/a/', assets, { js: 4096 })).toEqual([
			'/a/ loads 4200 B of gzipped JS, over its 4096 B budget: /_astro/a.js 3000 B, inline script 1200 B',
		]);
	});
});
