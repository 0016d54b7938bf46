// The shapes the bench passes between its modules and writes to bench/results.json.
import type { BestMatchSummary } from './best-match.ts';
import type { CorpusInfo } from './corpus.ts';
import type { Environment } from './env.ts';
import type { Unit } from './format.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { ScalingResult } from './scaling.ts';
import type { SearchResult } from './search.ts';

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

export interface DirSize {
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

export interface JsAsset extends Bytes {
	name: string;
	phase: 'load' | 'islands';
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

export interface PageMeasure {
	path: string;
	html: Bytes;
	css: Bytes & { requests: number; inlineRaw: number; files: string[] };
	js: Bytes & { requests: number; inlineRaw: number; inlineCount: number; files: string[] };
	layoutShiftOnLoad: number | null;
	islands: IslandsOnPage;
	jsAwake: Bytes;
	jsAssets: JsAsset[];
	other: { raw: number };
	requests: number;
	wire: number;
	consoleErrors: string[];
	foreignRequests: string[];
}

export interface ArticlePage {
	path: string;
	islands: boolean;
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

// Results: what bench/results.json holds (the modules that make each part define its shape).

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
