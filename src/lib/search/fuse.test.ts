import { describe, expect, test } from 'vitest';
import { fuseRankings, type Candidate } from './fuse.ts';

const candidate = (path: string, score: number, from: string): Candidate<string> => ({
	path,
	score,
	item: `${path} from ${from}`,
});

describe('fuseRankings', () => {
	test('a page both rankings put near the top beats a page only one of them likes', () => {
		expect(
			fuseRankings(
				[candidate('/a/', 10, 'pagefind'), candidate('/b/', 8, 'pagefind')],
				[candidate('/c/', 5, 'intent'), candidate('/b/', 4, 'intent')],
			),
		).toEqual(['/b/ from pagefind', '/a/ from pagefind', '/c/ from intent']);
	});

	test('scores are compared after scaling each ranking to its best, whatever their units', () => {
		expect(
			fuseRankings(
				[candidate('/a/', 1000, 'pagefind'), candidate('/b/', 900, 'pagefind')],
				[candidate('/b/', 0.5, 'intent'), candidate('/a/', 0.1, 'intent')],
			),
		).toEqual(['/b/ from pagefind', '/a/ from pagefind']);
	});

	test('with one ranking empty, the other’s order stands; ties keep Pagefind’s order', () => {
		expect(
			fuseRankings([], [candidate('/c/', 2, 'intent'), candidate('/d/', 3, 'intent')]),
		).toEqual(['/d/ from intent', '/c/ from intent']);
		expect(
			fuseRankings([candidate('/a/', 1, 'pagefind'), candidate('/b/', 1, 'pagefind')], []),
		).toEqual(['/a/ from pagefind', '/b/ from pagefind']);
	});
});
