import { expect, test } from 'vitest';
import { parseArgs } from './options.ts';
import { evaluateTargets } from './targets.ts';
import type { BuildSummary, Results, ScalingPoint, Target } from './types.ts';

const GB = 1024 ** 3;

/** A build's figures as the bench summarises them; only the times and the peak memory matter here. */
function build(ms: number, cpuMs: number, treePeakBytes = 0.5 * GB): BuildSummary {
	return {
		runsMs: [ms],
		medianMs: ms,
		cpuMs: [cpuMs],
		medianCpuMs: cpuMs,
		loadAvg1AtStart: [1],
		loadAvg1AtEnd: [1],
		waitedForQuietMs: [0],
		maxRssBytes: [treePeakBytes],
		medianMaxRssBytes: treePeakBytes,
		treePeakBytes: [treePeakBytes],
		medianTreePeakBytes: treePeakBytes,
		dist: { bytes: 1, files: 1 },
		pagefind: { bytes: 1, files: 1 },
		articlePages: 1,
	};
}

function results(parts: Partial<Results>): Results {
	return {
		generatedAt: '2026-12-06T00:00:00.000Z',
		options: parseArgs([]),
		environment: {
			node: '24.0.0',
			cpus: 2,
			cpuModel: null,
			memoryBytes: 8 * GB,
			loadAvgAtStart: [1, 1, 1],
			peakRssSource: 'test',
			versions: {},
		},
		corpora: { synthetic: { articles: 1000, dir: 'corpus', bytes: 1 } },
		builds: {},
		pages: {},
		search: {},
		bestMatch: {},
		islands: null,
		lighthouse: null,
		scaling: null,
		notes: [],
		...parts,
	};
}

/** Our builds (real and synthetic corpus) against the reference's on the synthetic corpus. */
function sideBySide(ours: BuildSummary, ref: BuildSummary): Results {
	return results({
		builds: { 'ours/real': ours, 'ours/synthetic': ours, 'ref/synthetic': ref },
	});
}

function target(targets: Target[], name: string): Target {
	const found = targets.find((t) => t.name === name);
	if (!found)
		throw new Error(`no target named ${name}; got ${targets.map((t) => t.name).join('; ')}`);
	return found;
}

const WALL = 'Issue 20: build time at 1000 articles ≤ 0.8× reference (wall)';
const CPU = 'Issue 20: build CPU time at 1000 articles ≤ 0.8× reference';
const WALL_ISSUE_7 = 'Build time at 1000 articles ≤ reference (wall)';

test('a build at 0.7× the reference’s wall and CPU time passes issue 20’s 0.8× targets', () => {
	const targets = evaluateTargets(sideBySide(build(21_000, 28_000), build(30_000, 40_000)));
	expect(target(targets, WALL)).toMatchObject({ status: 'PASS', ratio: 0.7, limit: 0.8 });
	expect(target(targets, CPU)).toMatchObject({ status: 'PASS', ratio: 0.7 });
});

test('a build at 0.9× the reference misses issue 20’s 0.8× yet passes issue 7’s “no slower”', () => {
	const targets = evaluateTargets(sideBySide(build(27_000, 36_000), build(30_000, 40_000)));
	expect(target(targets, WALL)).toMatchObject({ status: 'MISS', ratio: 0.9 });
	expect(target(targets, CPU)).toMatchObject({ status: 'MISS', ratio: 0.9 });
	expect(target(targets, WALL_ISSUE_7)).toMatchObject({ status: 'PASS' });
});

test('peak memory at 5,000 articles passes at 1.8 GB and misses above 2.5 GB', () => {
	const scalingAt = (bytes: number): Results => {
		const point = (articles: number, ms: number, peak: number): ScalingPoint => ({
			articles,
			...build(ms, ms, peak),
		});
		const points = [point(1000, 20_000, 0.6 * GB), point(5000, 90_000, bytes)];
		return results({
			scaling: {
				sizes: [1000, 5000],
				seed: 1,
				runsPerSize: 1,
				points,
				time: null,
				cpu: null,
				memory: null,
			},
		});
	};
	const rss = (targets: Target[]) => targets.find((t) => t.name.startsWith('Build peak RSS'));
	expect(rss(evaluateTargets(scalingAt(1.8 * GB)))).toMatchObject({ status: 'PASS' });
	expect(rss(evaluateTargets(scalingAt(2.6 * GB)))).toMatchObject({ status: 'MISS' });
});
