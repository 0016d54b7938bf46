// The command line of `npm run bench`.
import type { Options } from './types.ts';
import { fail } from './util.ts';

const HELP = `npm run bench -- [options]

Builds this site and a reference Starlight site from the same articles (the real content/, and a
synthetic corpus of 1,000 articles: generated ones beside the real ones), measures builds, pages
(islands woken), the reader's first search, Pagefind alone, and Lighthouse, prints ours/reference
ratios with PASS/MISS against the issues' targets, measures how our build grows with the number of
articles (scaling), and writes bench/results.json and the results section of bench/README.md.

  --runs N            timed builds per site and corpus (default 3; the median is reported)
  --articles N        synthetic corpus size, the real articles included (default 1000)
  --seed N            synthetic corpus seed (default 20261126)
  --sample N          synthetic article pages measured in Chromium per site (default 40; real: all)
  --search-runs N     cold/warm Pagefind API repetitions (default 11)
  --ui-runs N         cold runs of the reader's search path, per site and corpus (default 11)
  --quiet-wait S      before each timed build, wait up to S seconds for the 1-minute load average to
                      drop below the number of cores (default 90; 0 = never wait)
  --no-lighthouse     skip Lighthouse (it runs by default; --lighthouse is the default)
  --skip-build        reuse the builds left in bench/.work/dist by the last run (measurement only)
  --no-readme         do not rewrite the results section of bench/README.md
  --scaling-sizes L   corpus sizes of the scaling builds, comma-separated (default 100,1000,5000);
                      a quick look: --scaling-sizes 50,100,200
  --scaling-runs N    builds per scaling size (default 2; the median is reported)
  --no-scaling        skip the scaling builds
  --scaling-only      only the scaling builds: no Starlight, no browser

Exit code: 0 when the bench ran (missed targets are reported, not failures); 1 when it could not run.`;

const DEFAULT_OPTIONS: Readonly<Options> = {
	runs: 3,
	articles: 1000,
	seed: 20261126,
	sample: 40,
	searchRuns: 11,
	uiRuns: 11,
	quietWait: 90,
	lighthouse: true,
	skipBuild: false,
	readme: true,
	scaling: true,
	scalingOnly: false,
	scalingSizes: [100, 1000, 5000],
	scalingRuns: 2,
};

function wholeNumber(flag: string, text: string | undefined): number {
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1) fail(`${flag} needs a whole number ≥ 1.`);
	return value;
}

function sizes(flag: string, text: string | undefined): number[] {
	const list = (text ?? '').split(',').map((part) => wholeNumber(flag, part.trim()));
	if (new Set(list).size < 2)
		fail(`${flag} needs at least two different sizes, e.g. 100,1000,5000.`);
	return [...new Set(list)].sort((a, b) => a - b);
}

export function parseArgs(argv: readonly string[]): Options {
	const opts: Options = { ...DEFAULT_OPTIONS, scalingSizes: [...DEFAULT_OPTIONS.scalingSizes] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const next = () => argv[++i];
		if (arg === '--runs') opts.runs = wholeNumber(arg, next());
		else if (arg === '--articles') opts.articles = wholeNumber(arg, next());
		else if (arg === '--seed') opts.seed = wholeNumber(arg, next());
		else if (arg === '--sample') opts.sample = wholeNumber(arg, next());
		else if (arg === '--search-runs') opts.searchRuns = wholeNumber(arg, next());
		else if (arg === '--ui-runs') opts.uiRuns = wholeNumber(arg, next());
		else if (arg === '--quiet-wait') {
			opts.quietWait = Number(next());
			if (!Number.isFinite(opts.quietWait) || opts.quietWait < 0) {
				fail('--quiet-wait needs a number of seconds ≥ 0.');
			}
		} else if (arg === '--lighthouse') opts.lighthouse = true;
		else if (arg === '--no-lighthouse') opts.lighthouse = false;
		else if (arg === '--skip-build') opts.skipBuild = true;
		else if (arg === '--no-readme') opts.readme = false;
		else if (arg === '--scaling-sizes') opts.scalingSizes = sizes(arg, next());
		else if (arg === '--scaling-runs') opts.scalingRuns = wholeNumber(arg, next());
		else if (arg === '--no-scaling') opts.scaling = false;
		else if (arg === '--scaling-only') opts.scalingOnly = true;
		else if (arg === '--help' || arg === '-h') {
			console.log(HELP);
			process.exit(0);
		} else fail(`Unknown option ${arg}. Try --help.`);
	}
	if (opts.scalingOnly && !opts.scaling)
		fail('--scaling-only and --no-scaling contradict each other.');
	if (opts.scalingOnly && opts.skipBuild) fail('--scaling-only always builds; drop --skip-build.');
	return opts;
}
