// The names every module of the bench shares (sites, corpora, options) and the shapes it writes to
// bench/results.json. It imports nothing from the bench, so any module can use it without a cycle; a shape
// that one module makes for its callers alone (a build run, a page measure) lives in that module.

export type Site = 'ours' | 'ref';
export type Corpus = 'real' | 'synthetic';
export type Key = `${Site}/${Corpus}`;

export const SITES: readonly Site[] = ['ours', 'ref'];
export const CORPORA: readonly Corpus[] = ['real', 'synthetic'];
export const siteLabel = (site: Site): string => (site === 'ours' ? 'ours' : 'Starlight');

/** Sites in the order a repetition runs them: alternating, so neither always goes first. */
export const alternate = (i: number): Site[] => (i % 2 ? ['ref', 'ours'] : ['ours', 'ref']);

export interface Options {
	runs: number;
	articles: number;
	seed: number;
	sample: number;
	searchRuns: number;
	uiRuns: number;
	quietWait: number;
	lighthouse: boolean;
	skipBuild: boolean;
	readme: boolean;
	scaling: boolean;
	scalingOnly: boolean;
	scalingSizes: number[];
	scalingRuns: number;
}

interface DirSize {
	bytes: number;
	files: number;
}

export interface BuildSummary {
	runsMs: number[];
	medianMs: number | null;
	cpuMs: (number | null)[];
	medianCpuMs: number | null;
	loadAvg1AtStart: number[];
	loadAvg1AtEnd: number[];
	waitedForQuietMs: number[];
	maxRssBytes: (number | null)[];
	medianMaxRssBytes: number | null;
	treePeakBytes: (number | null)[];
	medianTreePeakBytes: number | null;
	dist: DirSize;
	pagefind: DirSize;
	articlePages: number;
}

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface LayoutShiftEntry {
	value: number;
	at: number;
	sources: string[];
}

export interface IslandsOnPage {
	count: number;
	hydrated: number;
	layoutShift: number | null;
	shifts: LayoutShiftEntry[];
	js: Bytes & { requests: number; files: string[] };
	otherRequests: string[];
}

export interface PagesSummary {
	found: number;
	measured: number;
	median: Record<
		| 'htmlRaw'
		| 'htmlGzip'
		| 'cssRaw'
		| 'cssGzip'
		| 'jsRaw'
		| 'jsGzip'
		| 'jsInlineRaw'
		| 'jsAwakeRaw'
		| 'jsAwakeGzip'
		| 'jsRequests'
		| 'cssRequests'
		| 'requests'
		| 'wire',
		number | null
	>;
	max: {
		jsRaw: number;
		jsGzip: number;
		jsAwakeRaw: number;
		jsAwakeGzip: number;
		jsAwakeGzipPath: string;
		cssRaw: number;
		cssGzip: number;
	};
	jsFiles: string[];
	cssFiles: string[];
	pages: Record<string, unknown>[];
}

export interface IslandPage {
	path: string;
	role: string;
	islands: number;
	hydrated: number;
	jsOnLoad: Bytes;
	jsInView: IslandsOnPage['js'];
	jsTotal: Bytes;
	layoutShiftOnLoad: number | null;
	layoutShiftInView: number | null;
	shifts: LayoutShiftEntry[];
	islandOwn: Bytes & { files: string[] };
	otherRequestsInView: string[];
	consoleErrors: string[];
	foreignRequests: string[];
	reference: { jsOnLoad: Bytes; cssGzip: number } | null;
}

export interface IslandsResult {
	baseline: string | null;
	baselineJs: string[];
	relay: boolean;
	pages: IslandPage[];
	storage: {
		path: string;
		hydrated: boolean;
		islandOwnGzip: number;
		pageTotalGzip: number;
		limitGzip: number;
	} | null;
}

// Results: what bench/results.json holds.

/**
 * How format.ts writes a figure: 'bytes' in kB, 'mb' in MB (or kB below 1 MB), 'exponent' with two
 * decimals.
 */
export type Unit = 'ms' | 's' | 'bytes' | 'mb' | 'n' | 'exponent';

/** One of the bench's corpora (corpus.ts). */
export interface CorpusInfo {
	articles: number;
	dir: string;
	bytes: number;
	realArticles?: number;
}

export interface Environment {
	node: string;
	cpus: number;
	cpuModel: string | null;
	memoryBytes: number;
	loadAvgAtStart: number[];
	peakRssSource: string;
	versions: Record<string, string | null>;
	chromium?: { executablePath: string; version: string };
	statusRelay?: { path: string; fixture: string } | { missing: string };
}

// Search (search.ts, search-api.ts, search-ui.ts, best-match.ts).

export type KindOfSearchByte =
	'pagefindJs' | 'pagefindWasm' | 'pagefindIndex' | 'js' | 'css' | 'html' | 'other';

export interface ApiSummary {
	ms: number | null;
	wire: number | null;
	pageSeenWire: number | null;
	raw: number | null;
	requests: number | null;
	results: number;
	firstResult: string | null;
	query: string;
	files: string[];
	runsMs: number[];
	runsWire: number[];
}

export type ReaderSummary =
	| { ok: false; note: string }
	| {
			ok: true;
			startPage: string;
			query: string;
			runs: number;
			failedRuns: number;
			ms: number | null;
			msToDom: number | null;
			wire: number | null;
			searchOnLoadWire: number | null;
			afterActionWire: number | null;
			pagefindWire: number | null;
			requests: number | null;
			wireByKind: Partial<Record<KindOfSearchByte, number>>;
			files: string[];
			firstResult: string;
			resultsPage: string;
			runsMs: number[];
			runsWire: number[];
	  };

export interface SearchResult {
	api: { cold: ApiSummary; warm: ApiSummary };
	ui: ReaderSummary;
}

interface BestMatchMarks {
	interactive: number | null;
	bestMatch: number | null;
	firstResult: number | null;
}

export interface BestMatchRun {
	ok: boolean;
	note: string | null;
	/** Each mark's time from the search page's navigation start, in ms. */
	marks: BestMatchMarks;
	ready: boolean;
	/** A region with the accessible name "Best match" is visible. */
	region: boolean;
	link: string | null;
	/** mark(search:best-match) − mark(search:interactive). */
	ms: number | null;
}

export interface BestMatchSummary {
	query: string | null;
	startPage: string;
	runs: number;
	/** Runs that had both marks. */
	measured: number;
	ms: number | null;
	runsMs: (number | null)[];
	regionShown: number;
	ready: number;
	link: string | null;
	/** Why there is no figure: NO_BEST_MATCH, or what went wrong. */
	note: string | null;
	firstRun: BestMatchRun | null;
}

// Lighthouse (lighthouse.ts).

export type LighthouseRun =
	| { ok: false; note: string; path: string; role: string }
	| {
			ok: true;
			path: string;
			role: string;
			scores: Record<string, number | null>;
			failing: string[];
			requested: string[];
			consoleErrors: string[];
			metrics: {
				fcpMs: number | null;
				lcpMs: number | null;
				tbtMs: number | null;
				cls: number | null;
			};
			runtimeError: string | null;
			islands?: number;
			islandsHydrated?: number;
	  };

export type LighthouseResult =
	{ skipped: string } | { ours: LighthouseRun[]; ref: LighthouseRun[]; notes: string[] };

// Scaling (scaling.ts).

export interface ScalingPoint extends BuildSummary {
	articles: number;
	/** Set when the runs are the synthetic corpus's own (same size and seed: the same articles). */
	reusedFrom?: string;
}

export interface Fit {
	/** Least-squares slope of log(y) against log(n): y grows like n^exponent. */
	exponent: number;
	/** The slope between the two largest sizes alone, where fixed start-up costs weigh least. */
	largestStepExponent: number;
}

export interface ScalingResult {
	sizes: number[];
	seed: number;
	runsPerSize: number;
	points: ScalingPoint[];
	time: Fit | null;
	cpu: Fit | null;
	memory: Fit | null;
}

export type Status = 'PASS' | 'MISS' | 'N/A' | 'INFO';

export interface Target {
	name: string;
	status: Status;
	ours?: number | null;
	ref?: number | null;
	ratio?: number | null;
	limit?: number;
	unit?: Unit;
	/** A limit on our figure alone, not a ratio to the reference. */
	absolute?: boolean;
	detail?: string;
	/**
	 * A median's runs, lowest and highest, for each site: a ratio of two timings moves between runs, and
	 * the range says by how much.
	 */
	range?: { ours: [number, number]; ref: [number, number] };
	note?: string;
	/** How the limit column reads when it is not a number (Lighthouse: "100 each"). */
	limitText?: string;
	scores?: Record<string, number | null>;
}

export interface Results {
	generatedAt: string;
	options: Options;
	environment: Environment;
	corpora: Partial<Record<Corpus, CorpusInfo>>;
	builds: Partial<Record<Key, BuildSummary>>;
	pages: Partial<Record<Key, PagesSummary>>;
	search: Partial<Record<Key, SearchResult>>;
	bestMatch: Partial<Record<Corpus, BestMatchSummary>>;
	islands: IslandsResult | null;
	lighthouse: LighthouseResult | null;
	scaling: ScalingResult | { skipped: string } | null;
	notes: string[];
	table?: unknown[];
	targets?: unknown[];
	totalSeconds?: number;
}
