// Every target of the issues, judged PASS / MISS (INFO: shown against a limit, not judged).
import { BEST_MATCH_LIMIT_MS } from './best-match.ts';
import { fmt, ratio } from './format.ts';
import { ISLAND_LIMIT_GZIP, STORAGE_PAGE } from './islands.ts';
import { LH_CATEGORIES } from './lighthouse.ts';
import { scalingTargets } from './scaling.ts';
import { readerOf } from './table.ts';
import { CORPORA, type Results, type Status, type Target, type Unit } from './types.ts';

function judge(r: number | null, limit: number): Status {
	return r == null ? 'N/A' : r <= limit ? 'PASS' : 'MISS';
}

type Figure = number | null | undefined;

/** Ours / reference against `limit`; `info` shows it beside the limit without judging it. */
function ratioTarget(
	name: string,
	ours: Figure,
	ref: Figure,
	limit: number,
	unit: Unit,
	info = false,
): Target {
	const r = ratio(ours, ref);
	const status = info ? 'INFO' : judge(r, limit);
	return { name, ours: ours ?? null, ref: ref ?? null, ratio: r, limit, unit, status };
}

/** The lowest and highest of a median's runs on each site, when both sites have runs. */
function rangeOf(
	ours: readonly number[] | undefined,
	ref: readonly number[] | undefined,
): Pick<Target, 'range'> {
	if (!ours?.length || !ref?.length) return {};
	const span = (runs: readonly number[]): [number, number] => [
		Math.min(...runs),
		Math.max(...runs),
	];
	return { range: { ours: span(ours), ref: span(ref) } };
}

/** Issue 11's three search targets, at the synthetic corpus's size (1,000 articles by default). */
function searchTargets(results: Results, add: (t: Target) => void): void {
	const articles = results.corpora.synthetic?.articles ?? 0;
	const at = `reader's path, ${articles.toLocaleString('en-US')} articles`;
	const o = readerOf(results, 'ours', 'synthetic');
	const f = readerOf(results, 'ref', 'synthetic');
	const compare = (...args: Parameters<typeof ratioTarget>) => add(ratioTarget(...args));
	add({
		...ratioTarget(
			`Issue 11: time from submit to first result ≤ 0.6× reference (${at})`,
			o?.ms,
			f?.ms,
			0.6,
			'ms',
		),
		...rangeOf(o?.runsMs, f?.runsMs),
	});
	compare(
		`Issue 11: first-search bytes ≤ 0.85× reference (${at})`,
		o?.wire,
		f?.wire,
		0.85,
		'bytes',
	);
	const best = results.bestMatch.synthetic;
	const name = `Issue 11: Best match visible ≤ ${BEST_MATCH_LIMIT_MS} ms after the search page is interactive (${at})`;
	if (!best || best.ms == null) {
		add({
			name,
			status: 'N/A',
			note: best?.note ?? 'not measured',
			limitText: `${BEST_MATCH_LIMIT_MS} ms`,
		});
		return;
	}
	add({
		name,
		ours: best.ms,
		limit: BEST_MATCH_LIMIT_MS,
		unit: 'ms',
		absolute: true,
		detail: `“${best.query}”, ${best.measured} of ${best.runs} runs`,
		status: best.ms <= BEST_MATCH_LIMIT_MS ? 'PASS' : 'MISS',
	});
}

function islandTargets(results: Results, add: (t: Target) => void): void {
	const islands = results.islands;
	const st = islands?.storage;
	if (st) {
		add({
			name: `Storage island JS (gzip), island chunk + runtime, ${st.path}`,
			ours: st.islandOwnGzip,
			limit: st.limitGzip,
			unit: 'bytes',
			absolute: true,
			detail: `page total with the island in view ${fmt.kb(st.pageTotalGzip)}${st.hydrated ? '' : '; the island did not hydrate'}`,
			status: !st.hydrated ? 'N/A' : st.islandOwnGzip <= st.limitGzip ? 'PASS' : 'MISS',
		});
	} else {
		add({
			name: `Storage island JS (gzip) ≤ ${ISLAND_LIMIT_GZIP / 1024} KB`,
			status: 'N/A',
			note: `${STORAGE_PAGE} was not measured`,
			limitText: `${(ISLAND_LIMIT_GZIP / 1024).toFixed(1)} kB`,
		});
	}
	for (const page of islands?.pages ?? []) {
		if (page.role !== 'island article') continue;
		add({
			name: `Island article ${page.path}: all page JS (gzip), islands in view (project budget, src/lib/site/budgets.ts)`,
			ours: page.jsTotal.gzip,
			limit: ISLAND_LIMIT_GZIP,
			unit: 'bytes',
			absolute: true,
			status: page.jsTotal.gzip <= ISLAND_LIMIT_GZIP ? 'PASS' : 'MISS',
		});
	}
}

function lighthouseTargets(results: Results, add: (t: Target) => void): void {
	const lh = results.lighthouse;
	if (!lh) return;
	if ('skipped' in lh) {
		add({ name: 'Lighthouse 100 × 4', status: 'N/A', note: lh.skipped, limitText: '100 each' });
		return;
	}
	for (const run of lh.ours) {
		if (!run.ok) {
			add({
				name: `Lighthouse 100 × 4 on ours ${run.path}`,
				status: 'N/A',
				note: run.note,
				limitText: '100 each',
			});
			continue;
		}
		const all100 = LH_CATEGORIES.every((c) => run.scores[c] === 100);
		add({
			name: `Lighthouse 100 × 4 on ours ${run.path} (${run.role})`,
			scores: run.scores,
			limitText: '100 each',
			status: all100 ? 'PASS' : 'MISS',
		});
	}
}

export function evaluateTargets(results: Results): Target[] {
	const targets: Target[] = [];
	const add = (t: Target) => targets.push(t);
	const compare = (...args: Parameters<typeof ratioTarget>) => add(ratioTarget(...args));
	if (results.builds['ours/real']) {
		for (const corpus of CORPORA) {
			const o = results.pages[`ours/${corpus}`]?.median;
			const f = results.pages[`ref/${corpus}`]?.median;
			compare(
				`Per-page JS (gzip) ≤ 25 % of reference, ${corpus}`,
				o?.jsGzip,
				f?.jsGzip,
				0.25,
				'bytes',
			);
			compare(
				`Per-page JS (raw) ≤ 25 % of reference, ${corpus}`,
				o?.jsRaw,
				f?.jsRaw,
				0.25,
				'bytes',
			);
			compare(
				`Per-page CSS (gzip) ≤ 25 % of reference, ${corpus}`,
				o?.cssGzip,
				f?.cssGzip,
				0.25,
				'bytes',
			);
			compare(
				`Per-page CSS (raw) ≤ 25 % of reference, ${corpus}`,
				o?.cssRaw,
				f?.cssRaw,
				0.25,
				'bytes',
			);
			const uo = readerOf(results, 'ours', corpus);
			const uf = readerOf(results, 'ref', corpus);
			const so = results.search[`ours/${corpus}`]?.api.cold;
			const sf = results.search[`ref/${corpus}`]?.api.cold;
			compare(
				`Cold first search bytes ≤ 0.9× reference (reader's path), ${corpus}`,
				uo?.wire,
				uf?.wire,
				0.9,
				'bytes',
			);
			add({
				...ratioTarget(
					`Cold first search time ≤ 0.9× reference (reader's path), ${corpus}`,
					uo?.ms,
					uf?.ms,
					0.9,
					'ms',
				),
				...rangeOf(uo?.runsMs, uf?.runsMs),
			});
			compare(
				`(Pagefind API only) cold search bytes vs 0.9× reference, ${corpus}`,
				so?.wire,
				sf?.wire,
				0.9,
				'bytes',
				true,
			);
			compare(
				`(Pagefind API only) cold search time vs 0.9× reference, ${corpus}`,
				so?.ms,
				sf?.ms,
				0.9,
				'ms',
				true,
			);
		}
		const n = results.corpora.synthetic?.articles;
		const ours = results.builds['ours/synthetic'];
		const ref = results.builds['ref/synthetic'];
		compare(
			`Build time at ${n} articles ≤ reference (wall)`,
			ours?.medianMs,
			ref?.medianMs,
			1,
			's',
		);
		compare(
			`Issue 20: build time at ${n} articles ≤ 0.8× reference (wall)`,
			ours?.medianMs,
			ref?.medianMs,
			0.8,
			's',
		);
		compare(
			`Issue 20: build CPU time at ${n} articles ≤ 0.8× reference`,
			ours?.medianCpuMs,
			ref?.medianCpuMs,
			0.8,
			's',
		);
		searchTargets(results, add);
		islandTargets(results, add);
		lighthouseTargets(results, add);
	}
	const scaling = results.scaling;
	if (scaling && !('skipped' in scaling)) {
		for (const t of scalingTargets(scaling)) {
			const unit: Unit = t.unit === 'bytes' ? 'mb' : 'exponent';
			add({
				name: t.name,
				ours: t.value,
				limit: t.limit,
				unit,
				absolute: true,
				detail: t.detail,
				status: t.status,
			});
		}
	}
	return targets;
}
