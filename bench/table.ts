// The side-by-side table: every figure, ours and the reference, on both corpora, and their ratio.
import { fmt, ratio } from './format.ts';
import type { Corpus, ReaderSummary, Results, Site, Unit } from './types.ts';

interface Cell {
	ours: number | null;
	ref: number | null;
	ratio: number | null;
	oursText: string;
	refText: string;
}

export interface Row {
	label: string;
	unit: Unit;
	real: Cell;
	synthetic: Cell;
}

type Getter = (site: Site, corpus: Corpus) => number | null | undefined;

export const readerOf = (
	results: Results,
	site: Site,
	corpus: Corpus,
): Extract<ReaderSummary, { ok: true }> | null => {
	const ui = results.search[`${site}/${corpus}`]?.ui;
	return ui?.ok ? ui : null;
};

export function buildRows(results: Results): Row[] {
	const b = (x: Site, c: Corpus) => results.builds[`${x}/${c}`];
	const p = (x: Site, c: Corpus) => results.pages[`${x}/${c}`]?.median;
	const m = (x: Site, c: Corpus) => results.pages[`${x}/${c}`]?.max;
	const s = (x: Site, c: Corpus) => results.search[`${x}/${c}`];
	const ui = (x: Site, c: Corpus) => readerOf(results, x, c);
	const rows: [string, Unit, Getter, (v: number | null) => string][] = [
		['Build wall time (median)', 'ms', (x, c) => b(x, c)?.medianMs, fmt.s],
		['Build CPU time, user + sys (median)', 'ms', (x, c) => b(x, c)?.medianCpuMs, fmt.s],
		['Build peak RSS, largest process', 'bytes', (x, c) => b(x, c)?.medianMaxRssBytes, fmt.mb],
		['Build peak RSS, process tree', 'bytes', (x, c) => b(x, c)?.medianTreePeakBytes, fmt.mb],
		['dist size', 'bytes', (x, c) => b(x, c)?.dist.bytes, fmt.mb],
		['dist files', 'n', (x, c) => b(x, c)?.dist.files, fmt.n],
		['Pagefind bundle on disk', 'bytes', (x, c) => b(x, c)?.pagefind.bytes, fmt.mb],
		['Article pages found', 'n', (x, c) => b(x, c)?.articlePages, fmt.n],
		[
			'Article pages measured in Chromium',
			'n',
			(x, c) => results.pages[`${x}/${c}`]?.measured,
			fmt.n,
		],
		['Page HTML, raw (median)', 'bytes', (x, c) => p(x, c)?.htmlRaw, fmt.kb],
		['Page HTML, gzip', 'bytes', (x, c) => p(x, c)?.htmlGzip, fmt.kb],
		['Page CSS, raw (files + inline)', 'bytes', (x, c) => p(x, c)?.cssRaw, fmt.kb],
		['Page CSS, gzip', 'bytes', (x, c) => p(x, c)?.cssGzip, fmt.kb],
		['Page JS on load, raw (files + inline)', 'bytes', (x, c) => p(x, c)?.jsRaw, fmt.kb],
		['Page JS on load, gzip', 'bytes', (x, c) => p(x, c)?.jsGzip, fmt.kb],
		['Page JS requests on load', 'n', (x, c) => p(x, c)?.jsRequests, fmt.n],
		['Page requests on load', 'n', (x, c) => p(x, c)?.requests, fmt.n],
		['Page bytes on the wire', 'bytes', (x, c) => p(x, c)?.wire, fmt.kb],
		['Heaviest page JS, islands in view, raw', 'bytes', (x, c) => m(x, c)?.jsAwakeRaw, fmt.kb],
		['Heaviest page JS, islands in view, gzip', 'bytes', (x, c) => m(x, c)?.jsAwakeGzip, fmt.kb],
		['First search, reader: bytes (cold, search only)', 'bytes', (x, c) => ui(x, c)?.wire, fmt.kb],
		[
			'  of which fetched with the article page',
			'bytes',
			(x, c) => ui(x, c)?.searchOnLoadWire,
			fmt.kb,
		],
		['  of which Pagefind (JS, WASM, index)', 'bytes', (x, c) => ui(x, c)?.pagefindWire, fmt.kb],
		['First search, reader: time to 1st result', 'ms', (x, c) => ui(x, c)?.ms, fmt.ms],
		['Pagefind API only, cold: bytes', 'bytes', (x, c) => s(x, c)?.api.cold.wire, fmt.kb],
		['Pagefind API only, cold: time to 1st result', 'ms', (x, c) => s(x, c)?.api.cold.ms, fmt.ms],
		['Pagefind API only, warm: bytes', 'bytes', (x, c) => s(x, c)?.api.warm.wire, fmt.kb],
		['Pagefind API only, warm: time to 1st result', 'ms', (x, c) => s(x, c)?.api.warm.ms, fmt.ms],
	];
	return rows.map(([label, unit, get, format]) => {
		const cell = (corpus: Corpus): Cell => {
			const ours = get('ours', corpus) ?? null;
			const ref = get('ref', corpus) ?? null;
			return { ours, ref, ratio: ratio(ours, ref), oursText: format(ours), refText: format(ref) };
		};
		return { label, unit, real: cell('real'), synthetic: cell('synthetic') };
	});
}
