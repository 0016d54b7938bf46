// Cold, timed builds of either site, one at a time, each after waiting (a capped time) for a quiet machine.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { sampleTreeMemory } from './process-tree.ts';
import type { BuildSummary, Site } from './types.ts';
import { discoverArticles } from './pages.ts';
import { buildMemory } from '../scripts/build-memory.ts';
import { PAGEFIND_INDEX_ENV } from '../scripts/pagefind-index.ts';
import { BENCH, dirSize, median, NODE, REF, ROOT, round, sleep, tail, WORK } from './util.ts';

/** One timed build, as it ran. */
export interface BuildRun {
	ok: boolean;
	code: number | null;
	ms: number;
	cpuMs: number | null;
	/** The largest single process (GNU time's "Maximum resident set size", else the largest VmHWM seen). */
	maxRssBytes: number | null;
	/** The largest sum of RSS over the whole process tree, sampled from /proc. */
	treePeakBytes: number | null;
	loadAvg1: number;
	loadAvg1AtStart: number;
	waitedForQuietMs: number;
	output: string;
}

export interface Quiet {
	waitedMs: number;
	load: number;
}

/**
 * Waits (up to maxMs) until the 1-minute load average is below the number of cores, so a timed build does
 * not start while other work (another worktree's build or tests) holds the CPUs. Timings still move with
 * what starts during the build; the load before and after each build is in results.json.
 */
export async function waitForQuiet(maxMs: number): Promise<Quiet> {
	const limit = cpus().length;
	const t0 = Date.now();
	while ((loadavg()[0] ?? 0) >= limit && Date.now() - t0 < maxMs) await sleep(2_000);
	return { waitedMs: Date.now() - t0, load: loadavg()[0] ?? 0 };
}

interface Plan {
	outDir: string;
	cacheDir: string;
	registryDir: string | null;
	cwd: string;
	command: string;
	args: string[];
	env: Record<string, string>;
}

/**
 * How to build `site` from `articlesDir` into bench/.work/dist/<site>-<name>. `name` is 'real' for content/
 * (built with the project's config unchanged); any other name is a corpus beside it ('synthetic', 'scale-N').
 */
function buildPlan(site: Site, name: string, articlesDir: string): Plan {
	const outDir = join(WORK, 'dist', `${site}-${name}`);
	const cacheDir = join(WORK, 'cache', `${site}-${name}`);
	if (site === 'ours') {
		// = `npm run build` (scripts/build.ts: astro build, then pagefind, with its memory and index settings), with
		// ARTICLES_DIR and OUT_DIR; bench/astro-build.mjs only adds a private cacheDir (see there why). On a corpus other than content/, bench/astro-corpus.config.mjs
		// keeps the permalink registry in bench/.work (content/'s registry cannot match other articles); the
		// build checks and records it like `npm run permalinks`.
		const own = name === 'real';
		const memory = buildMemory(articlesDir);
		const registryDir = join(WORK, 'permalinks', name);
		const config = own ? '' : ` "${join(BENCH, 'astro-corpus.config.mjs')}"`;
		const script =
			`"${NODE}" ${memory.nodeFlags.join(' ')} bench/astro-build.mjs "${ROOT}" "${outDir}" "${cacheDir}"${config}` +
			` && "${NODE}" node_modules/pagefind/lib/runner/bin.cjs --site "${outDir}"`;
		const env: Record<string, string> = {
			...memory.env,
			...PAGEFIND_INDEX_ENV,
			ARTICLES_DIR: articlesDir,
			OUT_DIR: outDir,
		};
		if (!own) Object.assign(env, { PERMALINKS_DIR: registryDir, RECORD_PERMALINKS: '1' });
		return {
			outDir,
			cacheDir,
			registryDir: own ? null : registryDir,
			cwd: ROOT,
			command: '/bin/sh',
			args: ['-c', script],
			env,
		};
	}
	// Starlight runs Pagefind itself at the end of `astro build`.
	return {
		outDir,
		cacheDir,
		registryDir: null,
		cwd: REF,
		command: NODE,
		args: [join(REF, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		env: { OUT_DIR: outDir, CACHE_DIR: cacheDir },
	};
}

interface TimeFile {
	cpuMs: number | null;
	maxRssBytes: number | null;
}

function readGnuTime(file: string): TimeFile {
	if (!existsSync(file)) return { cpuMs: null, maxRssBytes: null };
	const text = readFileSync(file, 'utf8');
	const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
	const user = /User time \(seconds\): ([\d.]+)/.exec(text);
	const system = /System time \(seconds\): ([\d.]+)/.exec(text);
	return {
		cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : null,
		maxRssBytes: rss ? Number(rss[1]) * 1024 : null,
	};
}

function spawnMeasured(
	plan: Plan,
	logFile: string,
	gnuTime: boolean,
	quiet: Quiet,
): Promise<BuildRun> {
	return new Promise((resolvePromise) => {
		const timeFile = `${logFile}.time`;
		rmSync(timeFile, { force: true });
		const [cmd, args] = gnuTime
			? ['/usr/bin/time', ['-v', '-o', timeFile, plan.command, ...plan.args]]
			: [plan.command, plan.args];
		const t0 = performance.now();
		const child = spawn(cmd, args, {
			cwd: plan.cwd,
			env: { ...process.env, ...plan.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		const sampler = child.pid === undefined ? null : sampleTreeMemory(child.pid);
		child.on('close', (code) => {
			const ms = performance.now() - t0;
			const memory = sampler?.stop();
			writeFileSync(logFile, output);
			const time = gnuTime ? readGnuTime(timeFile) : { cpuMs: null, maxRssBytes: null };
			resolvePromise({
				ok: code === 0,
				code,
				ms,
				cpuMs: time.cpuMs,
				maxRssBytes: time.maxRssBytes ?? (memory?.largestProcessBytes || null),
				// A sample every 100 ms can miss a short peak that one process's own VmHWM still shows.
				treePeakBytes: memory
					? Math.max(memory.treePeakBytes, memory.largestProcessBytes) || null
					: null,
				loadAvg1: loadavg()[0] ?? 0,
				loadAvg1AtStart: quiet.load,
				waitedForQuietMs: quiet.waitedMs,
				output,
			});
		});
	});
}

/** One cold build: no previous output, no content-layer cache, an empty permalink registry. */
export async function timedBuild(
	site: Site,
	name: string,
	articlesDir: string,
	runIndex: number,
	gnuTime: boolean,
	quiet: Quiet,
): Promise<BuildRun> {
	const plan = buildPlan(site, name, articlesDir);
	rmSync(plan.outDir, { recursive: true, force: true });
	rmSync(plan.cacheDir, { recursive: true, force: true });
	if (plan.registryDir) {
		rmSync(plan.registryDir, { recursive: true, force: true });
		mkdirSync(plan.registryDir, { recursive: true });
	}
	mkdirSync(join(WORK, 'logs'), { recursive: true });
	const logFile = join(WORK, 'logs', `build-${site}-${name}-${runIndex + 1}.log`);
	const result = await spawnMeasured(plan, logFile, gnuTime, quiet);
	const where = `The ${site} build on the ${name} corpus`;
	if (!result.ok) {
		throw new Error(
			`${where} failed (exit ${result.code}); log: ${relative(ROOT, logFile)}\n${tail(result.output)}`,
		);
	}
	if (!existsSync(join(plan.outDir, 'pagefind', 'pagefind.js'))) {
		throw new Error(`${where} has no pagefind/pagefind.js; log: ${relative(ROOT, logFile)}`);
	}
	return result;
}

/** The figures of a site's builds on one corpus: every run, their medians, and the output on disk. */
export function summariseBuilds(runs: readonly BuildRun[], outDir: string): BuildSummary {
	return {
		runsMs: runs.map((r) => Math.round(r.ms)),
		medianMs: median(runs.map((r) => r.ms)),
		cpuMs: runs.map((r) => (r.cpuMs == null ? null : Math.round(r.cpuMs))),
		medianCpuMs: median(runs.map((r) => r.cpuMs)),
		loadAvg1AtStart: runs.map((r) => round(r.loadAvg1AtStart)),
		loadAvg1AtEnd: runs.map((r) => round(r.loadAvg1)),
		waitedForQuietMs: runs.map((r) => r.waitedForQuietMs),
		maxRssBytes: runs.map((r) => r.maxRssBytes),
		medianMaxRssBytes: median(runs.map((r) => r.maxRssBytes)),
		treePeakBytes: runs.map((r) => r.treePeakBytes),
		medianTreePeakBytes: median(runs.map((r) => r.treePeakBytes)),
		...outputOf(outDir),
	};
}

function outputOf(outDir: string): Pick<BuildSummary, 'dist' | 'pagefind' | 'articlePages'> {
	return {
		dist: dirSize(outDir),
		pagefind: dirSize(join(outDir, 'pagefind')),
		articlePages: discoverArticles(outDir).length,
	};
}
