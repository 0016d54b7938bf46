import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LARGEST_INDEX_CHUNK_BYTES } from '../../scripts/pagefind-index.ts';
import { PAGEFIND_BASE } from '../../src/lib/search/pagefind/files.ts';
import { DIST } from '../support/built-site.ts';

// A search downloads each index chunk that holds one of its words, so small chunks are what keep a reader's
// first search small (scripts/pagefind-index.ts measures it).
test('a search downloads only small slices of the index', () => {
	const folder = join(DIST, PAGEFIND_BASE, 'index');
	const chunks = readdirSync(folder).map((file) => ({
		file,
		bytes: statSync(join(folder, file)).size,
	}));
	expect(chunks.length).toBeGreaterThan(0);
	const oversized = chunks
		.filter((chunk) => chunk.bytes > LARGEST_INDEX_CHUNK_BYTES)
		.map((chunk) => `${chunk.file} ${chunk.bytes} B`);
	expect(
		oversized,
		`index chunks over ${LARGEST_INDEX_CHUNK_BYTES} B: did Pagefind stop reading PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE?`,
	).toEqual([]);
});
