// What the bench needs before it starts: a recent Node, the project's install, the reference site's and
// Lighthouse's own installs, and the versions it reports.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import type { Environment } from './types.ts';
import { fail, log, NODE, readJson, REF, ROOT, run, tail, TOOLS } from './util.ts';

export interface Preflight {
	/** GNU time is there: it gives each build's CPU time and the largest single process's peak RSS. */
	gnuTime: boolean;
}

export function preflight(): Preflight {
	const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
	if (major < 22 || (major === 22 && minor < 12)) {
		fail(
			`Node ${process.versions.node} is too old for Astro 7 (needs ≥ 22.12). ` +
				'Run `npm run bench`, which uses node_modules/.bin/node.',
		);
	}
	if (!existsSync(join(ROOT, 'node_modules', 'astro'))) {
		fail('node_modules/astro is missing: install the project first (`npm ci`).');
	}
	if (!existsSync(join(ROOT, 'content'))) fail('content/ is missing.');
	const timeV = run('/usr/bin/time', ['-v', 'true']);
	return { gnuTime: timeV.status === 0 && /Maximum resident set size/.test(timeV.stderr) };
}

/** `npm ci` in a sub-project unless its node_modules already matches its lockfile. */
export function ensureInstalled(dir: string, label: string): void {
	const lock = join(dir, 'package-lock.json');
	const stamp = join(dir, 'node_modules', '.bench-installed');
	const want = createHash('sha256')
		.update(readFileSync(join(dir, 'package.json')))
		.update(existsSync(lock) ? readFileSync(lock) : '')
		.digest('hex');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
	log(`Installing ${label} (${relative(ROOT, dir)}) with npm…`);
	const npmCli = process.env['npm_execpath'];
	const [cmd, pre] = npmCli && npmCli.endsWith('.js') ? [NODE, [npmCli]] : ['npm', []];
	const args = existsSync(lock) ? ['ci'] : ['install'];
	const result = run(cmd, [...pre, ...args, '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: dir,
	});
	if (result.status !== 0)
		fail(`Could not install ${label} in ${dir}:\n${tail(result.stderr || result.stdout)}`);
	writeFileSync(stamp, want);
}

function versionOf(pkgDir: string): string | null {
	return readJson<{ version?: string }>(join(pkgDir, 'package.json'))?.version ?? null;
}

export function describeEnvironment(gnuTime: boolean, lighthouse: boolean): Environment {
	return {
		node: process.versions.node,
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? null,
		memoryBytes: totalmem(),
		// Other work on the machine skews wall times; the 1-minute load average says how busy it was.
		loadAvgAtStart: loadavg(),
		peakRssSource: gnuTime
			? '/usr/bin/time -v (largest single process) and /proc sampling every 100 ms (whole process tree)'
			: '/proc sampling every 100 ms: VmHWM of each process and the sum of VmRSS over the tree',
		versions: {
			astroOurs: versionOf(join(ROOT, 'node_modules', 'astro')),
			astroReference: versionOf(join(REF, 'node_modules', 'astro')),
			starlight: versionOf(join(REF, 'node_modules', '@astrojs', 'starlight')),
			pagefindOurs: versionOf(join(ROOT, 'node_modules', 'pagefind')),
			pagefindReference: versionOf(join(REF, 'node_modules', 'pagefind')),
			lighthouse: lighthouse ? versionOf(join(TOOLS, 'node_modules', 'lighthouse')) : null,
		},
	};
}
