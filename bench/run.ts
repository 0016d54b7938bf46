// `npm run bench`: builds this site and a reference Starlight site from the same articles, measures both,
// checks the issues' targets, measures how our build grows with its corpus, and writes bench/results.json
// and the results section of bench/README.md. bench/README.md explains the method; --help lists the options.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildRun } from './builds.ts';
import { buildBoth } from './compare-builds.ts';
import { measureInBrowser } from './compare-pages.ts';
import { describeEnvironment, ensureInstalled, preflight } from './env.ts';
import { parseArgs } from './options.ts';
import { report } from './report.ts';
import { measureScaling } from './scaling.ts';
import type { Results } from './types.ts';
import { BENCH, log, readJson, REF, TOOLS, WORK } from './util.ts';

/**
 * The parts of the last run this one keeps, read just before writing (so a --scaling-only run and a
 * --no-scaling run can overlap): --scaling-only keeps its side-by-side, --no-scaling its scaling figures.
 */
function mergeWithLastRun(current: Results): Results {
	const last = readJson<Partial<Results>>(join(BENCH, 'results.json')) ?? {};
	const opts = current.options;
	if (!opts.scalingOnly) {
		const scaling = last.scaling && !('skipped' in last.scaling) ? last.scaling : null;
		if (!scaling || opts.scaling) return current;
		const date = last.generatedAt?.slice(0, 10) ?? 'an earlier day';
		const note = `Scaling: from the run of ${date}; this run was made with --no-scaling.`;
		return { ...current, scaling, notes: [...current.notes, note] };
	}
	const { table: _table, targets: _targets, totalSeconds: _total, ...kept } = last;
	const { readme, scalingSizes, scalingRuns } = opts;
	const options = { ...(kept.options ?? opts), readme, scalingSizes, scalingRuns };
	const notes = (kept.notes ?? []).filter((n) => !n.startsWith('Scaling:'));
	const date = current.generatedAt.slice(0, 10);
	notes.push(
		`Scaling: measured by a --scaling-only run on ${date}; the rest is from the run above.`,
	);
	return {
		...current,
		...kept,
		options,
		notes,
		scaling: current.scaling,
		generatedAt: kept.generatedAt ?? current.generatedAt,
	};
}

async function main(): Promise<void> {
	const opts = parseArgs(process.argv.slice(2));
	const { gnuTime } = preflight();
	mkdirSync(WORK, { recursive: true });
	const sideBySide = !opts.scalingOnly;
	const scaling = opts.scaling
		? opts.scalingSizes.map((n) => n.toLocaleString('en-US')).join(', ')
		: 'off';
	log(
		sideBySide
			? `bench: ${opts.runs} build(s) per site and corpus, ${opts.articles} synthetic articles, Lighthouse ${opts.lighthouse ? 'on' : 'off'}, scaling ${scaling}.`
			: `bench: scaling builds only (${scaling} articles, ${opts.scalingRuns} each).`,
	);
	if (sideBySide) ensureInstalled(REF, 'the reference Starlight site');
	if (sideBySide && opts.lighthouse) ensureInstalled(TOOLS, 'the bench tools (Lighthouse)');

	const results: Results = {
		generatedAt: new Date().toISOString(),
		options: opts,
		environment: describeEnvironment(gnuTime, sideBySide && opts.lighthouse),
		corpora: {},
		builds: {},
		pages: {},
		search: {},
		bestMatch: {},
		islands: null,
		lighthouse: null,
		scaling: null,
		notes: [],
	};
	let oursSynthetic: BuildRun[] = [];
	if (sideBySide) {
		oursSynthetic = await buildBoth(results, opts, gnuTime);
		await measureInBrowser(results, opts);
	}
	if (opts.scaling) {
		// The synthetic corpus's builds stand for the scaling point of the same size (same seed, same articles),
		// unless --skip-build left no runs to reuse.
		const reuse =
			sideBySide && oursSynthetic.length > 0
				? { articles: opts.articles, runs: oursSynthetic }
				: null;
		results.scaling = await measureScaling(opts, gnuTime, reuse);
	} else {
		results.scaling = { skipped: 'run without --no-scaling to measure it' };
	}
	await report(mergeWithLastRun(results));
}

main().catch((error: unknown) => {
	console.error(
		`\nbench: could not finish: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
	);
	process.exit(1);
});
