// The results section of bench/README.md, table by table.
import { BEST_MATCH_LIMIT_MS } from './best-match.ts';
import { fmt, fmtRatio, fmtUnit } from './format.ts';
import { LH_CATEGORIES } from './lighthouse.ts';
import type { Row } from './table.ts';
import { CORPORA, type IslandsResult, type Results, type Target } from './types.ts';

export function tableMarkdown(rows: Row[]): string {
	const lines = [
		'| Figure | Ours (real) | Starlight (real) | Ratio | Ours (synthetic) | Starlight (synthetic) | Ratio |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const { label: text, real: r, synthetic: s } of rows) {
		const label = text.startsWith('  ') ? `&nbsp;&nbsp;${text.trim()}` : text;
		lines.push(
			`| ${label} | ${r.oursText} | ${r.refText} | ${fmtRatio(r.ratio)} | ${s.oursText} | ${s.refText} | ${fmtRatio(s.ratio)} |`,
		);
	}
	return lines.join('\n');
}

export function targetsMarkdown(targets: Target[]): string {
	const lines = [
		'| Target | Ours | Reference | Ratio | Limit | Result |',
		'| --- | ---: | ---: | ---: | ---: | --- |',
	];
	for (const t of targets) {
		const f = fmtUnit(t.unit);
		const limit = t.limitText ?? (t.absolute ? f(t.limit) : String(t.limit));
		if (t.scores || t.note) {
			const text = t.scores ? LH_CATEGORIES.map((c) => t.scores?.[c] ?? '—').join(' / ') : t.note;
			lines.push(`| ${t.name} | ${text} | | | ${limit} | ${t.status} |`);
		} else if (t.absolute) {
			lines.push(
				`| ${t.name} | ${f(t.ours)}${t.detail ? ` (${t.detail})` : ''} | | | ${limit} | ${t.status} |`,
			);
		} else {
			const ranged = (value: number | null | undefined, span: [number, number] | undefined) =>
				span ? `${f(value)} (${span[0]}–${span[1]})` : f(value);
			lines.push(
				`| ${t.name} | ${ranged(t.ours, t.range?.ours)} | ${ranged(t.ref, t.range?.ref)} | ${fmtRatio(t.ratio ?? null)} | ${limit} | ${t.status} |`,
			);
		}
	}
	return lines.join('\n');
}

export function islandsMarkdown(islands: IslandsResult | null): string {
	if (!islands?.pages.length) return '_No island page was measured._';
	const relay = islands.relay
		? "the bench's /api/icloud-status relay (the project's handler, healthy Apple feed fixture)"
		: 'Apple’s feed directly (no relay was available)';
	const lines = [
		`JS a reader's browser runs on our pages with islands (real corpus), from a cold cache at 1280×720: on load, then once every island has been scrolled into view and has hydrated (client:visible). "Island's own" = every JS file or inline script of the page that the plain article (${islands.baseline}) does not load too. The status widgets read ${relay}.`,
		'',
		"| Page | Islands (hydrated) | JS on load, raw / gzip | JS fetched once in view, raw / gzip | All JS, islands in view, raw / gzip | Island's own JS, gzip | Layout shift on load / once in view | Starlight, same page: JS on load, gzip |",
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const shift = (v: number | null) => (v == null ? '—' : v.toFixed(3));
	const pair = (b: { raw: number; gzip: number }) => `${fmt.kb(b.raw)} / ${fmt.kb(b.gzip)}`;
	for (const p of islands.pages) {
		const ref = p.reference ? fmt.kb(p.reference.jsOnLoad.gzip) : '—';
		lines.push(
			`| ${p.path} (${p.role}) | ${p.islands} (${p.hydrated}) | ${pair(p.jsOnLoad)} | ${pair(p.jsInView)} | ${pair(p.jsTotal)} | ${fmt.kb(p.islandOwn.gzip)} | ${shift(p.layoutShiftOnLoad)} / ${shift(p.layoutShiftInView)} | ${ref} |`,
		);
	}
	const st = islands.storage;
	if (st) {
		const verdict = st.hydrated
			? st.islandOwnGzip <= st.limitGzip
				? 'PASS'
				: 'MISS'
			: 'N/A, not hydrated';
		lines.push(
			'',
			`**Storage island (${st.path}), JS gzip, island chunk + runtime: ${fmt.kb(st.islandOwnGzip)}** (limit ${fmt.kb(st.limitGzip)}: ${verdict}); with the rest of the page's JS: ${fmt.kb(st.pageTotalGzip)}.`,
		);
		const page = islands.pages.find((p) => p.path === st.path);
		if (page)
			lines.push('', `Its files: ${page.islandOwn.files.map((f) => `\`${f}\``).join(', ')}.`);
	}
	return lines.join('\n');
}

export function lighthouseMarkdown(lh: Results['lighthouse']): string {
	if (!lh) return '_Lighthouse was not run._';
	if ('skipped' in lh) return `_Lighthouse skipped: ${lh.skipped}_`;
	const lines = [
		'| Site | Page | Performance | Accessibility | Best Practices | SEO | CLS | Weighted audits below 1 (their score), in categories below 100 |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const [runs, label] of [
		[lh.ours, 'Ours'],
		[lh.ref, 'Starlight'],
	] as const) {
		for (const run of runs) {
			const role =
				label === 'Starlight' && run.role === 'island article'
					? 'the same article, without the island'
					: run.role;
			if (!run.ok) {
				lines.push(
					`| ${label} | ${run.path} (${role}) | — | — | — | — | — | failed: ${run.note.replace(/\n/g, ' ')} |`,
				);
				continue;
			}
			const c = run.scores;
			const woke = run.islands
				? `; islands that ran: ${run.islandsHydrated} of ${run.islands}`
				: '';
			const cls = run.metrics.cls == null ? '—' : run.metrics.cls.toFixed(3);
			lines.push(
				`| ${label} | ${run.path} (${role}${woke}) | ${c['performance']} | ${c['accessibility']} | ${c['best-practices']} | ${c['seo']} | ${cls} | ${run.failing.join(', ') || '—'} |`,
			);
		}
	}
	for (const note of lh.notes) lines.push('', `_${note}_`);
	return lines.join('\n');
}

export function searchMarkdown(results: Results): string {
	const lines = [
		"The reader's path, cold (medians): bytes are every byte the server sent that exists only for search, by kind; the first run's files are in `results.json`.",
		'',
		'| Site, corpus | Start page → query | Runs | Bytes | Search-only files fetched with the article page | After the action: HTML / JS / CSS | After the action: Pagefind JS / WASM / index | Time to 1st result (runs) |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const corpus of CORPORA) {
		for (const [site, label] of [
			['ours', 'Ours'],
			['ref', 'Starlight'],
		] as const) {
			const u = results.search[`${site}/${corpus}`]?.ui;
			if (!u?.ok) {
				lines.push(
					`| ${label}, ${corpus} | — | — | — | — | — | — | not measured: ${u?.note ?? '—'} |`,
				);
				continue;
			}
			const k = u.wireByKind;
			const kinds = (...names: (keyof typeof k)[]) =>
				names.map((n) => fmt.kb(k[n] ?? 0)).join(' / ');
			lines.push(
				`| ${label}, ${corpus} | ${u.startPage} → “${u.query}” | ${u.runs} | ${fmt.kb(u.wire)} | ${fmt.kb(u.searchOnLoadWire)} | ${kinds('html', 'js', 'css')} | ${kinds('pagefindJs', 'pagefindWasm', 'pagefindIndex')} | ${fmt.ms(u.ms)} (${u.runsMs.join(', ')}) |`,
			);
		}
	}
	return lines.join('\n');
}

export function bestMatchMarkdown(results: Results): string {
	const lines = [
		`Ours only, cold, on the reader's path: a pasted error message (an article's \`errors\` entry) typed into the header search, Enter, then on /search/ the page's own marks: \`search:best-match\` − \`search:interactive\` (limit ${BEST_MATCH_LIMIT_MS} ms). "n/a" = the build sets no such marks.`,
		'',
		'| Corpus | Start page → query | Runs | Best match − interactive (median) | Runs (ms) | "Best match" region shown | `data-ready` set | Links to |',
		'| --- | --- | ---: | ---: | --- | ---: | ---: | --- |',
	];
	for (const corpus of CORPORA) {
		const b = results.bestMatch[corpus];
		if (!b) continue;
		const value = b.ms == null ? (b.note ?? '—') : fmt.ms(b.ms);
		const runs = b.runsMs.map((v) => (v == null ? '—' : String(Math.round(v)))).join(', ');
		lines.push(
			`| ${corpus} | ${b.startPage} → “${b.query ?? '—'}” | ${b.runs} | ${value} | ${runs || '—'} | ${b.regionShown} of ${b.runs} | ${b.ready} of ${b.runs} | ${b.link ?? '—'} |`,
		);
	}
	return lines.join('\n');
}

export function scalingMarkdown(results: Results): string {
	const scaling = results.scaling;
	if (!scaling) return '_The scaling builds were not run._';
	if ('skipped' in scaling) return `_Scaling skipped: ${scaling.skipped}_`;
	const lines = [
		`Our build (astro build, then pagefind), cold, on synthetic corpora of each size (the real articles + generated ones, seed ${scaling.seed}); median of ${scaling.runsPerSize} build(s) per size. Peak RSS of the process tree = the largest sum of RSS over every process of the build, sampled from /proc every 100 ms (or one process's own peak, VmHWM, if larger).`,
		'',
		'| Articles | Build wall time | CPU time, user + sys | Peak RSS, process tree | Peak RSS, largest process | dist size | Pagefind bundle | Builds (wall) |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const p of scaling.points) {
		const runs = p.runsMs.map((ms) => fmt.s(ms)).join(', ');
		lines.push(
			`| ${p.articles.toLocaleString('en-US')} | ${fmt.s(p.medianMs)} | ${fmt.s(p.medianCpuMs)} | ${fmt.mb(p.medianTreePeakBytes)} | ${fmt.mb(p.medianMaxRssBytes)} | ${fmt.mb(p.dist.bytes)} | ${fmt.mb(p.pagefind.bytes)} | ${runs}${p.reusedFrom ? ' (the synthetic corpus’s builds)' : ''} |`,
		);
	}
	const exp = (label: string, f: typeof scaling.time) =>
		f
			? `${label} ${f.exponent.toFixed(2)} (between the two largest sizes: ${f.largestStepExponent.toFixed(2)})`
			: `${label} —`;
	lines.push(
		'',
		`Fitted exponents (y ∝ n^k, least squares on log–log): ${[exp('wall time', scaling.time), exp('CPU time', scaling.cpu), exp('peak RSS', scaling.memory)].join('; ')}.`,
	);
	return lines.join('\n');
}
