/**
 * How `npm run build` keeps its memory down, in one place: scripts/build.ts builds with these, and the bench
 * (bench/builds.ts) measures builds made with them.
 *
 * Measured on the bench's 5,000-article corpus (peak RSS of `astro build`, one run each, 2026-12-01):
 * 3.26 GB with Node's defaults; 2.69 GB with the allocator settings alone; 2.44 GB with V8's
 * --optimize-for-size alone; 1.78 GB with both. The price is CPU time: about 1.5× at 5,000 articles.
 * A smaller V8 heap limit (--max-old-space-size=1536) also reached 2.25 GB, but turns a bigger site's build
 * into an out-of-memory crash, so it is not used.
 */

/** V8 grows its heap less eagerly and collects more often. Not allowed in NODE_OPTIONS, so passed to node. */
export const BUILD_NODE_FLAGS: readonly string[] = ['--optimize-for-size'];

/**
 * The native allocators give freed memory back to the system instead of keeping it for later: mimalloc (in
 * Rolldown and Astro's compiler) at once and without committing arenas up front, glibc's malloc (the other
 * native modules) in two arenas rather than one per thread.
 */
export const BUILD_ENV: Readonly<Record<string, string>> = {
	MIMALLOC_PURGE_DELAY: '0',
	MIMALLOC_ARENA_EAGER_COMMIT: '0',
	MALLOC_ARENA_MAX: '2',
};
