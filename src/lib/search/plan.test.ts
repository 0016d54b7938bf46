import { describe, expect, test } from 'vitest';
import { planSearch, sumScores, type Ranked } from './plan.ts';
import { toVocabulary } from './spelling.ts';

/**
 * A fake engine over a few pages: a page matches a query when it has every word, as Pagefind does, and
 * scores one point per query word (two when the word is in the page's title, its first word).
 */
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
			.map(([id, pageWords]) => ({
				id,
				score: words.reduce((sum, word) => sum + (pageWords[0] === word ? 2 : 1), 0),
			}));
	},
};
const vocabulary = toVocabulary(Object.values(PAGES).flat());
const options = { loadVocabulary: async () => vocabulary, correct: true };
const ids = (results: Ranked[]) => results.map((result) => result.id);

describe('planSearch', () => {
	test('returns the whole query’s results when they are enough, without fetching the vocabulary', async () => {
		let fetched = false;
		const found = [
			{ id: 'a', score: 3 },
			{ id: 'b', score: 2 },
			{ id: 'c', score: 1 },
		];
		const many = { search: async () => found };
		const outcome = await planSearch('icloud', many, {
			correct: true,
			loadVocabulary: async () => ((fetched = true), vocabulary),
		});
		expect(outcome).toEqual({ results: found, relaxed: false, matching: 3 });
		expect(fetched).toBe(false);
	});

	test('corrects a word no page uses and says what it searched', async () => {
		const outcome = await planSearch('icould storage full', engine, options);
		expect(outcome).toMatchObject({ corrected: 'icloud storage full', relaxed: false });
		expect(ids(outcome.results)[0]).toBe('storage');
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

	test('ranks a sentence by its words’ summed scores, above the pages that merely have them all', async () => {
		const outcome = await planSearch('icloud status apple', engine, options);
		expect(outcome.relaxed).toBe(false);
		expect(ids(outcome.results)).toEqual(['status', 'storage']);
		// Only the page with every word counts as matching; the one sharing "icloud" is listed below it.
		expect(outcome.matching).toBe(1);
	});

	test('keeps Pagefind’s own ranking for two words that enough pages have', async () => {
		const both = [
			{ id: 'b', score: 1 },
			{ id: 'a', score: 5 },
			{ id: 'c', score: 2 },
		];
		const searched: string[] = [];
		const outcome = await planSearch(
			'icloud storage',
			{ search: async (text) => (searched.push(text), both) },
			options,
		);
		expect(outcome).toEqual({ results: both, relaxed: false, matching: 3 });
		expect(searched).toEqual(['icloud storage']);
	});

	test('finds nothing, and says so, when no word matches anything', async () => {
		expect(await planSearch('zzqxv qqqq', engine, options)).toEqual({
			results: [],
			relaxed: true,
			matching: 0,
		});
	});

	test('still searches when the vocabulary cannot load', async () => {
		const outcome = await planSearch('icloud down', engine, {
			correct: true,
			loadVocabulary: async () => undefined,
		});
		expect(ids(outcome.results)[0]).toBe('status');
	});
});

describe('sumScores', () => {
	const page = (id: string, score: number) => ({ id, score });

	test('ranks by the sum of each page’s scores over the words, so one strong word beats two weak ones', () => {
		const perWord = [
			[page('videos', 5), page('storage', 1)],
			[page('storage', 1)],
			[page('storage', 1), page('restore', 1)],
		];
		expect(ids(sumScores(perWord))).toEqual(['videos', 'storage', 'restore']);
	});

	test('gives the pages that have every word a bonus that breaks a near-tie, not a clear lead', () => {
		const perWord = [[page('a', 4), page('b', 3.5)], [page('c', 1)]];
		expect(ids(sumScores(perWord, [page('b', 1)]))).toEqual(['b', 'a', 'c']);
		expect(ids(sumScores(perWord, [page('c', 1)]))).toEqual(['a', 'b', 'c']);
	});

	test('shows each page as the search that says most about it found it: every word, else its best word', () => {
		const found = (id: string, score: number, word: string) => ({ id, score, word });
		const perWord = [
			[found('stuck', 1, 'whatsapp'), found('restore', 2, 'whatsapp')],
			[found('stuck', 4, '99')],
			[found('stuck', 3, 'stuck')],
		];
		const summed = sumScores(perWord, [found('restore', 9, 'whatsapp 99')]);
		expect(summed.map(({ id, word }) => [id, word])).toEqual([
			['stuck', '99'],
			['restore', 'whatsapp 99'],
		]);
		expect(summed[0]?.score).toBe(8);
	});

	test('keeps the first-seen order on equal scores, and finds nothing in nothing', () => {
		expect(ids(sumScores([[page('x', 1), page('y', 1)]]))).toEqual(['x', 'y']);
		expect(sumScores([[], []])).toEqual([]);
	});
});
