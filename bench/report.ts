// The run's report: the terminal summary, bench/results.json, and the results section of bench/README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { fmt, fmtRatio, fmtUnit, jsonRatio } from './format.ts';
import { LH_CATEGORIES } from './lighthouse.ts';
import {
	bestMatchMarkdown,
	islandsMarkdown,
	lighthouseMarkdown,
	scalingMarkdown,
	searchMarkdown,
	tableMarkdown,
	targetsMarkdown,
} from './markdown.ts';
import { buildRows, type Row } from './table.ts';
import { evaluateTargets } from './targets.ts';
import type { Results, Target } from './types.ts';
import { BENCH, elapsedSeconds, log } from './util.ts';

function printRows(rows: Row[]): void {
	const head = ['Figure', 'ours real', 'ref real', 'ratio', 'ours synth', 'ref synth', 'ratio'];
	const body = rows.map((row) => [
		row.label,
		row.real.oursText,
		row.real.refText,
		fmtRatio(row.real.ratio),
		row.synthetic.oursText,
		row.synthetic.refText,
		fmtRatio(row.synthetic.ratio),
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
			.join('  ');
	console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
	for (const r of body) console.log(line(r));
}

function printIslands(results: Results): void {
	const islands = results.islands;
	if (!islands?.pages.length) return;
	console.log(
		"\nIslands (ours, real corpus; JS gzip: on load → all, islands in view; island's own):",
	);
	for (const p of islands.pages) {
		console.log(
			`  ${p.path.padEnd(22)} ${fmt.kb(p.jsOnLoad.gzip).padStart(8)} → ${fmt.kb(p.jsTotal.gzip).padStart(8)}; own ${fmt.kb(p.islandOwn.gzip)} (${p.hydrated}/${p.islands} hydrated); layout shift once in view ${p.layoutShiftInView ?? '—'}`,
		);
	}
	const st = islands.storage;
	if (st) {
		const verdict = st.hydrated ? (st.islandOwnGzip <= st.limitGzip ? 'PASS' : 'MISS') : 'N/A';
		console.log(
			`  Storage island JS gzip (island chunk + runtime): ${fmt.kb(st.islandOwnGzip)} — ${verdict} (limit ${fmt.kb(st.limitGzip)}; page total ${fmt.kb(st.pageTotalGzip)})`,
		);
	}
}

function printScaling(results: Results): void {
	const scaling = results.scaling;
	if (!scaling || 'skipped' in scaling) return;
	console.log('\nScaling (ours; median wall time, CPU time, peak RSS of the process tree):');
	for (const p of scaling.points) {
		console.log(
			`  ${String(p.articles).padStart(6)} articles  ${fmt.s(p.medianMs).padStart(8)}  CPU ${fmt.s(p.medianCpuMs).padStart(8)}  RSS ${fmt.mb(p.medianTreePeakBytes).padStart(8)}`,
		);
	}
}

function printTargets(targets: Target[]): void {
	console.log('\nTargets (ratio = ours / reference):');
	for (const t of targets) {
		const f = fmtUnit(t.unit);
		let detail: string;
		if (t.scores) detail = LH_CATEGORIES.map((c) => `${c} ${t.scores?.[c]}`).join(', ');
		else if (t.note) detail = t.note;
		else if (t.absolute)
			detail = `${f(t.ours)} (limit ${f(t.limit)}${t.detail ? `; ${t.detail}` : ''})`;
		else {
			const range = t.range ? `; runs ${t.range.ours.join('–')} vs ${t.range.ref.join('–')}` : '';
			detail = `${f(t.ours)} vs ${f(t.ref)}: ratio ${fmtRatio(t.ratio ?? null)} (limit ${t.limit}${range})`;
		}
		console.log(`  ${t.status.padEnd(4)}  ${t.name}: ${detail}`);
	}
}

function loadText(results: Results): string {
	const loads = Object.values(results.builds).flatMap((b) => [
		...b.loadAvg1AtStart,
		...b.loadAvg1AtEnd,
	]);
	const start = (results.environment.loadAvgAtStart[0] ?? 0).toFixed(1);
	if (loads.length === 0) return `${start} at the start`;
	return `${start} at the start, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} before and after the builds`;
}

function summaryLine(results: Results): string {
	const { corpora, environment: env, options } = results;
	const v = env.versions;
	const synthetic = corpora.synthetic;
	const generated = synthetic ? synthetic.articles - (synthetic.realArticles ?? 0) : 0;
	const what = synthetic
		? `${corpora.real?.articles} real article(s), ${synthetic.articles} synthetic (${generated} generated + the ${synthetic.realArticles ?? 0} real); ${options.runs} build(s) each (median)`
		: 'scaling builds only';
	return (
		`Latest run: ${results.generatedAt.slice(0, 10)}, ${results.totalSeconds} s in all; ${what}; Node ${env.node}, ` +
		`Astro ${v['astroOurs']} (ours) / ${v['astroReference']} (reference), Starlight ${v['starlight']}, ` +
		`Pagefind ${v['pagefindOurs']}, Chromium ${env.chromium?.version ?? '—'}, ${env.cpus} cores; ` +
		`machine load (1-min average) ${loadText(results)}.`
	);
}

function resultsMarkdown(results: Results, rows: Row[], targets: Target[]): string {
	const sideBySide = results.builds['ours/real'] !== undefined;
	return [
		summaryLine(results),
		...(sideBySide ? ['', tableMarkdown(rows)] : []),
		'',
		'### Targets',
		'',
		targetsMarkdown(targets),
		'',
		'### Scaling',
		'',
		scalingMarkdown(results),
		...(sideBySide
			? [
					'',
					'### Islands',
					'',
					islandsMarkdown(results.islands),
					'',
					'### First search, step by step',
					'',
					searchMarkdown(results),
					'',
					'### Best match (issue 11)',
					'',
					bestMatchMarkdown(results),
					'',
					'### Lighthouse (real corpus, default mobile profile)',
					'',
					lighthouseMarkdown(results.lighthouse),
				]
			: []),
		...(results.notes.length
			? ['', '### Notes from this run', '', ...results.notes.map((n) => `- ${n}`)]
			: []),
	].join('\n');
}

/** Replace the README's results section, formatted as `npm run lint` checks it (Prettier, the project's config). */
async function updateReadme(markdown: string): Promise<boolean> {
	const file = join(BENCH, 'README.md');
	if (!existsSync(file)) return false;
	const text = readFileSync(file, 'utf8');
	const start = '<!-- results:start -->';
	const end = '<!-- results:end -->';
	const a = text.indexOf(start);
	const b = text.indexOf(end);
	if (a === -1 || b === -1 || b < a) return false;
	const updated = `${text.slice(0, a + start.length)}\n${markdown}\n${text.slice(b)}`;
	const options = await resolveConfig(file);
	writeFileSync(file, await format(updated, { ...options, filepath: file }));
	return true;
}

/** Judges the targets, prints everything, writes results.json and (unless told not to) the README section. */
export async function report(results: Results): Promise<void> {
	const rows = buildRows(results);
	const targets = evaluateTargets(results);
	results.table = rows.map((r) => ({
		figure: r.label,
		unit: r.unit,
		real: { ours: r.real.ours, reference: r.real.ref, ratio: jsonRatio(r.real.ratio) },
		synthetic: {
			ours: r.synthetic.ours,
			reference: r.synthetic.ref,
			ratio: jsonRatio(r.synthetic.ratio),
		},
	}));
	results.targets = targets.map((t) => ({
		...t,
		...(t.ratio === undefined ? {} : { ratio: jsonRatio(t.ratio) }),
	}));
	results.totalSeconds = elapsedSeconds();
	writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	if (results.builds['ours/real']) {
		printRows(rows);
		printIslands(results);
	}
	printScaling(results);
	printTargets(targets);
	const lhNotes =
		results.lighthouse && !('skipped' in results.lighthouse) ? results.lighthouse.notes : [];
	for (const note of [...results.notes, ...lhNotes]) console.log(`  note: ${note}`);
	if (results.options.readme && (await updateReadme(resultsMarkdown(results, rows, targets)))) {
		log('Updated the results section of bench/README.md.');
	}
	log(`Wrote bench/results.json (${results.totalSeconds} s in all).`);
}
