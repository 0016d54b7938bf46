/**
 * How finely Pagefind splits its word index, in one place: scripts/build.ts runs Pagefind with this, the
 * bench (bench/builds.ts) measures builds made the same way, and tests/dist/search-index.test.ts checks the
 * built chunks.
 *
 * A search downloads every index chunk that holds one of its words. Pagefind closes a chunk after 20,000
 * entries (an entry is a word's place on a page), so at 1,000 articles the chunk with "stuck" also held
 * "storage" and "switch", which are on nearly every page: 30 kB for a word on 145 pages. At 2,000 entries a
 * chunk holds little besides the words searched for. First search on the reader's path, mean of 40 queries
 * (the bench's two and 38 drawn from e2e/relevance-set.json), 2026-12-06:
 *
 * | entries per chunk | 1,000 articles | real articles |
 * |-------------------|----------------|---------------|
 * | 20,000 (default)  | 245.1 kB       | 132.7 kB      |
 * | 5,000             | 182.2 kB       | 123.6 kB      |
 * | 2,000             | 172.0 kB       | 113.9 kB      |
 *
 * Starlight's, same queries: 278.5 and 150.0 kB. The price is more, smaller files (English at 1,000
 * articles: 48 → 145 chunks), listed in the file every search reads first (8.4 → 9.7 kB).
 *
 * Pagefind takes this only from an environment variable, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: there is no
 * flag or configuration key. "Unstable" means a later Pagefind may rename it, so Pagefind's version is
 * pinned to 1.6.x and the dist test fails if the chunks grow back, rather than every search silently
 * downloading more.
 */
export const PAGEFIND_INDEX_ENV: Readonly<Record<string, string>> = {
	PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000',
};

/**
 * The largest gzipped index chunk the built site may have. With 2,000 entries per chunk the real articles'
 * largest is 3.9 kB (Pagefind's default: 28.6 kB); a chunk can outgrow its entry count only by one word
 * that is on very many pages, which this limit leaves room for.
 */
export const LARGEST_INDEX_CHUNK_BYTES = 8 * 1024;
