// The bench's corpora: content/ itself, and synthetic ones of N articles (the real ones + generated ones).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import type { CorpusInfo } from './types.ts';
import { fail, log, ROOT, sum } from './util.ts';

export const REAL_DIR = join(ROOT, 'content');

const articlesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx'));

/**
 * Writes a corpus of `total` articles into `dir` (emptied first): the real articles + generated ones up to
 * `total`. The site's own pages link to some real articles (the home page to /is-icloud-down/, a redirect
 * to /turn-on-icloud-for-whatsapp/), and its build fails on a broken link, so a corpus without them cannot
 * be built. It also puts the islands in every corpus. The same total and seed give the same files.
 */
export function writeSyntheticCorpus(dir: string, total: number, seed: number): void {
	const real = articlesIn(REAL_DIR);
	const orders = real.map((f) =>
		Number(/^order:\s*(\d+)/m.exec(readFileSync(join(REAL_DIR, f), 'utf8'))?.[1] ?? 0),
	);
	const count = Math.max(1, total - real.length);
	log(`Generating ${count} synthetic articles (seed ${seed}) beside the ${real.length} real ones…`);
	generateCorpus(dir, count, seed, { firstOrder: Math.max(0, ...orders) + 1 });
	for (const f of real) {
		if (existsSync(join(dir, f))) fail(`A generated article has the name of a real one: ${f}.`);
		writeFileSync(join(dir, f), readFileSync(join(REAL_DIR, f)));
	}
}

export function describeCorpus(dir: string, withReal: boolean): CorpusInfo {
	const files = articlesIn(dir);
	const info: CorpusInfo = {
		articles: files.length,
		dir: relative(ROOT, dir),
		bytes: sum(files.map((f) => statSync(join(dir, f)).size)),
	};
	if (withReal) info.realArticles = articlesIn(REAL_DIR).filter((f) => files.includes(f)).length;
	return info;
}
