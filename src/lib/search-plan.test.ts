import { describe, expect, test } from 'vitest';
import { fuseRankings, planSearch, type Ranked } from './search-plan';
import { toVocabulary } from './spelling';

/** A fake engine over a few pages: a page matches a query when it has every word, as Pagefind does. */
const PAGES: Record<string, string[]> = {
	restart: ['restart', 'iphone', 'force', 'close', 'app'],
	storage: ['icloud', 'storage', 'full', 'space'],
	status: ['icloud', 'down', 'status', 'apple'],
};
const engine = {
	searched: [] as string[],
	async search(query: string): Promise<Ranked[]> {
		this.searched.push(query);
		const words = query.toLowerCase().split(' ');
		return Object.entries(PAGES)
			.filter(([, pageWords]) => words.every((word) => pageWords.includes(word)))
			.map(([id]) => ({ id }));
	},
};
const vocabulary = toVocabulary(Object.values(PAGES).flat());
const options = { loadVocabulary: async () => vocabulary, correct: true };
const ids = (results: Ranked[]) => results.map((result) => result.id);

describe('planSearch', () => {
	test('returns the whole query’s results when they are enough, without fetching the vocabulary', async () => {
		let fetched = false;
		const many = { search: async () => [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
		const outcome = await planSearch('icloud', many, {
			correct: true,
			loadVocabulary: async () => ((fetched = true), vocabulary),
		});
		expect(outcome).toEqual({ results: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], relaxed: false });
		expect(fetched).toBe(false);
	});

	test('corrects a word no page uses and says what it searched', async () => {
		const outcome = await planSearch('icould storage full', engine, options);
		expect(outcome).toMatchObject({ corrected: 'icloud storage full', relaxed: false });
		expect(ids(outcome.results)).toEqual(['storage']);
	});

	test('searches exactly what was typed when correction is off', async () => {
		const outcome = await planSearch('icould storage', engine, { ...options, correct: false });
		expect(outcome.corrected).toBeUndefined();
	});

	test('relaxes a query no page has all words of, dropping words nothing matches', async () => {
		const outcome = await planSearch('force close the app restart your device', engine, options);
		expect(outcome.relaxed).toBe(true);
		expect(ids(outcome.results)[0]).toBe('restart');
	});

	test('finds nothing, and says so, when no word matches anything', async () => {
		expect(await planSearch('zzqxv qqqq', engine, options)).toEqual({ results: [], relaxed: true });
	});

	test('still searches when the vocabulary cannot load', async () => {
		const outcome = await planSearch('icloud down', engine, {
			correct: true,
			loadVocabulary: async () => undefined,
		});
		expect(ids(outcome.results)).toEqual(['status']);
	});
});

describe('fuseRankings', () => {
	test('puts first what ranks high in many lists, weighting each list', () => {
		const a = { id: 'a' };
		const b = { id: 'b' };
		const c = { id: 'c' };
		expect(
			ids(
				fuseRankings([
					{ results: [a, b], weight: 1 },
					{ results: [b, c], weight: 1 },
				]),
			),
		).toEqual(['b', 'a', 'c']);
		expect(
			ids(
				fuseRankings([
					{ results: [a], weight: 3 },
					{ results: [b, c], weight: 1 },
					{ results: [b], weight: 1 },
				]),
			),
		).toEqual(['a', 'b', 'c']);
	});
});
