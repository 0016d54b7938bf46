import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PAGEFIND_OPTIONS, normalizeQuery } from '../src/lib/search';
import { articlePaths } from './site';

/**
 * Search relevance over the built site. `relevance-set.json` holds queries as readers type or paste them
 * (errors with curly quotes and trailing dots, symptoms in their own words, questions, typos), each with
 * the article that must come first. Every query goes through `normalizeQuery` and `PAGEFIND_OPTIONS`,
 * exactly as the search page sends it to Pagefind.
 */

interface Case {
	query: string;
	expect: string;
	type?: string;
}

/** The part of Pagefind's browser API this test uses. */
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null>;
}

const CASES = JSON.parse(readFileSync(new URL('./relevance-set.json', import.meta.url), 'utf8')) as Case[];
const MIN_TOP1 = 0.9;
const MIN_TOP3 = 1;
const MIN_CASES = 40;
const MIN_CASES_PER_ARTICLE = 2;

/** `/make-enough-room/?highlight=space#check-your-numbers` → `make-enough-room`. */
function slugOf(url: string): string {
	return (url.split(/[?#]/)[0] ?? url).replace(/^\/|\/$/g, '');
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

test('the relevance set has enough queries and covers every article', () => {
	const slugs = articlePaths().map(slugOf);
	expect(CASES.length).toBeGreaterThanOrEqual(MIN_CASES);
	for (const slug of slugs) {
		expect(CASES.filter((item) => item.expect === slug).length, `queries expecting ${slug}`).toBeGreaterThanOrEqual(MIN_CASES_PER_ARTICLE);
	}
	for (const item of CASES) expect(slugs, `"${item.query}" expects an article that exists`).toContain(item.expect);
});

test(`search ranks the expected article first for ≥ ${MIN_TOP1 * 100} % of the relevance set, and in the top 3 for all of it`, async ({ page }) => {
	await page.goto('/search/');
	const queries = CASES.map((item) => normalizeQuery(item.query));
	const ranked = await page.evaluate(
		async ({ queries, options }) => {
			// A runtime path, as in the search page: Pagefind only exists once the site is indexed.
			const path = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ path)) as PagefindApi;
			await pagefind.options(options);
			await pagefind.init();
			const out: { urls: string[]; count: number }[] = [];
			for (const query of queries) {
				if (query === '') {
					out.push({ urls: [], count: 0 });
					continue;
				}
				const response = await pagefind.search(query);
				const results = response?.results ?? [];
				const data = await Promise.all(results.slice(0, 3).map((result) => result.data()));
				out.push({ urls: data.map((item) => item.url), count: results.length });
			}
			return out;
		},
		{ queries, options: PAGEFIND_OPTIONS },
	);

	const rows = CASES.map((item, index) => {
		const top = (ranked[index]?.urls ?? []).map(slugOf);
		const rank = top.indexOf(item.expect) + 1;
		return { ...item, normalized: queries[index] ?? '', top, rank, count: ranked[index]?.count ?? 0 };
	});
	const top1 = rows.filter((row) => row.rank === 1).length / rows.length;
	const top3 = rows.filter((row) => row.rank >= 1 && row.rank <= 3).length / rows.length;

	const byType = new Map<string, { total: number; first: number }>();
	for (const row of rows) {
		const type = row.type ?? 'other';
		const entry = byType.get(type) ?? { total: 0, first: 0 };
		entry.total += 1;
		if (row.rank === 1) entry.first += 1;
		byType.set(type, entry);
	}
	console.log(`\nSearch relevance over ${rows.length} queries`);
	console.table({
		'top-1': { accuracy: percent(top1), required: percent(MIN_TOP1) },
		'top-3': { accuracy: percent(top3), required: percent(MIN_TOP3) },
	});
	console.table(Object.fromEntries([...byType].map(([type, { total, first }]) => [type, { queries: total, 'top-1': percent(first / total) }])));
	const misses = rows.filter((row) => row.rank !== 1);
	if (misses.length > 0) {
		console.log('Not ranked first:');
		console.table(
			misses.map((row) => ({
				query: row.normalized,
				expected: row.expect,
				rank: row.rank === 0 ? 'not in top 3' : row.rank,
				got: row.top.join(', ') || '(no results)',
				results: row.count,
			})),
		);
	}

	expect(top1, `top-1 accuracy; misses: ${misses.map((row) => `"${row.normalized}"`).join(', ')}`).toBeGreaterThanOrEqual(MIN_TOP1);
	expect(top3, 'top-3 accuracy: every query must find its article among the first three results').toBeGreaterThanOrEqual(MIN_TOP3);
});
