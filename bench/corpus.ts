// The bench's corpora: content/ itself, and synthetic ones of N articles (the real ones + generated ones).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import type { CorpusInfo } from './types.ts';
import { fail, log, ROOT, sum } from './util.ts';

export const REAL_DIR = join(ROOT, 'content');

const articlesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx'));

/**
 * A real article as it reads from `dir`: its relative imports, if any, are written
 * from content/, so a copy elsewhere points them back at the same files.
 */
function relocated(text: string, dir: string): string {
	return text.replace(
		/^(import\s[^\n]*?from\s+)(['"])(\.\.?\/[^'"]+)\2/gm,
		(_match, head: string, quote: string, specifier: string) => {
			const to = relative(dir, resolve(REAL_DIR, specifier)).split(sep).join('/');
			return `${head}${quote}${to.startsWith('.') ? to : `./${to}`}${quote}`;
		},
	);
}

const orderOf = (text: string): number => Number(/^order:\s*(\d+)/m.exec(text)?.[1] ?? 0);

/**
 * Writes a corpus of `total` articles into `dir` (emptied first): the real articles + generated ones up to
 * `total`. The site's own pages link to some real articles (the home page to /is-icloud-down/, a redirect
 * to /turn-on-icloud-for-whatsapp/), and its build fails on a broken link, so a corpus without them cannot
 * be built. It also puts the islands in every corpus. The same total and seed give the same files.
 *
 * Start here offers every safe fix before an article that can lose chats, and the build refuses a corpus
 * that does not: the generated articles take the orders from the first real data-loss article on, and that
 * article and the real ones after it move past them.
 */
export function writeSyntheticCorpus(dir: string, total: number, seed: number): void {
	const real = new Map(
		articlesIn(REAL_DIR).map((f) => [f, readFileSync(join(REAL_DIR, f), 'utf8')] as const),
	);
	const texts = [...real.values()];
	const dataLoss = texts.filter((text) => /^risk:\s*data-loss\s*$/m.test(text)).map(orderOf);
	const firstOrder = Math.min(Math.max(0, ...texts.map(orderOf)) + 1, ...dataLoss);
	const count = Math.max(1, total - real.size);
	log(`Generating ${count} synthetic articles (seed ${seed}) beside the ${real.size} real ones…`);
	generateCorpus(dir, count, seed, { firstOrder });
	for (const [f, text] of real) {
		if (existsSync(join(dir, f))) fail(`A generated article has the name of a real one: ${f}.`);
		const order = orderOf(text);
		const moved =
			order < firstOrder ? text : text.replace(/^order:\s*\d+/m, `order: ${order + 2 * count}`);
		writeFileSync(join(dir, f), relocated(moved, dir));
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
