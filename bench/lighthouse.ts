// Lighthouse (bench/tools/, default mobile profile) on the real corpus: home, a plain article, every island
// article, and each island article opened at its island.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { ISLAND_ARTICLES, PLAIN_ARTICLE } from './islands.ts';
import type { ArticlePage } from './pages.ts';
import type { StaticServer } from './server.ts';
import type { Key, LighthouseResult, LighthouseRun, Site } from './types.ts';
import { siteLabel } from './types.ts';
import { firstLine, log, NODE, tail, TOOLS, WORK } from './util.ts';

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Chrome's debugging ports for Lighthouse, one per run in turn, kept apart from every other worktree's
 * servers on this machine (and from a Chrome of the previous run that has not quite exited).
 */
const DEBUG_PORTS = [4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399];

interface Report {
	categories: Record<
		string,
		{ id: string; score: number | null; auditRefs: { id: string; weight: number }[] }
	>;
	audits: Record<
		string,
		{ score: number | null; numericValue?: number; details?: { items?: Record<string, unknown>[] } }
	>;
	runtimeError?: { message?: string };
}

/** The id of the last element with an id before a page's first island (its step heading), or null. */
function anchorAboveIsland(file: string): string | null {
	if (!existsSync(file)) return null;
	const html = readFileSync(file, 'utf8');
	const at = html.indexOf('<astro-island');
	if (at === -1) return null;
	return [...html.slice(0, at).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? '').at(-1) ?? null;
}

function spawnLighthouse(
	args: string[],
	chromePath: string,
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolvePromise) => {
		const child = spawn(NODE, args, {
			env: { ...process.env, CHROME_PATH: chromePath },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolvePromise({ code, output });
		});
	});
}

async function runLighthouse(url: string, outFile: string, chromePath: string, port: number) {
	const cli = join(TOOLS, 'node_modules', 'lighthouse', 'cli', 'index.js');
	// The e2e tests' flags (no network of its own), headless, and /dev/shm left alone (small in containers).
	const flags = ['--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage'];
	const args = [
		cli,
		url,
		'--output=json',
		`--output-path=${outFile}`,
		'--quiet',
		`--port=${port}`,
		`--chrome-flags=${flags.join(' ')}`,
		'--only-categories=performance,accessibility,best-practices,seo',
	];
	const result = await spawnLighthouse(args, chromePath);
	if (result.code !== 0 || !existsSync(outFile))
		return { ok: false as const, note: tail(result.output, 5) };
	const report = JSON.parse(readFileSync(outFile, 'utf8')) as Report;
	const scores: Record<string, number | null> = {};
	const failing: string[] = [];
	for (const [id, category] of Object.entries(report.categories)) {
		scores[id] = category.score === null ? null : Math.round(category.score * 100);
		if (category.score === null || category.score >= 0.995) continue;
		for (const ref of category.auditRefs) {
			const audit = report.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
				failing.push(`${category.id}: ${ref.id} (${audit.score})`);
			}
		}
	}
	const metric = (id: string) => report.audits[id]?.numericValue ?? null;
	const items = (id: string) => report.audits[id]?.details?.items ?? [];
	const requested = items('network-requests').map((item) => {
		const url = String(item['url']);
		return URL.canParse(url) ? new URL(url).pathname : url;
	});
	return {
		ok: true as const,
		scores,
		failing,
		requested,
		consoleErrors: items('errors-in-console').map((item) =>
			(typeof item['description'] === 'string' ? item['description'] : '').slice(0, 200),
		),
		metrics: {
			fcpMs: metric('first-contentful-paint'),
			lcpMs: metric('largest-contentful-paint'),
			tbtMs: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
		},
		runtimeError: report.runtimeError?.message ?? null,
	};
}

interface Target {
	path: string;
	hash: string;
	role: string;
	oursOnly: boolean;
}

function pagesToScore(oursArticles: ArticlePage[], notes: string[]): Target[] {
	const plain =
		oursArticles.find((a) => a.path === PLAIN_ARTICLE && !a.islands) ??
		oursArticles.find((a) => !a.islands);
	const pages: Target[] = [{ path: '/', hash: '', role: 'home', oursOnly: false }];
	if (plain) pages.push({ path: plain.path, hash: '', role: 'plain article', oursOnly: false });
	else notes.push('No article without islands was found for the "plain article" run.');
	const islandPaths = new Set(oursArticles.filter((a) => a.islands).map((a) => a.path));
	for (const wanted of ISLAND_ARTICLES) {
		if (oursArticles.some((a) => a.path === wanted)) islandPaths.add(wanted);
		else notes.push(`${wanted} is not in this build yet: skipped.`);
	}
	for (const path of [...islandPaths].sort()) {
		pages.push({ path, hash: '', role: 'island article', oursOnly: false });
		// Lighthouse does not scroll: on its mobile screen a client:visible island below the fold never wakes
		// up. A second run opens the page at the anchor just above the island, so the island hydrates (and the
		// status widget asks the relay) during the run, and all four categories see it awake.
		const anchor = anchorAboveIsland(join(WORK, 'dist', 'ours-real', path, 'index.html'));
		if (anchor)
			pages.push({
				path,
				hash: `#${anchor}`,
				role: 'island article, opened at the island',
				oursOnly: true,
			});
		else notes.push(`${path}: no anchor above its island; it is scored only as it loads.`);
	}
	return pages;
}

export async function lighthouseAll(
	servers: Partial<Record<Key, StaticServer>>,
	articlesOf: Partial<Record<Key, ArticlePage[]>>,
	chromePath: string,
): Promise<LighthouseResult> {
	const lh = { ours: [] as LighthouseRun[], ref: [] as LighthouseRun[], notes: [] as string[] };
	const refPaths = new Set((articlesOf['ref/real'] ?? []).map((a) => a.path));
	mkdirSync(join(WORK, 'lighthouse'), { recursive: true });
	let runs = 0;
	for (const { path, hash, role, oursOnly } of pagesToScore(
		articlesOf['ours/real'] ?? [],
		lh.notes,
	)) {
		for (const site of ['ours', 'ref'] as Site[]) {
			if (site === 'ref' && (oursOnly || (path !== '/' && !refPaths.has(path)))) continue;
			log(`Lighthouse: ${siteLabel(site)} ${path}${hash}…`);
			const out = join(
				WORK,
				'lighthouse',
				`${site}${`${path}${hash}`.replace(/[/#]/g, '_') || '_'}.json`,
			);
			rmSync(out, { force: true });
			const port = DEBUG_PORTS[runs++ % DEBUG_PORTS.length]!;
			const url = servers[`${site}/real`]!.origin + path + hash;
			const r = await runLighthouse(url, out, chromePath, port).catch((error: unknown) => ({
				ok: false as const,
				note: firstLine(error),
			}));
			if (!r.ok) {
				lh[site].push({ ...r, path: path + hash, role });
				continue;
			}
			const run: LighthouseRun = { ...r, path: path + hash, role };
			if (site === 'ours') {
				// Which islands ran during the run: their component files were fetched.
				const html = readFileSync(join(WORK, 'dist', 'ours-real', path, 'index.html'), 'utf8');
				const components = [...html.matchAll(/<astro-island\b[^>]*\bcomponent-url="([^"]+)"/g)].map(
					(m) => m[1],
				);
				run.islands = components.length;
				run.islandsHydrated = components.filter(
					(c) => c !== undefined && r.requested.includes(c),
				).length;
			}
			lh[site].push(run);
		}
	}
	return lh;
}
