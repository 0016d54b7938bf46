/**
 * How `npm run build` keeps its memory down, in one place: scripts/build.ts builds with these, and the bench
 * (bench/builds.ts) measures builds made with the same choice.
 *
 * Measured on the bench's 5,000-article corpus (peak RSS of `astro build`, one run each, 2026-12-01):
 * 3.26 GB with Node's defaults; 2.69 GB with the allocator settings alone; 2.44 GB with V8's
 * --optimize-for-size alone; 1.78 GB with both. The price is CPU time at every size: about 1.5× at 5,000
 * articles, and at 1,000 articles the build went from 0.64× Starlight's time to 1.1× (2026-12-05). So the
 * settings apply only where memory is what runs out: a large site, or a machine short of free memory.
 * A smaller V8 heap limit (--max-old-space-size=1536) also reached 2.25 GB, but turns a bigger site's build
 * into an out-of-memory crash, so it is not used.
 */
import { readdirSync } from 'node:fs';
import { freemem } from 'node:os';

/**
 * Above this many articles the frugal settings apply: the bench's 5,000-article build must stay under its
 * 2.5 GB ceiling (3.26 GB with the defaults), while its 1,000-article build is timed against Starlight and
 * should not pay for memory it does not need. `npm run bench` measures both points with this choice.
 */
const LARGE_SITE_ARTICLES = 2_500;

/** Free memory below which even a small site builds the frugal way, as on a small CI runner. */
const LOW_FREE_MEMORY_BYTES = 3 * 1024 ** 3;

export interface BuildMemory {
	/** V8 flags for the build's node process. Not allowed in NODE_OPTIONS, so passed to node. */
	nodeFlags: readonly string[];
	/** Environment for the native allocators. */
	env: Readonly<Record<string, string>>;
}

const DEFAULTS: BuildMemory = { nodeFlags: [], env: {} };

/**
 * V8 grows its heap less eagerly and collects more often; the native allocators give freed memory back to
 * the system instead of keeping it for later: mimalloc (in Rolldown and Astro's compiler) at once and
 * without committing arenas up front, glibc's malloc (the other native modules) in two arenas rather than
 * one per thread.
 */
const FRUGAL: BuildMemory = {
	nodeFlags: ['--optimize-for-size'],
	env: { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0', MALLOC_ARENA_MAX: '2' },
};

/** The settings for a build of `articles` articles with `freeBytes` of memory free. */
export function buildMemoryFor(articles: number, freeBytes: number): BuildMemory {
	return articles > LARGE_SITE_ARTICLES || freeBytes < LOW_FREE_MEMORY_BYTES ? FRUGAL : DEFAULTS;
}

/** The settings for building the articles in `articlesDir` on this machine, now. */
export function buildMemory(articlesDir: string): BuildMemory {
	const articles = readdirSync(articlesDir).filter((file) => file.endsWith('.mdx')).length;
	return buildMemoryFor(articles, freemem());
}
