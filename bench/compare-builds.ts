// The side-by-side's builds: both sites on both corpora, sequential (no two builds share a cache or a CPU),
// ours and the reference alternating, every build cold.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { summariseBuilds, timedBuild, waitForQuiet, type BuildRun } from './builds.ts';
import { describeCorpus, REAL_DIR, writeSyntheticCorpus } from './corpus.ts';
import { fmt } from './format.ts';
import { prepareReferenceDocs } from './to-starlight.ts';
import {
	alternate,
	CORPORA,
	siteLabel,
	SITES,
	type Corpus,
	type Options,
	type Results,
} from './types.ts';
import { BENCH, fail, log, readJson, REF, ROOT, WORK } from './util.ts';

export const CORPUS_DIRS: Record<Corpus, string> = {
	real: REAL_DIR,
	synthetic: join(WORK, 'corpus', 'synthetic'),
};

/** The builds of the last run, for --skip-build: their figures come from results.json. */
function previousBuilds(): Results['builds'] {
	return readJson<Results>(join(BENCH, 'results.json'))?.builds ?? {};
}

/**
 * Builds both sites on both corpora (unless --skip-build) into results.builds; returns our synthetic builds'
 * runs, which the scaling figures reuse at the same size.
 */
export async function buildBoth(
	results: Results,
	opts: Options,
	gnuTime: boolean,
): Promise<BuildRun[]> {
	if (!opts.skipBuild) writeSyntheticCorpus(CORPUS_DIRS.synthetic, opts.articles, opts.seed);
	for (const corpus of CORPORA)
		results.corpora[corpus] = describeCorpus(CORPUS_DIRS[corpus], corpus === 'synthetic');
	if (results.corpora.real?.articles === 0) fail('content/ has no *.mdx articles.');

	const previous = opts.skipBuild ? previousBuilds() : {};
	const refDocs = join(REF, 'src', 'content', 'docs');
	let oursSynthetic: BuildRun[] = [];
	for (const corpus of CORPORA) {
		const runsBy: Record<'ours' | 'ref', BuildRun[]> = { ours: [], ref: [] };
		if (!opts.skipBuild) {
			const { unknown } = prepareReferenceDocs(CORPUS_DIRS[corpus], refDocs);
			if (unknown.length)
				results.notes.push(
					`Reference (${corpus}): unwrapped unknown components ${unknown.join(', ')}.`,
				);
			for (let i = 0; i < opts.runs; i++) {
				for (const site of alternate(i)) {
					const quiet = await waitForQuiet(opts.quietWait * 1000);
					const waited =
						quiet.waitedMs >= 1000 ? ` after waiting ${Math.round(quiet.waitedMs / 1000)} s` : '';
					log(
						`Build ${i + 1}/${opts.runs}: ${siteLabel(site)} on the ${corpus} corpus (load ${quiet.load.toFixed(1)}${waited})…`,
					);
					try {
						const r = await timedBuild(site, corpus, CORPUS_DIRS[corpus], i, gnuTime, quiet);
						runsBy[site].push(r);
						log(
							`  ${fmt.s(r.ms)} (CPU ${fmt.s(r.cpuMs)}), load ${r.loadAvg1.toFixed(1)}, peak RSS ${fmt.mb(r.maxRssBytes)} (tree ${fmt.mb(r.treePeakBytes)})`,
						);
					} catch (error) {
						fail(error instanceof Error ? error.message : String(error));
					}
				}
			}
		}
		for (const site of SITES) {
			const key = `${site}/${corpus}` as const;
			const outDir = join(WORK, 'dist', `${site}-${corpus}`);
			if (!existsSync(outDir))
				fail(`No build at ${relative(ROOT, outDir)}; run without --skip-build first.`);
			const summary = summariseBuilds(runsBy[site], outDir);
			const before = previous[key];
			// With --skip-build the timings are the last run's; what is on disk is measured again.
			results.builds[key] = before
				? {
						...before,
						dist: summary.dist,
						pagefind: summary.pagefind,
						articlePages: summary.articlePages,
					}
				: summary;
		}
		if (corpus === 'synthetic') oursSynthetic = runsBy.ours;
	}
	return oursSynthetic;
}
