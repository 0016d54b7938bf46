// `npm run bench`: builds this site and a reference Starlight site from the same articles (the real
// content/, and a synthetic corpus of 1,000 articles: generated ones beside the real ones), measures builds,
// pages (islands woken), the reader's first search, Pagefind alone, and Lighthouse, prints ours/reference
// ratios with PASS/MISS against the issue's targets, and writes bench/results.json (and the results section
// of bench/README.md). bench/README.md explains the method.
//
// Options (after `npm run bench --`):
//   --runs N          timed builds per site and corpus (default 3; the median is reported)
//   --articles N      synthetic corpus size, the real articles included (default 1000)
//   --seed N          synthetic corpus seed (default 20261126)
//   --sample N        synthetic article pages measured in Chromium per site (default 40; real: all)
//   --search-runs N   cold/warm Pagefind API repetitions (default 11)
//   --ui-runs N       cold runs of the reader's search path, per site and corpus (default 7)
//   --quiet-wait S    before each timed build, wait up to S seconds for the 1-minute load average to drop
//                     below the number of cores (default 90; 0 = never wait)
//   --no-lighthouse   skip Lighthouse (it runs by default; `--lighthouse` is accepted and is the default)
//   --skip-build      reuse the builds left in bench/.work/dist by the last run (measurement only)
//   --no-readme       do not rewrite the results section of bench/README.md
//
// Exit code: 0 when the bench ran (missed targets are reported, not failures); 1 when it could not run.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './generate-corpus.mjs';
import { prepareReferenceDocs } from './to-starlight.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const WORK = join(BENCH, '.work');
const REF = join(BENCH, 'reference');
const TOOLS = join(BENCH, 'tools');
const NODE = process.execPath;
const started = performance.now();

// ---------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
	const opts = { runs: 3, articles: 1000, seed: 20261126, sample: 40, searchRuns: 11, uiRuns: 7, quietWait: 90, lighthouse: true, skipBuild: false, readme: true };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const num = () => {
			const value = Number(argv[++i]);
			if (!Number.isInteger(value) || value < 1) fail(`${arg} needs a whole number ≥ 1.`);
			return value;
		};
		if (arg === '--runs') opts.runs = num();
		else if (arg === '--articles') opts.articles = num();
		else if (arg === '--seed') opts.seed = num();
		else if (arg === '--sample') opts.sample = num();
		else if (arg === '--search-runs') opts.searchRuns = num();
		else if (arg === '--ui-runs') opts.uiRuns = num();
		else if (arg === '--quiet-wait') {
			opts.quietWait = Number(argv[++i]);
			if (!Number.isFinite(opts.quietWait) || opts.quietWait < 0) fail('--quiet-wait needs a number of seconds ≥ 0.');
		}
		else if (arg === '--lighthouse') opts.lighthouse = true;
		else if (arg === '--no-lighthouse') opts.lighthouse = false;
		else if (arg === '--skip-build') opts.skipBuild = true;
		else if (arg === '--no-readme') opts.readme = false;
		else if (arg === '--help' || arg === '-h') {
			const text = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
			console.log(text.slice(0, text.findIndex((l) => l.startsWith('import '))).join('\n'));
			process.exit(0);
		} else fail(`Unknown option ${arg}. Try --help.`);
	}
	return opts;
}

function fail(message) {
	console.error(`\nbench: ${message}`);
	process.exit(1);
}

function log(message) {
	const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
	console.log(`[${s}s] ${message}`);
}

const opts = parseArgs(process.argv.slice(2));

// --------------------------------------------------------------------------------------------- helpers

const median = (values) => {
	const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (list.length === 0) return null;
	const mid = Math.floor(list.length / 2);
	return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
};
const sum = (values) => values.reduce((a, b) => a + b, 0);
const gz = (buffer) => (buffer.length === 0 ? 0 : gzipSync(buffer).length);

function walk(dir) {
	const out = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...walk(full));
		else if (entry.isFile()) out.push(full);
	}
	return out;
}

function dirSize(dir) {
	if (!existsSync(dir)) return { bytes: 0, files: 0 };
	const files = walk(dir);
	return { bytes: sum(files.map((f) => statSync(f).size)), files: files.length };
}

function run(command, args, { cwd = ROOT, env = {}, logFile } = {}) {
	const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (logFile) writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
	return result;
}

function tail(text, lines = 25) {
	return text
		.replace(/\x1b\[[0-9;]*m/g, '')
		.split('\n')
		.filter((l) => l.trim())
		.slice(-lines)
		.join('\n');
}

// ---------------------------------------------------------------------------------------------- preflight

function preflight() {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major < 22 || (major === 22 && minor < 12)) {
		fail(`Node ${process.versions.node} is too old for Astro 7 (needs ≥ 22.12). Run \`npm run bench\`, which uses node_modules/.bin/node.`);
	}
	if (!existsSync(join(ROOT, 'node_modules', 'astro'))) fail('node_modules/astro is missing: install the project first (`npm ci`).');
	if (!existsSync(join(ROOT, 'content'))) fail('content/ is missing.');
	const timeV = run('/usr/bin/time', ['-v', 'true']);
	return { gnuTime: timeV.status === 0 && /Maximum resident set size/.test(timeV.stderr) };
}

/** `npm ci` in a sub-project unless its node_modules already matches its lockfile. */
function ensureInstalled(dir, label) {
	const lock = join(dir, 'package-lock.json');
	const stamp = join(dir, 'node_modules', '.bench-installed');
	const manifest = readFileSync(join(dir, 'package.json'));
	const want = createHash('sha256')
		.update(manifest)
		.update(existsSync(lock) ? readFileSync(lock) : '')
		.digest('hex');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
	log(`Installing ${label} (${relative(ROOT, dir)}) with npm…`);
	const npmCli = process.env.npm_execpath;
	const [cmd, pre] = npmCli && npmCli.endsWith('.js') ? [NODE, [npmCli]] : ['npm', []];
	const args = existsSync(lock) ? ['ci'] : ['install'];
	const result = run(cmd, [...pre, ...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
	if (result.status !== 0) fail(`Could not install ${label} in ${dir}:\n${tail(result.stderr || result.stdout)}`);
	writeFileSync(stamp, want);
}

function versionOf(pkgDir) {
	try {
		return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
	} catch {
		return null;
	}
}

// ----------------------------------------------------------------------------------------------- builds

/**
 * Waits (up to maxMs) until the 1-minute load average is below the number of cores, so a timed build does not
 * start while other work (another worktree's build or tests) holds the CPUs. Timings still move with what
 * starts during the build; the load before and after each build is in results.json.
 */
async function waitForQuiet(maxMs) {
	const limit = cpus().length;
	const t0 = Date.now();
	while (loadavg()[0] >= limit && Date.now() - t0 < maxMs) await new Promise((r) => setTimeout(r, 2_000));
	return { waitedMs: Date.now() - t0, load: loadavg()[0] };
}

/** Total RSS of a process tree, sampled from /proc. */
function treeRssBytes(rootPid) {
	const pids = [rootPid];
	let total = 0;
	for (let i = 0; i < pids.length; i++) {
		const pid = pids[i];
		try {
			const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
			total += Number(statm[1]) * 4096;
			for (const tid of readdirSync(`/proc/${pid}/task`)) {
				const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
				if (children) pids.push(...children.split(/\s+/).map(Number));
			}
		} catch {
			// the process ended between two reads
		}
	}
	return total;
}

function spawnMeasured(command, args, { cwd, env, logFile, gnuTime }) {
	return new Promise((resolvePromise) => {
		const timeFile = `${logFile}.time`;
		const [cmd, fullArgs] = gnuTime ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
		const t0 = performance.now();
		const child = spawn(cmd, fullArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let treePeak = 0;
		const sampler = setInterval(() => {
			treePeak = Math.max(treePeak, treeRssBytes(child.pid));
		}, 100);
		child.on('close', (code) => {
			const ms = performance.now() - t0;
			clearInterval(sampler);
			writeFileSync(logFile, output);
			let maxRss = null;
			let cpuMs = null;
			if (gnuTime && existsSync(timeFile)) {
				const text = readFileSync(timeFile, 'utf8');
				const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
				if (match) maxRss = Number(match[1]) * 1024;
				const user = /User time \(seconds\): ([\d.]+)/.exec(text);
				const system = /System time \(seconds\): ([\d.]+)/.exec(text);
				if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
			}
			resolvePromise({ ok: code === 0, code, ms, cpuMs, maxRssBytes: maxRss, treePeakBytes: treePeak || null, loadAvg1: loadavg()[0], output });
		});
	});
}

function buildPlan(site, corpus, articlesDir) {
	const outDir = join(WORK, 'dist', `${site}-${corpus}`);
	const cacheDir = join(WORK, 'cache', `${site}-${corpus}`);
	if (site === 'ours') {
		// = `astro build && pagefind --site <outDir>`, with ARTICLES_DIR and OUT_DIR; bench/astro-build.mjs only
		// adds a private cacheDir (see there why).
		// On a corpus other than content/, bench/astro-corpus.config.mjs keeps the permalink registry in bench/.work
		// (content/'s registry cannot match other articles); the build checks and records it like `npm run permalinks`.
		const own = corpus === 'real';
		const registryDir = join(WORK, 'permalinks', corpus);
		const config = own ? '' : ` "${join(BENCH, 'astro-corpus.config.mjs')}"`;
		const script = `"${NODE}" bench/astro-build.mjs "${ROOT}" "${outDir}" "${cacheDir}"${config} && "${NODE}" node_modules/pagefind/lib/runner/bin.cjs --site "${outDir}"`;
		const env = { ARTICLES_DIR: articlesDir, OUT_DIR: outDir, ...(own ? {} : { PERMALINKS_DIR: registryDir, RECORD_PERMALINKS: '1' }) };
		return { outDir, cacheDir, registryDir: own ? null : registryDir, cwd: ROOT, command: '/bin/sh', args: ['-c', script], env };
	}
	// Starlight runs Pagefind itself at the end of `astro build`.
	return {
		outDir,
		cacheDir,
		cwd: REF,
		command: NODE,
		args: [join(REF, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		env: { OUT_DIR: outDir, CACHE_DIR: cacheDir },
	};
}

async function timedBuild(site, corpus, articlesDir, runIndex, gnuTime) {
	const plan = buildPlan(site, corpus, articlesDir);
	// Every timed build is cold: no previous output, no content-layer cache.
	rmSync(plan.outDir, { recursive: true, force: true });
	rmSync(plan.cacheDir, { recursive: true, force: true });
	if (plan.registryDir) {
		rmSync(plan.registryDir, { recursive: true, force: true });
		mkdirSync(plan.registryDir, { recursive: true });
	}
	mkdirSync(join(WORK, 'logs'), { recursive: true });
	const logFile = join(WORK, 'logs', `build-${site}-${corpus}-${runIndex + 1}.log`);
	const result = await spawnMeasured(plan.command, plan.args, { cwd: plan.cwd, env: plan.env, logFile, gnuTime });
	if (!result.ok) {
		throw new Error(`The ${site} build on the ${corpus} corpus failed (exit ${result.code}); log: ${relative(ROOT, logFile)}\n${tail(result.output)}`);
	}
	if (!existsSync(join(plan.outDir, 'pagefind', 'pagefind.js'))) {
		throw new Error(`The ${site} build on the ${corpus} corpus has no pagefind/pagefind.js; log: ${relative(ROOT, logFile)}`);
	}
	return result;
}

// ------------------------------------------------------------------------------------------ static server

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
export const BLANK_PATH = '/__bench/blank.html';

/**
 * The iCloud status relay, as a deployment with it would answer `/api/icloud-status`: the project's own handler
 * (src/relay/handler.ts, imported as TypeScript: Node 24 strips types) fed by the healthy Apple feed fixture,
 * as in the e2e tests (e2e/site.ts, serveStatusRelay). A static server has no relay, and the machine may have
 * no internet: without it the status widgets fall back to Apple's feed, fail, and log errors that are not the
 * site's. Returns null (with the reason) when the fixture or the handler cannot be loaded.
 */
async function loadStatusRelay() {
	const fixture = process.env.BENCH_STATUS_FIXTURE ?? join(ROOT, '..', 'shared', 'reference', 'fixtures', 'apple-status-all-ok.js');
	if (!existsSync(fixture)) return { relay: null, note: `no status feed fixture at ${fixture} (set BENCH_STATUS_FIXTURE)` };
	try {
		const { createRelayHandler } = await import('../src/relay/handler.ts');
		const { toWebRequest, sendWebResponse } = await import('../src/relay/node-server.ts');
		const { RELAY_PATH } = await import('../src/lib/status-sources.ts');
		const feed = readFileSync(fixture, 'utf8');
		const handler = createRelayHandler({ fetch: async () => new Response(feed, { status: 200 }), cacheTtlMs: 0 });
		return { relay: { path: RELAY_PATH, handler, toWebRequest, sendWebResponse, fixture: relative(ROOT, fixture) }, note: null };
	} catch (error) {
		return { relay: null, note: `the relay handler could not be loaded: ${error.message.split('\n')[0]}` };
	}
}

/**
 * A tiny static host: gzip for text like any real host, long cache for hashed /_astro/ files, and (for our
 * site) the status relay. It logs every response body it sends, so a measurement can count what went over
 * the wire whoever asked for it (a page, or a Web Worker such as Pagefind's).
 */
function serve(dist, { relay = null } = {}) {
	const gzCache = new Map();
	const sent = [];
	const record = (path, bytes) => sent.push({ path, bytes });
	const server = createServer((req, res) => {
		const url = new URL(req.url, 'http://x');
		if (url.pathname === BLANK_PATH) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end('<!doctype html><html lang="en"><title>bench</title></html>');
			return;
		}
		if (relay && url.pathname === relay.path) {
			relay
				.handler(relay.toWebRequest(req))
				.then(async (response) => {
					const body = Buffer.from(await response.clone().arrayBuffer());
					record(url.pathname, body.length);
					await relay.sendWebResponse(response, res);
				})
				.catch(() => res.writeHead(500).end());
			return;
		}
		let path;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		let file = join(dist, path);
		if (!file.startsWith(dist)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${path}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(dist, '404.html');
			if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
		const ext = extname(file);
		const stat = statSync(file);
		const headers = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			// Like any static host: a page that asks again for a file it has (favicon, a revisited page) gets a 304.
			etag: `"${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"`,
		};
		if (status === 200 && req.headers['if-none-match'] === headers.etag) {
			record(url.pathname, 0);
			res.writeHead(304, headers).end();
			return;
		}
		let body = readFileSync(file);
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			if (!gzCache.has(file)) gzCache.set(file, gzipSync(body));
			body = gzCache.get(file);
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		headers['content-length'] = body.length;
		res.writeHead(status, headers);
		const head = req.method === 'HEAD';
		record(url.pathname, head ? 0 : body.length);
		res.end(head ? undefined : body);
	});
	return new Promise((resolvePromise) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolvePromise({
				origin: `http://127.0.0.1:${port}`,
				relay: Boolean(relay),
				/** A position in the log of sent responses; `since(mark)` lists what was sent after it. */
				mark: () => sent.length,
				since: (mark) => sent.slice(mark),
				close: () => new Promise((r) => server.close(r)),
			});
		});
	});
}

// ------------------------------------------------------------------------------------------ page discovery

/** Article pages: every `<slug>/index.html` below the root whose page is indexed for search. */
function discoverArticles(dist) {
	const pages = [];
	for (const file of walk(dist)) {
		if (!file.endsWith(`${sep}index.html`)) continue;
		const rel = relative(dist, file);
		if (rel === 'index.html' || rel.startsWith(`pagefind${sep}`)) continue;
		const html = readFileSync(file, 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		pages.push({ path: `/${rel.slice(0, -'index.html'.length).split(sep).join('/')}`, islands: html.includes('<astro-island') });
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** A deterministic, evenly spread sample of `count` items. */
function spread(list, count) {
	if (list.length <= count) return list;
	return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

// ------------------------------------------------------------------------------------------------ browser

async function loadChromium() {
	let executablePath = '/usr/bin/chromium';
	let args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
	try {
		const helper = await import('../e2e/chromium.ts');
		executablePath = helper.findChromium();
		args = helper.CHROMIUM_ARGS;
	} catch (error) {
		if (!existsSync(executablePath)) fail(`No Chromium: ${error.message}`);
	}
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath, args });
	return { browser, executablePath, version: browser.version() };
}

/** Waits until no request has been in flight for `quietMs` (max `maxMs`). */
async function settle(state, quietMs = 500, maxMs = 10_000) {
	const end = Date.now() + maxMs;
	let quietSince = Date.now();
	while (Date.now() < end) {
		if (state.inflight > 0) quietSince = Date.now();
		else if (Date.now() - quietSince >= quietMs) return true;
		await new Promise((r) => setTimeout(r, 25));
	}
	return false;
}

/** Records every response of a page: type, decoded bytes, gzip bytes, bytes on the wire. */
function recordTraffic(page) {
	const state = { inflight: 0, entries: [], pending: [], recording: true };
	page.on('request', () => state.inflight++);
	page.on('requestfailed', () => state.inflight--);
	page.on('requestfinished', (request) => {
		state.inflight--;
		if (!state.recording) return;
		state.pending.push(
			(async () => {
				const response = await request.response();
				if (!response) return;
				let body = Buffer.alloc(0);
				try {
					body = await response.body();
				} catch {
					// redirects have no body
				}
				let wire = body.length;
				try {
					// Negative (headers only) when the browser answered from its cache: nothing came over the wire.
					wire = Math.max(0, (await request.sizes()).responseBodySize);
				} catch {}
				const url = new URL(request.url());
				state.entries.push({
					path: url.pathname,
					status: response.status(),
					kind: classify(response.headers()['content-type'] ?? '', url.pathname, request.resourceType()),
					raw: body.length,
					gzip: gz(body),
					wire,
					body,
				});
			})(),
		);
	});
	state.take = async () => {
		await Promise.all(state.pending);
		const entries = state.entries;
		state.entries = [];
		state.pending = [];
		return entries;
	};
	return state;
}

function classify(contentType, path, resourceType) {
	if (/javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (/text\/css/.test(contentType) || path.endsWith('.css')) return 'css';
	if (/text\/html/.test(contentType)) return resourceType === 'document' ? 'html' : 'other';
	if (/wasm/.test(contentType) || path.includes('.pagefind')) return 'wasm';
	if (/font/.test(contentType)) return 'font';
	if (/image/.test(contentType)) return 'image';
	return 'other';
}

const INLINE_JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Inline scripts (executable ones) and styles in a page's HTML as served. */
function inlineAssets(html) {
	const js = [];
	const css = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = match[1];
		if (/\bsrc\s*=/.test(attrs)) continue;
		const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '').toLowerCase();
		if (INLINE_JS_TYPES.has(type) && match[2].trim()) js.push(match[2]);
	}
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (match[1].trim()) css.push(match[1]);
	return { js: Buffer.from(js.join('\n')), css: Buffer.from(css.join('\n')), jsCount: js.length, cssCount: css.length, jsBlocks: js };
}

/** An inline script's name in asset lists: the same code has the same name on every page. */
const inlineName = (code) => `inline script ${createHash('sha256').update(code).digest('hex').slice(0, 8)}`;

/** JS assets of a page as a list of { name, raw, gzip, phase }: files by path, inline blocks by content. */
function jsAssets(entries, inlineBlocks, phase) {
	return [
		...entries.filter((e) => e.kind === 'js').map((e) => ({ name: e.path, raw: e.raw, gzip: e.gzip, phase })),
		...inlineBlocks.map((code) => ({ name: inlineName(code), raw: Buffer.byteLength(code), gzip: gz(Buffer.from(code)), phase })),
	];
}

/**
 * What one page costs from a cold cache: on load, before any interaction, then (`wake`) once every island on
 * it has been scrolled into view and has hydrated (client:visible), which is what a reader who scrolls to it
 * runs. Console errors and requests to other hosts are recorded, not blocked.
 */
async function measurePage(browser, origin, path, { wake = true } = {}) {
	const context = await browser.newContext();
	// Layout shifts (the sum of every shift not caused by a recent input), on load and once the islands are awake.
	await context.addInitScript(() => {
		window.__benchShift = { sum: 0, entries: [] };
		try {
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					if (entry.hadRecentInput) continue;
					window.__benchShift.sum += entry.value;
					const sources = (entry.sources ?? []).map((x) => (x.node ? `${x.node.nodeName.toLowerCase()}${x.node.className ? `.${String(x.node.className).split(' ')[0]}` : ''}` : '?'));
					window.__benchShift.entries.push({ value: Math.round(entry.value * 1e4) / 1e4, at: Math.round(entry.startTime), sources });
				}
			}).observe({ type: 'layout-shift', buffered: true });
		} catch {
			// no Layout Instability API
		}
	});
	const page = await context.newPage();
	const consoleErrors = [];
	const foreignRequests = [];
	page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text().slice(0, 300)));
	page.on('pageerror', (error) => consoleErrors.push(error.message.slice(0, 300)));
	page.on('request', (request) => {
		const url = request.url();
		if (/^https?:/.test(url) && !url.startsWith(`${origin}/`)) foreignRequests.push(url);
	});
	const traffic = recordTraffic(page);
	const response = await page.goto(origin + path, { waitUntil: 'load' });
	if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
	await settle(traffic);
	const entries = await traffic.take();
	const doc = entries.find((e) => e.kind === 'html');
	const inline = inlineAssets(doc ? doc.body.toString('utf8') : '');
	const of = (kind) => entries.filter((e) => e.kind === kind);
	const js = of('js');
	const css = of('css');
	const assets = jsAssets(entries, inline.jsBlocks, 'load');
	const shiftOnLoad = await page.evaluate(() => window.__benchShift?.sum ?? null);

	// Islands: scroll each into view, wait until Astro has hydrated it (it drops the `ssr` attribute then).
	const islandCount = await page.locator('astro-island').count();
	let islands = { count: islandCount, hydrated: 0, layoutShift: null, shifts: [], js: { raw: 0, gzip: 0, requests: 0, files: [] }, otherRequests: [] };
	if (wake && islandCount > 0) {
		let hydrated = 0;
		for (const island of await page.locator('astro-island').all()) {
			try {
				await island.scrollIntoViewIfNeeded({ timeout: 5_000 });
				await island.evaluate(
					(el) =>
						new Promise((resolvePromise, reject) => {
							const done = () => !el.hasAttribute('ssr');
							if (done()) return resolvePromise();
							const observer = new MutationObserver(() => done() && (observer.disconnect(), resolvePromise()));
							observer.observe(el, { attributes: true });
							setTimeout(() => (observer.disconnect(), reject(new Error('not hydrated after 10 s'))), 10_000);
						}),
				);
				hydrated++;
			} catch {
				// counted as not hydrated
			}
		}
		await settle(traffic);
		const after = await traffic.take();
		const afterJs = after.filter((e) => e.kind === 'js');
		assets.push(...jsAssets(after, [], 'islands'));
		const shift = await page.evaluate(() => window.__benchShift ?? null);
		islands = {
			count: islandCount,
			hydrated,
			// Shifts after load: the island changing size as it hydrates (or as its data arrives) moves what follows.
			layoutShift: shift && shiftOnLoad != null ? Math.round((shift.sum - shiftOnLoad) * 1e4) / 1e4 : null,
			shifts: shift ? shift.entries.slice(-5) : [],
			js: { raw: sum(afterJs.map((e) => e.raw)), gzip: sum(afterJs.map((e) => e.gzip)), requests: afterJs.length, files: afterJs.map((e) => e.path) },
			otherRequests: after.filter((e) => e.kind !== 'js').map((e) => `${e.path} ${e.status}`),
		};
	}
	await context.close();
	const jsLoad = { raw: sum(js.map((e) => e.raw)) + inline.js.length, gzip: sum(js.map((e) => e.gzip)) + gz(inline.js) };
	return {
		path,
		html: { raw: doc?.raw ?? 0, gzip: doc?.gzip ?? 0 },
		css: {
			raw: sum(css.map((e) => e.raw)) + inline.css.length,
			gzip: sum(css.map((e) => e.gzip)) + gz(inline.css),
			requests: css.length,
			inlineRaw: inline.css.length,
			files: css.map((e) => e.path),
		},
		js: {
			...jsLoad,
			requests: js.length,
			inlineRaw: inline.js.length,
			inlineCount: inline.jsCount,
			files: js.map((e) => e.path),
		},
		layoutShiftOnLoad: shiftOnLoad == null ? null : Math.round(shiftOnLoad * 1e4) / 1e4,
		islands,
		// All the JS the page runs once its islands are awake (= js on a page without islands).
		jsAwake: { raw: jsLoad.raw + islands.js.raw, gzip: jsLoad.gzip + islands.js.gzip },
		jsAssets: assets,
		other: { raw: sum(entries.filter((e) => !['html', 'css', 'js'].includes(e.kind)).map((e) => e.raw)) },
		requests: entries.length,
		wire: sum(entries.map((e) => e.wire)),
		consoleErrors,
		foreignRequests,
	};
}

function summarisePages(measured) {
	const pick = (fn) => median(measured.map(fn));
	return {
		measured: measured.length,
		median: {
			htmlRaw: pick((p) => p.html.raw),
			htmlGzip: pick((p) => p.html.gzip),
			cssRaw: pick((p) => p.css.raw),
			cssGzip: pick((p) => p.css.gzip),
			jsRaw: pick((p) => p.js.raw),
			jsGzip: pick((p) => p.js.gzip),
			jsInlineRaw: pick((p) => p.js.inlineRaw),
			jsAwakeRaw: pick((p) => p.jsAwake.raw),
			jsAwakeGzip: pick((p) => p.jsAwake.gzip),
			jsRequests: pick((p) => p.js.requests),
			cssRequests: pick((p) => p.css.requests),
			requests: pick((p) => p.requests),
			wire: pick((p) => p.wire),
		},
		max: {
			jsRaw: Math.max(...measured.map((p) => p.js.raw)),
			jsGzip: Math.max(...measured.map((p) => p.js.gzip)),
			jsAwakeRaw: Math.max(...measured.map((p) => p.jsAwake.raw)),
			jsAwakeGzip: Math.max(...measured.map((p) => p.jsAwake.gzip)),
			jsAwakeGzipPath: measured.reduce((a, b) => (b.jsAwake.gzip > a.jsAwake.gzip ? b : a)).path,
			cssRaw: Math.max(...measured.map((p) => p.css.raw)),
			cssGzip: Math.max(...measured.map((p) => p.css.gzip)),
		},
		jsFiles: [...new Set(measured.flatMap((p) => p.js.files))].sort(),
		cssFiles: [...new Set(measured.flatMap((p) => p.css.files))].sort(),
		pages: measured.map(({ path, html, css, js, islands, jsAwake, requests, wire, consoleErrors, foreignRequests }) => ({
			path,
			htmlRaw: html.raw,
			htmlGzip: html.gzip,
			cssRaw: css.raw,
			cssGzip: css.gzip,
			jsRaw: js.raw,
			jsGzip: js.gzip,
			jsRequests: js.requests,
			...(islands.count ? { islands: islands.count, islandsHydrated: islands.hydrated, jsAwakeRaw: jsAwake.raw, jsAwakeGzip: jsAwake.gzip, islandFiles: islands.js.files } : {}),
			requests,
			wire,
			...(consoleErrors.length ? { consoleErrors } : {}),
			...(foreignRequests.length ? { foreignRequests } : {}),
		})),
	};
}

// ------------------------------------------------------------------------------------------------ islands

/** The plain article every comparison starts from (search, Lighthouse, the islands' own share). */
const PLAIN_ARTICLE = '/turn-on-icloud-for-whatsapp/';
/** Articles with an island, measured and scored even if the build stops marking them (they are then noted). */
const ISLAND_ARTICLES = ['/make-enough-room/', '/is-icloud-down/'];
/** Issue 4: the storage island's JS, runtime included, under 60 KB gzip (src/lib/budgets.ts has the same). */
const STORAGE_PAGE = '/make-enough-room/';
const ISLAND_LIMIT_GZIP = 60 * 1024;

/** Notes for pages that logged console errors, contacted other hosts, or whose islands did not wake up. */
function noteTroubles(notes, key, measured) {
	const withErrors = measured.filter((p) => p.consoleErrors.length);
	if (withErrors.length) {
		notes.push(`${withErrors.length} ${key} page(s) logged console errors, e.g. ${withErrors[0].path}: ${withErrors[0].consoleErrors[0]}`);
	}
	const foreign = measured.filter((p) => p.foreignRequests.length);
	if (foreign.length) notes.push(`${foreign.length} ${key} page(s) requested other hosts, e.g. ${foreign[0].path}: ${foreign[0].foreignRequests[0]}`);
	const asleep = measured.filter((p) => p.islands.count > p.islands.hydrated);
	if (asleep.length) notes.push(`${asleep.length} ${key} page(s) have islands that did not hydrate once in view, e.g. ${asleep[0].path}.`);
}

/**
 * The pages with islands on our real corpus (home page and island articles), islands awake, with the JS each
 * island brings of its own: every JS file or inline script of the page, on load or once in view, that the plain
 * article does not also load (the island's chunk, Preact, Astro's React renderer and island runtime).
 */
async function measureIslands(browser, servers, articlesOf, measuredOf, notes) {
	const ours = measuredOf['ours/real'];
	const baseline = ours.find((p) => p.path === PLAIN_ARTICLE && !p.islands.count) ?? ours.find((p) => !p.islands.count);
	const shared = new Set(baseline?.jsAssets.map((x) => x.name) ?? []);
	const targets = [{ path: '/', role: 'home page, compact status widget' }];
	const islandArticles = new Set(articlesOf['ours/real'].filter((x) => x.islands).map((x) => x.path));
	for (const path of ISLAND_ARTICLES) {
		if (articlesOf['ours/real'].some((x) => x.path === path)) islandArticles.add(path);
		else notes.push(`${path} is not in our real build: its island is not measured.`);
	}
	for (const path of [...islandArticles].sort()) targets.push({ path, role: 'island article' });

	const find = (key, path) => measuredOf[key]?.find((p) => p.path === path);
	const pages = [];
	for (const { path, role } of targets) {
		let o = find('ours/real', path);
		let r = find('ref/real', path);
		try {
			o ??= await measurePage(browser, servers['ours/real'].origin, path);
			if (!r && (path === '/' || articlesOf['ref/real'].some((x) => x.path === path))) r = await measurePage(browser, servers['ref/real'].origin, path);
		} catch (error) {
			notes.push(`Islands: ${path} not measured: ${error.message.split('\n')[0]}`);
			continue;
		}
		if (path === '/') noteTroubles(notes, 'ours/real home', [o]);
		const own = o.jsAssets.filter((x) => !shared.has(x.name));
		pages.push({
			path,
			role,
			islands: o.islands.count,
			hydrated: o.islands.hydrated,
			jsOnLoad: { raw: o.js.raw, gzip: o.js.gzip },
			jsInView: o.islands.js,
			jsTotal: o.jsAwake,
			layoutShiftOnLoad: o.layoutShiftOnLoad,
			layoutShiftInView: o.islands.layoutShift,
			shifts: o.islands.shifts,
			islandOwn: { raw: sum(own.map((x) => x.raw)), gzip: sum(own.map((x) => x.gzip)), files: own.map((x) => `${x.name} ${x.gzip} B gz (${x.phase})`) },
			otherRequestsInView: o.islands.otherRequests,
			consoleErrors: o.consoleErrors,
			foreignRequests: o.foreignRequests,
			reference: r ? { jsOnLoad: { raw: r.js.raw, gzip: r.js.gzip }, cssGzip: r.css.gzip } : null,
		});
	}
	const storage = pages.find((p) => p.path === STORAGE_PAGE);
	return {
		baseline: baseline?.path ?? null,
		baselineJs: baseline ? baseline.jsAssets.map((x) => `${x.name} ${x.gzip} B gz`) : [],
		relay: Boolean(servers['ours/real'].relay),
		pages,
		storage: storage
			? { path: storage.path, hydrated: storage.hydrated === storage.islands && storage.islands > 0, islandOwnGzip: storage.islandOwn.gzip, pageTotalGzip: storage.jsTotal.gzip, limitGzip: ISLAND_LIMIT_GZIP }
			: null,
	};
}

// ------------------------------------------------------------------------------------------------- search

const QUERIES = {
	real: { cold: 'icloud drive', warm: 'whatsapp switch' },
	synthetic: { cold: 'backup stuck', warm: 'storage full' },
};

/**
 * Pagefind through its JS API on a blank page of the same origin, so only Pagefind's own files count:
 * cold = first query in a fresh browser context (empty cache), warm = a second query in the same page.
 * Time = from import('/pagefind/pagefind.js') to the first result's data. Bytes = what the server sent under
 * /pagefind/ meanwhile (Pagefind fetches from a Web Worker too, which a page's request events may not show).
 */
async function measureSearchApi(browser, server, queries) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(server.origin + BLANK_PATH);
	const traffic = recordTraffic(page);
	const coldMark = server.mark();
	const cold = await page.evaluate(async (q) => {
		const t0 = performance.now();
		const pf = await import('/pagefind/pagefind.js');
		await pf.init();
		const search = await pf.search(q);
		const first = search.results[0] ? await search.results[0].data() : null;
		const ms = performance.now() - t0;
		window.__pf = pf;
		return { ms, results: search.results.length, first: first?.url ?? null };
	}, queries.cold);
	await settle(traffic, 300);
	const coldSent = server.since(coldMark);
	const coldSeen = await traffic.take();
	const warmMark = server.mark();
	const warm = await page.evaluate(async (q) => {
		const t0 = performance.now();
		const search = await window.__pf.search(q);
		const first = search.results[0] ? await search.results[0].data() : null;
		return { ms: performance.now() - t0, results: search.results.length, first: first?.url ?? null };
	}, queries.warm);
	await settle(traffic, 300);
	const warmSent = server.since(warmMark);
	const warmSeen = await traffic.take();
	await context.close();
	const bytes = (sent, seen) => {
		const pf = sent.filter((e) => e.path.startsWith('/pagefind/'));
		const decoded = seen.filter((e) => e.path.startsWith('/pagefind/'));
		return {
			wire: sum(pf.map((e) => e.bytes)),
			requests: pf.length,
			files: pf.map((e) => `${e.path} ${e.bytes}`),
			// What the page's own request events saw: less than `wire` when a worker fetched something.
			pageSeenWire: sum(decoded.map((e) => e.wire)),
			raw: sum(decoded.map((e) => e.raw)),
		};
	};
	return { cold: { ...cold, ...bytes(coldSent, coldSeen) }, warm: { ...warm, ...bytes(warmSent, warmSeen) } };
}

/**
 * Files of a site's article page that exist only for its search: they count toward the first search even
 * when the page fetches them on load (Starlight loads its search UI at idle, on every page, before any click).
 * Ours loads no Pagefind file with an article (npm test checks it) and its search UI is the /search/ page,
 * fetched when the reader submits the header form; but its article pages do load two small search-related
 * scripts, counted here the same way as Starlight's.
 */
const SEARCH_ONLY_ON_LOAD = {
	ours: [
		// src/lib/search.ts as a chunk: query normalising, Pagefind options, result shaping. Every page loads it
		// because src/scripts/site.ts imports the search-highlight parameter from it.
		/^\/_astro\/search\.[^/]+\.js$/,
		// src/scripts/site.ts, the site-wide script: today only the "/" shortcut to the search box and the loader
		// of Pagefind's highlighter after a search click (the counterpart of Starlight's Search.astro script).
		/^\/_astro\/Base\.astro_astro_type_script_index_\d+_lang\.[^/]+\.js$/,
	],
	ref: [
		// Starlight's <site-search> element: the dialog, Ctrl+K, and the idle import of Pagefind's UI below.
		/^\/_astro\/Search\.astro_astro_type_script_index_\d+_lang\.[^/]+\.js$/,
		// @pagefind/default-ui, bundled by Starlight.
		/^\/_astro\/ui-core\.[^/]+\.js$/,
		// Anything of Pagefind itself, should a version preload it.
		/^\/pagefind\//,
	],
};

/**
 * The reader's path to a first result, cold: a fresh browser (empty cache) on an article page, loaded and settled.
 * Ours: type the query into the header search form (form[action="/search/"], input q) and press Enter: a GET
 * to /search/?q=…, whose script loads Pagefind and lists results in <main>'s ol[aria-label="Search results"].
 * Reference: click Starlight's search button, type the query into its Pagefind UI dialog.
 * Time = from the reader's action (the Enter keydown on ours; the input event of the typed query on Starlight,
 * whose UI then waits for its own debounce) to the frame after the first result link appeared; both ends are
 * taken in the page (Date.now()), across the navigation on ours.
 * Bytes = every byte sent from the reader's action on (server log) + the site's search-only files that the
 * article page had already fetched on load (SEARCH_ONLY_ON_LOAD).
 */
async function measureSearchUi(browser, server, site, articlePath, query, articlePaths) {
	const context = await browser.newContext();
	await context.addInitScript(
		({ site, paths }) => {
			const wanted = new Set(paths);
			const mark = () => sessionStorage.setItem('__benchT0', String(Date.now()));
			if (site === 'ours') {
				document.addEventListener('keydown', (e) => e.key === 'Enter' && e.target?.closest?.('form[action="/search/"]') && mark(), true);
			} else {
				document.addEventListener('input', (e) => e.target?.closest?.('#starlight__search') && mark(), true);
			}
			const container = site === 'ours' ? 'main ol[aria-label="Search results"]' : '#starlight__search';
			const check = (node) => {
				if (window.__benchFirstResult || window.__benchFound || !(node instanceof Element)) return;
				const links = node.matches('a[href]') ? [node] : [...node.querySelectorAll('a[href]')];
				for (const link of links) {
					const url = new URL(link.href, location.href);
					if (url.origin !== location.origin || !wanted.has(url.pathname) || !link.closest(container)) continue;
					const at = Date.now();
					window.__benchFound = true;
					requestAnimationFrame(() => {
						window.__benchFirstResult = { at, shown: Date.now(), t0: Number(sessionStorage.getItem('__benchT0')), href: url.pathname, page: location.pathname + location.search };
					});
					return;
				}
			};
			const start = () => {
				new MutationObserver((records) => {
					for (const record of records) for (const node of record.addedNodes) check(node);
				}).observe(document.documentElement, { childList: true, subtree: true });
			};
			// Only what is added after the page is parsed counts: static links (sidebars, lists) are no results.
			if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
			else start();
		},
		{ site, paths: articlePaths },
	);
	const page = await context.newPage();
	const traffic = recordTraffic(page);
	const loadMark = server.mark();
	await page.goto(server.origin + articlePath, { waitUntil: 'load' });
	await settle(traffic);
	const onLoad = server.since(loadMark);
	await traffic.take();
	const patterns = SEARCH_ONLY_ON_LOAD[site];
	const searchOnLoad = onLoad.filter((e) => patterns.some((re) => re.test(e.path)));
	const actionMark = server.mark();
	if (site === 'ours') {
		const input = page.locator('form[action="/search/"] input[name="q"]').first();
		await input.fill(query);
		await input.press('Enter');
	} else {
		await page.click('button[data-open-modal]');
		const input = page.locator('#starlight__search input');
		await input.waitFor();
		await input.fill(query);
	}
	let first = null;
	try {
		await page.waitForFunction(() => window.__benchFirstResult, null, { timeout: 20_000, polling: 10 });
		first = await page.evaluate(() => window.__benchFirstResult);
	} catch {
		// reported below
	}
	await settle(traffic, 300);
	const afterAction = server.since(actionMark);
	await traffic.take();
	await context.close();
	if (!first) return { ok: false, note: 'no result link appeared within 20 s' };
	if (!first.t0) return { ok: false, note: 'the reader action was not seen in the page' };
	const kindOf = (path) =>
		path.startsWith('/pagefind/')
			? /\.js$/.test(path)
				? 'pagefindJs'
				: /wasm/.test(path)
					? 'pagefindWasm'
					: 'pagefindIndex'
			: /\.m?js$/.test(path)
				? 'js'
				: /\.css$/.test(path)
					? 'css'
					: path.endsWith('/') || path.endsWith('.html')
						? 'html'
						: 'other';
	// By kind, from the reader's action on (what the article page had fetched is searchOnLoadWire).
	const byKind = {};
	for (const e of afterAction) byKind[kindOf(e.path)] = (byKind[kindOf(e.path)] ?? 0) + e.bytes;
	const pagefind = [...searchOnLoad, ...afterAction].filter((e) => e.path.startsWith('/pagefind/'));
	return {
		ok: true,
		ms: first.shown - first.t0,
		msToDom: first.at - first.t0,
		firstResult: first.href,
		resultsPage: first.page,
		wire: sum(searchOnLoad.map((e) => e.bytes)) + sum(afterAction.map((e) => e.bytes)),
		searchOnLoadWire: sum(searchOnLoad.map((e) => e.bytes)),
		afterActionWire: sum(afterAction.map((e) => e.bytes)),
		pagefindWire: sum(pagefind.map((e) => e.bytes)),
		requests: searchOnLoad.length + afterAction.length,
		wireByKind: byKind,
		files: [...searchOnLoad.map((e) => `${e.path} ${e.bytes} (on load)`), ...afterAction.map((e) => `${e.path} ${e.bytes}`)],
	};
}

// --------------------------------------------------------------------------------------------- lighthouse

/** The id of the last element with an id before a page's first island (its step heading), or null. */
function anchorAboveIsland(file) {
	if (!existsSync(file)) return null;
	const html = readFileSync(file, 'utf8');
	const at = html.indexOf('<astro-island');
	if (at === -1) return null;
	const ids = [...html.slice(0, at).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
	return ids.at(-1) ?? null;
}

async function runLighthouse(url, outFile, chromePath) {
	const cli = join(TOOLS, 'node_modules', 'lighthouse', 'cli', 'index.js');
	const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];
	const args = [cli, url, '--output=json', `--output-path=${outFile}`, '--quiet', `--chrome-flags=${flags.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'];
	const result = await new Promise((resolvePromise) => {
		const child = spawn(NODE, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolvePromise({ code, output });
		});
	});
	if (result.code !== 0 || !existsSync(outFile)) return { ok: false, note: tail(result.output, 5) };
	const report = JSON.parse(readFileSync(outFile, 'utf8'));
	const scores = {};
	for (const [id, category] of Object.entries(report.categories)) scores[id] = category.score === null ? null : Math.round(category.score * 100);
	const failing = [];
	for (const category of Object.values(report.categories)) {
		if (category.score === null || category.score >= 0.995) continue;
		for (const ref of category.auditRefs) {
			const audit = report.audits[ref.id];
			if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${category.id}: ${ref.id} (${audit.score})`);
		}
	}
	const metric = (id) => report.audits[id]?.numericValue ?? null;
	const requested = (report.audits['network-requests']?.details?.items ?? []).map((item) => {
		try {
			return new URL(item.url).pathname;
		} catch {
			return item.url;
		}
	});
	const consoleErrors = (report.audits['errors-in-console']?.details?.items ?? []).map((item) => String(item.description ?? '').slice(0, 200));
	return {
		ok: true,
		scores,
		failing,
		requested,
		consoleErrors,
		metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
		runtimeError: report.runtimeError?.message ?? null,
	};
}

// ------------------------------------------------------------------------------------------------ report

const fmt = {
	s: (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`),
	ms: (ms) => (ms == null ? '—' : `${Math.round(ms)} ms`),
	mb: (b) => (b == null ? '—' : b < 1024 * 1024 ? `${(b / 1024).toFixed(0)} kB` : `${(b / 1024 / 1024).toFixed(b < 10 * 1024 * 1024 ? 1 : 0)} MB`),
	kb: (b) => (b == null ? '—' : b === 0 ? '0' : `${(b / 1024).toFixed(1)} kB`),
	n: (n) => (n == null ? '—' : String(Math.round(n * 10) / 10)),
};
const ratio = (ours, ref) => (ours == null || ref == null ? null : ref === 0 ? (ours === 0 ? 1 : Infinity) : ours / ref);
const fmtRatio = (r) => (r == null ? '—' : r === Infinity ? '∞' : r.toFixed(2));

function buildRows(results) {
	const b = (site, corpus) => results.builds[`${site}/${corpus}`];
	const p = (site, corpus) => results.pages[`${site}/${corpus}`]?.median;
	const m = (site, corpus) => results.pages[`${site}/${corpus}`]?.max;
	const s = (site, corpus) => results.search[`${site}/${corpus}`];
	const ui = (site, corpus) => (s(site, corpus)?.ui.ok ? s(site, corpus).ui : null);
	const rows = [
		['Build wall time (median)', 'ms', (x, c) => b(x, c)?.medianMs, fmt.s],
		['Build CPU time, user + sys (median)', 'ms', (x, c) => b(x, c)?.medianCpuMs, fmt.s],
		['Build peak RSS, largest process', 'bytes', (x, c) => b(x, c)?.medianMaxRssBytes, fmt.mb],
		['Build peak RSS, process tree', 'bytes', (x, c) => b(x, c)?.medianTreePeakBytes, fmt.mb],
		['dist size', 'bytes', (x, c) => b(x, c)?.dist.bytes, fmt.mb],
		['dist files', 'n', (x, c) => b(x, c)?.dist.files, fmt.n],
		['Pagefind bundle on disk', 'bytes', (x, c) => b(x, c)?.pagefind.bytes, fmt.mb],
		['Article pages found', 'n', (x, c) => b(x, c)?.articlePages, fmt.n],
		['Article pages measured in Chromium', 'n', (x, c) => results.pages[`${x}/${c}`]?.measured, fmt.n],
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
		['  of which fetched with the article page', 'bytes', (x, c) => ui(x, c)?.searchOnLoadWire, fmt.kb],
		['  of which Pagefind (JS, WASM, index)', 'bytes', (x, c) => ui(x, c)?.pagefindWire, fmt.kb],
		['First search, reader: time to 1st result', 'ms', (x, c) => ui(x, c)?.ms, fmt.ms],
		['Pagefind API only, cold: bytes', 'bytes', (x, c) => s(x, c)?.api.cold.wire, fmt.kb],
		['Pagefind API only, cold: time to 1st result', 'ms', (x, c) => s(x, c)?.api.cold.ms, fmt.ms],
		['Pagefind API only, warm: bytes', 'bytes', (x, c) => s(x, c)?.api.warm.wire, fmt.kb],
		['Pagefind API only, warm: time to 1st result', 'ms', (x, c) => s(x, c)?.api.warm.ms, fmt.ms],
	];
	return rows.map(([label, unit, get, format]) => {
		const cells = {};
		for (const corpus of ['real', 'synthetic']) {
			const ours = get('ours', corpus) ?? null;
			const ref = get('ref', corpus) ?? null;
			cells[corpus] = { ours, ref, ratio: ratio(ours, ref), oursText: format(ours), refText: format(ref) };
		}
		return { label, unit, ...cells };
	});
}

function evaluateTargets(results) {
	const targets = [];
	const add = (name, ours, ref, limit, unit, status) => {
		const r = ratio(ours, ref);
		targets.push({ name, ours, ref, ratio: r, limit, unit, status: status ?? (r == null ? 'N/A' : r <= limit ? 'PASS' : 'MISS') });
	};
	const info = (name, ours, ref, limit, unit) => add(name, ours, ref, limit, unit, 'INFO');
	for (const corpus of ['real', 'synthetic']) {
		const o = results.pages[`ours/${corpus}`]?.median;
		const f = results.pages[`ref/${corpus}`]?.median;
		add(`Per-page JS (gzip) ≤ 25 % of reference, ${corpus}`, o?.jsGzip, f?.jsGzip, 0.25, 'bytes');
		add(`Per-page JS (raw) ≤ 25 % of reference, ${corpus}`, o?.jsRaw, f?.jsRaw, 0.25, 'bytes');
		add(`Per-page CSS (gzip) ≤ 25 % of reference, ${corpus}`, o?.cssGzip, f?.cssGzip, 0.25, 'bytes');
		add(`Per-page CSS (raw) ≤ 25 % of reference, ${corpus}`, o?.cssRaw, f?.cssRaw, 0.25, 'bytes');
		const so = results.search[`ours/${corpus}`];
		const sf = results.search[`ref/${corpus}`];
		const uo = so?.ui.ok ? so.ui : null;
		const uf = sf?.ui.ok ? sf.ui : null;
		add(`Cold first search bytes ≤ 0.9× reference (reader's path), ${corpus}`, uo?.wire, uf?.wire, 0.9, 'bytes');
		add(`Cold first search time ≤ 0.9× reference (reader's path), ${corpus}`, uo?.ms, uf?.ms, 0.9, 'ms');
		info(`(Pagefind API only) cold search bytes vs 0.9× reference, ${corpus}`, so?.api.cold.wire, sf?.api.cold.wire, 0.9, 'bytes');
		info(`(Pagefind API only) cold search time vs 0.9× reference, ${corpus}`, so?.api.cold.ms, sf?.api.cold.ms, 0.9, 'ms');
	}
	add(`Build time at ${results.corpora.synthetic.articles} articles ≤ reference (wall)`, results.builds['ours/synthetic']?.medianMs, results.builds['ref/synthetic']?.medianMs, 1, 's');
	// Not a target of the issue: CPU time says the same with less noise when other work shares the machine.
	info(`(for reference) build CPU time at ${results.corpora.synthetic.articles} articles vs reference`, results.builds['ours/synthetic']?.medianCpuMs, results.builds['ref/synthetic']?.medianCpuMs, 1, 's');

	const islands = results.islands;
	if (islands?.storage) {
		const st = islands.storage;
		targets.push({
			name: `Storage island JS (gzip), island chunk + runtime, ${st.path}`,
			ours: st.islandOwnGzip,
			limit: st.limitGzip,
			unit: 'bytes',
			absolute: true,
			detail: `page total with the island in view ${fmt.kb(st.pageTotalGzip)}${st.hydrated ? '' : '; the island did not hydrate'}`,
			status: !st.hydrated ? 'N/A' : st.islandOwnGzip <= st.limitGzip ? 'PASS' : 'MISS',
		});
	} else {
		targets.push({ name: 'Storage island JS (gzip) ≤ 60 KB', status: 'N/A', note: `${STORAGE_PAGE} was not measured` });
	}
	for (const page of islands?.pages ?? []) {
		if (page.role !== 'island article') continue;
		targets.push({
			name: `Island article ${page.path}: all page JS (gzip), islands in view (project budget, src/lib/budgets.ts)`,
			ours: page.jsTotal.gzip,
			limit: ISLAND_LIMIT_GZIP,
			unit: 'bytes',
			absolute: true,
			status: page.jsTotal.gzip <= ISLAND_LIMIT_GZIP ? 'PASS' : 'MISS',
		});
	}

	const lh = results.lighthouse?.ours ?? [];
	for (const run of lh) {
		if (!run.ok) {
			targets.push({ name: `Lighthouse 100 × 4 on ours ${run.path}`, status: 'N/A', note: run.note });
			continue;
		}
		const scores = run.scores;
		const all100 = LH_CATEGORIES.every((c) => scores[c] === 100);
		targets.push({ name: `Lighthouse 100 × 4 on ours ${run.path} (${run.role})`, scores, status: all100 ? 'PASS' : 'MISS' });
	}
	if (results.lighthouse?.skipped) targets.push({ name: 'Lighthouse 100 × 4', status: 'N/A', note: results.lighthouse.skipped });
	return targets;
}

const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function tableMarkdown(rows) {
	const lines = [
		'| Figure | Ours (real) | Starlight (real) | Ratio | Ours (synthetic) | Starlight (synthetic) | Ratio |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const row of rows) {
		const { real: r, synthetic: s } = row;
		const label = row.label.startsWith('  ') ? `&nbsp;&nbsp;${row.label.trim()}` : row.label;
		lines.push(`| ${label} | ${r.oursText} | ${r.refText} | ${fmtRatio(r.ratio)} | ${s.oursText} | ${s.refText} | ${fmtRatio(s.ratio)} |`);
	}
	return lines.join('\n');
}

const fmtUnit = (unit) => (unit === 'ms' ? fmt.ms : unit === 's' ? fmt.s : fmt.kb);

function targetsMarkdown(targets) {
	const lines = ['| Target | Ours | Reference | Ratio | Limit | Result |', '| --- | ---: | ---: | ---: | ---: | --- |'];
	for (const t of targets) {
		if (t.scores || t.note) {
			const text = t.scores ? LH_CATEGORIES.map((c) => t.scores[c] ?? '—').join(' / ') : t.note;
			lines.push(`| ${t.name} | ${text} | | | 100 each | ${t.status} |`);
			continue;
		}
		const f = fmtUnit(t.unit);
		if (t.absolute) {
			lines.push(`| ${t.name} | ${f(t.ours)}${t.detail ? ` (${t.detail})` : ''} | | | ${f(t.limit)} | ${t.status} |`);
			continue;
		}
		lines.push(`| ${t.name} | ${f(t.ours)} | ${f(t.ref)} | ${fmtRatio(t.ratio)} | ${t.limit} | ${t.status} |`);
	}
	return lines.join('\n');
}

function islandsMarkdown(islands) {
	if (!islands?.pages?.length) return '_No island page was measured._';
	const lines = [
		`JS a reader's browser runs on our pages with islands (real corpus), from a cold cache at 1280×720: on load, then once every island has been scrolled into view and has hydrated (client:visible). "Island's own" = every JS file or inline script of the page that the plain article (${islands.baseline}) does not load too. The status widgets read ${islands.relay ? "the bench's /api/icloud-status relay (the project's handler, healthy Apple feed fixture)" : 'Apple’s feed directly (no relay was available)'}.`,
		'',
		'| Page | Islands (hydrated) | JS on load, raw / gzip | JS fetched once in view, raw / gzip | All JS, islands in view, raw / gzip | Island\'s own JS, gzip | Layout shift on load / once in view | Starlight, same page: JS on load, gzip |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	const shift = (v) => (v == null ? '—' : v.toFixed(3));
	for (const p of islands.pages) {
		lines.push(
			`| ${p.path} (${p.role}) | ${p.islands} (${p.hydrated}) | ${fmt.kb(p.jsOnLoad.raw)} / ${fmt.kb(p.jsOnLoad.gzip)} | ${fmt.kb(p.jsInView.raw)} / ${fmt.kb(p.jsInView.gzip)} | ${fmt.kb(p.jsTotal.raw)} / ${fmt.kb(p.jsTotal.gzip)} | ${fmt.kb(p.islandOwn.gzip)} | ${shift(p.layoutShiftOnLoad)} / ${shift(p.layoutShiftInView)} | ${p.reference ? fmt.kb(p.reference.jsOnLoad.gzip) : '—'} |`,
		);
	}
	if (islands.storage) {
		const st = islands.storage;
		lines.push('', `**Storage island (${st.path}), JS gzip, island chunk + runtime: ${fmt.kb(st.islandOwnGzip)}** (limit ${fmt.kb(st.limitGzip)}: ${st.hydrated ? (st.islandOwnGzip <= st.limitGzip ? 'PASS' : 'MISS') : 'N/A, not hydrated'}); with the rest of the page's JS: ${fmt.kb(st.pageTotalGzip)}.`);
		const page = islands.pages.find((p) => p.path === st.path);
		if (page) lines.push('', `Its files: ${page.islandOwn.files.map((f) => `\`${f}\``).join(', ')}.`);
	}
	return lines.join('\n');
}

function lighthouseMarkdown(lh) {
	if (!lh) return '_Lighthouse was not run._';
	if (lh.skipped) return `_Lighthouse skipped: ${lh.skipped}_`;
	const lines = [
		'| Site | Page | Performance | Accessibility | Best Practices | SEO | CLS | Weighted audits below 1 (their score), in categories below 100 |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const [site, label] of [['ours', 'Ours'], ['ref', 'Starlight']]) {
		for (const run of lh[site] ?? []) {
			const role = site === 'ref' && run.role === 'island article' ? 'the same article, without the island' : run.role;
			if (!run.ok) {
				lines.push(`| ${label} | ${run.path} (${role}) | — | — | — | — | — | failed: ${run.note?.replace(/\n/g, ' ') ?? ''} |`);
				continue;
			}
			const c = run.scores;
			const woke = run.islands ? `; islands that ran: ${run.islandsHydrated} of ${run.islands}` : '';
			const cls = run.metrics?.cls == null ? '—' : run.metrics.cls.toFixed(3);
			lines.push(
				`| ${label} | ${run.path} (${role}${woke}) | ${c.performance} | ${c.accessibility} | ${c['best-practices']} | ${c.seo} | ${cls} | ${run.failing.join(', ') || '—'} |`,
			);
		}
	}
	for (const note of lh.notes ?? []) lines.push('', `_${note}_`);
	return lines.join('\n');
}

function searchMarkdown(results) {
	const lines = [
		"The reader's path, cold (medians): bytes are every byte the server sent that exists only for search, by kind; the first run's files are in `results.json`.",
		'',
		'| Site, corpus | Start page → query | Runs | Bytes | Search-only files fetched with the article page | After the action: HTML / JS / CSS | After the action: Pagefind JS / WASM / index | Time to 1st result (runs) |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
	];
	for (const corpus of ['real', 'synthetic']) {
		for (const [site, label] of [['ours', 'Ours'], ['ref', 'Starlight']]) {
			const u = results.search[`${site}/${corpus}`]?.ui;
			if (!u?.ok) {
				lines.push(`| ${label}, ${corpus} | — | — | — | — | — | — | not measured: ${u?.note ?? '—'} |`);
				continue;
			}
			const k = u.wireByKind;
			lines.push(
				`| ${label}, ${corpus} | ${u.startPage} → “${u.query}” | ${u.runs} | ${fmt.kb(u.wire)} | ${fmt.kb(u.searchOnLoadWire)} | ${fmt.kb(k.html ?? 0)} / ${fmt.kb(k.js ?? 0)} / ${fmt.kb(k.css ?? 0)} | ${fmt.kb(k.pagefindJs ?? 0)} / ${fmt.kb(k.pagefindWasm ?? 0)} / ${fmt.kb(k.pagefindIndex ?? 0)} | ${fmt.ms(u.ms)} (${u.runsMs.join(', ')}) |`,
			);
		}
	}
	return lines.join('\n');
}

function printTable(rows, targets, results) {
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
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
	const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
	for (const r of body) console.log(line(r));
	const islands = results.islands;
	if (islands?.pages?.length) {
		console.log('\nIslands (ours, real corpus; JS gzip: on load → all, islands in view; island\'s own):');
		for (const p of islands.pages) {
			console.log(
				`  ${p.path.padEnd(22)} ${fmt.kb(p.jsOnLoad.gzip).padStart(8)} → ${fmt.kb(p.jsTotal.gzip).padStart(8)}; own ${fmt.kb(p.islandOwn.gzip)} (${p.hydrated}/${p.islands} hydrated); layout shift once in view ${p.layoutShiftInView ?? '—'}`,
			);
		}
		if (islands.storage) {
			const st = islands.storage;
			console.log(`  Storage island JS gzip (island chunk + runtime): ${fmt.kb(st.islandOwnGzip)} — ${st.hydrated ? (st.islandOwnGzip <= st.limitGzip ? 'PASS' : 'MISS') : 'N/A'} (limit ${fmt.kb(st.limitGzip)}; page total ${fmt.kb(st.pageTotalGzip)})`);
		}
	}
	console.log('\nTargets (ratio = ours / reference):');
	for (const t of targets) {
		const f = fmtUnit(t.unit);
		const detail = t.scores
			? LH_CATEGORIES.map((c) => `${c} ${t.scores[c]}`).join(', ')
			: t.note
				? t.note
				: t.absolute
					? `${f(t.ours)} (limit ${f(t.limit)}${t.detail ? `; ${t.detail}` : ''})`
					: `${f(t.ours)} vs ${f(t.ref)}: ratio ${fmtRatio(t.ratio)} (limit ${t.limit})`;
		console.log(`  ${t.status.padEnd(4)}  ${t.name}: ${detail}`);
	}
}

function updateReadme(markdown) {
	const file = join(BENCH, 'README.md');
	if (!existsSync(file)) return false;
	const text = readFileSync(file, 'utf8');
	const start = '<!-- results:start -->';
	const end = '<!-- results:end -->';
	const a = text.indexOf(start);
	const b = text.indexOf(end);
	if (a === -1 || b === -1 || b < a) return false;
	writeFileSync(file, `${text.slice(0, a + start.length)}\n${markdown}\n${text.slice(b)}`);
	return true;
}

// -------------------------------------------------------------------------------------------------- main

async function main() {
	const { gnuTime } = preflight();
	mkdirSync(WORK, { recursive: true });
	log(`bench: ${opts.runs} build(s) per site and corpus, ${opts.articles} synthetic articles, Lighthouse ${opts.lighthouse ? 'on' : 'off'}.`);
	ensureInstalled(REF, 'the reference Starlight site');
	if (opts.lighthouse) ensureInstalled(TOOLS, 'the bench tools (Lighthouse)');

	const results = {
		generatedAt: new Date().toISOString(),
		options: opts,
		environment: {
			node: process.versions.node,
			cpus: cpus().length,
			cpuModel: cpus()[0]?.model ?? null,
			memoryBytes: totalmem(),
			// Other work on the machine skews wall times; the 1-minute load average at the start says how busy it was.
			loadAvgAtStart: loadavg(),
			peakRssSource: gnuTime ? '/usr/bin/time -v (largest single process) and /proc sampling every 100 ms (whole process tree)' : '/proc sampling only',
			versions: {
				astroOurs: versionOf(join(ROOT, 'node_modules', 'astro')),
				astroReference: versionOf(join(REF, 'node_modules', 'astro')),
				starlight: versionOf(join(REF, 'node_modules', '@astrojs', 'starlight')),
				pagefindOurs: versionOf(join(ROOT, 'node_modules', 'pagefind')),
				pagefindReference: versionOf(join(REF, 'node_modules', 'pagefind')),
				lighthouse: opts.lighthouse ? versionOf(join(TOOLS, 'node_modules', 'lighthouse')) : null,
			},
		},
		corpora: {},
		builds: {},
		pages: {},
		search: {},
		islands: null,
		lighthouse: null,
		notes: [],
	};

	// Corpora.
	const corpora = {
		real: join(ROOT, 'content'),
		synthetic: join(WORK, 'corpus', 'synthetic'),
	};
	if (!opts.skipBuild) {
		// The real articles + generated ones up to --articles: the site's own pages link to some real articles (the
		// home page to /is-icloud-down/, a redirect to /turn-on-icloud-for-whatsapp/), and its build fails on a
		// broken link, so a corpus without them cannot be built. It also puts the islands in the big corpus.
		const real = readdirSync(corpora.real).filter((f) => f.endsWith('.mdx'));
		const orders = real.map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(corpora.real, f), 'utf8'))?.[1] ?? 0));
		const count = Math.max(1, opts.articles - real.length);
		log(`Generating ${count} synthetic articles (seed ${opts.seed}) beside the ${real.length} real ones…`);
		generateCorpus(corpora.synthetic, count, opts.seed, { firstOrder: Math.max(0, ...orders) + 1 });
		for (const f of real) {
			if (existsSync(join(corpora.synthetic, f))) fail(`A generated article has the name of a real one: ${f}.`);
			writeFileSync(join(corpora.synthetic, f), readFileSync(join(corpora.real, f)));
		}
	}
	for (const [corpus, dir] of Object.entries(corpora)) {
		const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
		results.corpora[corpus] = { articles: files.length, dir: relative(ROOT, dir), bytes: sum(files.map((f) => statSync(join(dir, f)).size)) };
		if (corpus === 'synthetic') results.corpora[corpus].realArticles = readdirSync(corpora.real).filter((f) => files.includes(f)).length;
	}
	if (results.corpora.real.articles === 0) fail('content/ has no *.mdx articles.');

	// Builds, sequential (no two builds share a cache or a CPU), ours and reference alternating.
	const refDocs = join(REF, 'src', 'content', 'docs');
	for (const corpus of ['real', 'synthetic']) {
		const runsBy = { ours: [], ref: [] };
		if (!opts.skipBuild) {
			const { unknown } = prepareReferenceDocs(corpora[corpus], refDocs);
			if (unknown.length) results.notes.push(`Reference (${corpus}): unwrapped unknown components ${unknown.join(', ')}.`);
			for (let i = 0; i < opts.runs; i++) {
				for (const site of i % 2 ? ['ref', 'ours'] : ['ours', 'ref']) {
					const quiet = await waitForQuiet(opts.quietWait * 1000);
					log(
						`Build ${i + 1}/${opts.runs}: ${site === 'ours' ? 'ours' : 'Starlight'} on the ${corpus} corpus (load ${quiet.load.toFixed(1)}${quiet.waitedMs >= 1000 ? ` after waiting ${Math.round(quiet.waitedMs / 1000)} s` : ''})…`,
					);
					try {
						const r = await timedBuild(site, corpus, corpora[corpus], i, gnuTime);
						r.loadAvg1AtStart = quiet.load;
						r.waitedForQuietMs = quiet.waitedMs;
						runsBy[site].push(r);
						log(`  ${(r.ms / 1000).toFixed(1)} s (CPU ${fmt.s(r.cpuMs)}), load ${r.loadAvg1.toFixed(1)}, peak RSS ${fmt.mb(r.maxRssBytes)} (tree ${fmt.mb(r.treePeakBytes)})`);
					} catch (error) {
						fail(error.message);
					}
				}
			}
		}
		for (const site of ['ours', 'ref']) {
			const outDir = join(WORK, 'dist', `${site}-${corpus}`);
			if (!existsSync(outDir)) fail(`No build at ${relative(ROOT, outDir)}; run without --skip-build first.`);
			const runs = runsBy[site];
			const previous = opts.skipBuild ? readPreviousBuild(site, corpus) : null;
			results.builds[`${site}/${corpus}`] = {
				runsMs: previous ? previous.runsMs : runs.map((r) => Math.round(r.ms)),
				medianMs: previous ? previous.medianMs : median(runs.map((r) => r.ms)),
				cpuMs: previous ? previous.cpuMs : runs.map((r) => (r.cpuMs == null ? null : Math.round(r.cpuMs))),
				medianCpuMs: previous ? previous.medianCpuMs : median(runs.map((r) => r.cpuMs)),
				loadAvg1AtStart: previous ? previous.loadAvg1AtStart : runs.map((r) => Math.round(r.loadAvg1AtStart * 100) / 100),
				loadAvg1AtEnd: previous ? previous.loadAvg1AtEnd : runs.map((r) => Math.round(r.loadAvg1 * 100) / 100),
				waitedForQuietMs: previous ? previous.waitedForQuietMs : runs.map((r) => r.waitedForQuietMs),
				maxRssBytes: previous ? previous.maxRssBytes : runs.map((r) => r.maxRssBytes),
				medianMaxRssBytes: previous ? previous.medianMaxRssBytes : median(runs.map((r) => r.maxRssBytes)),
				treePeakBytes: previous ? previous.treePeakBytes : runs.map((r) => r.treePeakBytes),
				medianTreePeakBytes: previous ? previous.medianTreePeakBytes : median(runs.map((r) => r.treePeakBytes)),
				dist: dirSize(outDir),
				pagefind: dirSize(join(outDir, 'pagefind')),
				articlePages: discoverArticles(outDir).length,
			};
		}
	}

	// Browser measurements.
	const { browser, executablePath, version } = await loadChromium();
	results.environment.chromium = { executablePath, version };
	const { relay, note: relayNote } = await loadStatusRelay();
	results.environment.statusRelay = relay ? { path: relay.path, fixture: relay.fixture } : { missing: relayNote };
	if (!relay) results.notes.push(`Our static server has no ${'/api/icloud-status'} relay (${relayNote}): the status widgets fall back to Apple's feed.`);
	const servers = {};
	try {
		for (const corpus of ['real', 'synthetic']) {
			for (const site of ['ours', 'ref']) servers[`${site}/${corpus}`] = await serve(join(WORK, 'dist', `${site}-${corpus}`), { relay: site === 'ours' ? relay : null });
		}

		const articlesOf = {};
		const measuredOf = {};
		for (const corpus of ['real', 'synthetic']) {
			for (const site of ['ours', 'ref']) {
				const key = `${site}/${corpus}`;
				const all = discoverArticles(join(WORK, 'dist', `${site}-${corpus}`));
				articlesOf[key] = all;
				if (all.length === 0) fail(`No article pages (index.html with data-pagefind-body) in the ${key} build.`);
				const sample = corpus === 'real' ? all : spread(all, opts.sample);
				log(`Loading ${sample.length} of ${all.length} ${site === 'ours' ? 'ours' : 'Starlight'} ${corpus} article pages in Chromium…`);
				const measured = [];
				for (const article of sample) {
					try {
						measured.push(await measurePage(browser, servers[key].origin, article.path));
					} catch (error) {
						results.notes.push(`Page ${article.path} (${key}) not measured: ${error.message.split('\n')[0]}`);
					}
				}
				if (measured.length === 0) fail(`No ${key} article page could be measured:\n${results.notes.slice(-3).join('\n')}`);
				measuredOf[key] = measured;
				results.pages[key] = { found: all.length, ...summarisePages(measured) };
				noteTroubles(results.notes, key, measured);
			}
		}

		// Islands (real corpus): the home page's compact status widget and every island article, islands awake.
		log('Islands: the home page and the island articles, scrolled into view…');
		results.islands = await measureIslands(browser, servers, articlesOf, measuredOf, results.notes);

		for (const corpus of ['real', 'synthetic']) {
			log(`Search (${corpus}): Pagefind API ${opts.searchRuns}× cold + warm per site, then the reader's path ${opts.uiRuns}× per site…`);
			const api = { ours: [], ref: [] };
			for (let i = 0; i < opts.searchRuns; i++) {
				for (const site of i % 2 ? ['ref', 'ours'] : ['ours', 'ref']) {
					try {
						api[site].push(await measureSearchApi(browser, servers[`${site}/${corpus}`], QUERIES[corpus]));
					} catch (error) {
						results.notes.push(`Search API run ${i + 1} (${site}/${corpus}) failed: ${error.message.split('\n')[0]}`);
					}
				}
			}
			// The reader's path, from the same article page on both sites (the plain article on the real corpus).
			const refPaths = new Set(articlesOf[`ref/${corpus}`].map((x) => x.path));
			const common = articlesOf[`ours/${corpus}`].filter((x) => refPaths.has(x.path) && !x.islands);
			const startPage = (common.find((x) => x.path === PLAIN_ARTICLE) ?? common[0] ?? articlesOf[`ours/${corpus}`][0]).path;
			const ui = { ours: [], ref: [] };
			const hasSearchPage = existsSync(join(WORK, 'dist', `ours-${corpus}`, 'search', 'index.html'));
			for (let i = 0; i < opts.uiRuns; i++) {
				for (const site of i % 2 ? ['ref', 'ours'] : ['ours', 'ref']) {
					if (site === 'ours' && !hasSearchPage) continue;
					const key = `${site}/${corpus}`;
					try {
						ui[site].push(await measureSearchUi(browser, servers[key], site, startPage, QUERIES[corpus].cold, articlesOf[key].map((x) => x.path)));
					} catch (error) {
						ui[site].push({ ok: false, note: error.message.split('\n')[0] });
					}
				}
			}
			for (const site of ['ours', 'ref']) {
				const key = `${site}/${corpus}`;
				const runs = api[site];
				if (runs.length === 0) fail(`Pagefind could not be queried on the ${key} build:\n${results.notes.slice(-3).join('\n')}`);
				const pickRun = (phase) => ({
					ms: median(runs.map((r) => r[phase].ms)),
					wire: median(runs.map((r) => r[phase].wire)),
					pageSeenWire: median(runs.map((r) => r[phase].pageSeenWire)),
					raw: median(runs.map((r) => r[phase].raw)),
					requests: median(runs.map((r) => r[phase].requests)),
					results: runs[0][phase].results,
					firstResult: runs[0][phase].first,
					query: QUERIES[corpus][phase],
					files: runs[0][phase].files,
					runsMs: runs.map((r) => Math.round(r[phase].ms)),
					runsWire: runs.map((r) => r[phase].wire),
				});
				const cold = pickRun('cold');
				const warm = pickRun('warm');
				if (!cold.results) results.notes.push(`Search (${key}): the cold query "${cold.query}" found nothing.`);
				if (!warm.results) results.notes.push(`Search (${key}): the warm query "${warm.query}" found nothing.`);

				const good = ui[site].filter((r) => r.ok);
				const failed = ui[site].filter((r) => !r.ok);
				let reader;
				if (site === 'ours' && !hasSearchPage) reader = { ok: false, note: 'no /search/ page in this build' };
				else if (good.length === 0) reader = { ok: false, note: failed[0]?.note ?? 'not measured' };
				else {
					reader = {
						ok: true,
						startPage,
						query: QUERIES[corpus].cold,
						runs: good.length,
						failedRuns: failed.length,
						ms: median(good.map((r) => r.ms)),
						msToDom: median(good.map((r) => r.msToDom)),
						wire: median(good.map((r) => r.wire)),
						searchOnLoadWire: median(good.map((r) => r.searchOnLoadWire)),
						afterActionWire: median(good.map((r) => r.afterActionWire)),
						pagefindWire: median(good.map((r) => r.pagefindWire)),
						requests: median(good.map((r) => r.requests)),
						wireByKind: good[0].wireByKind,
						files: good[0].files,
						firstResult: good[0].firstResult,
						resultsPage: good[0].resultsPage,
						runsMs: good.map((r) => Math.round(r.ms)),
						runsWire: good.map((r) => r.wire),
					};
					if (failed.length) results.notes.push(`Search, reader's path (${key}): ${failed.length} of ${ui[site].length} runs failed (${failed[0].note}).`);
				}
				if (!reader.ok) results.notes.push(`Search, reader's path (${key}) not measured: ${reader.note}.`);
				results.search[key] = { api: { cold, warm }, ui: reader };
			}
		}

		// Lighthouse on the real corpus: home, one plain article, every island article.
		if (opts.lighthouse) {
			const lh = { ours: [], ref: [], notes: [] };
			const oursArticles = articlesOf['ours/real'];
			const refPaths = new Set(articlesOf['ref/real'].map((a) => a.path));
			const plain = oursArticles.find((a) => a.path === PLAIN_ARTICLE && !a.islands) ?? oursArticles.find((a) => !a.islands);
			const pages = [{ path: '/', role: 'home' }];
			if (plain) pages.push({ path: plain.path, role: 'plain article' });
			else lh.notes.push('No article without islands was found for the "plain article" run.');
			const islandPaths = new Set(oursArticles.filter((a) => a.islands).map((a) => a.path));
			for (const wanted of ISLAND_ARTICLES) {
				if (oursArticles.some((a) => a.path === wanted)) islandPaths.add(wanted);
				else lh.notes.push(`${wanted} is not in this build yet: skipped.`);
			}
			for (const path of [...islandPaths].sort()) {
				pages.push({ path, role: 'island article' });
				// Lighthouse does not scroll: on its mobile screen a client:visible island below the fold never wakes
				// up. A second run opens the page at the anchor just above the island, so the island hydrates (and
				// the status widget asks the relay) during the run, and all four categories see it awake.
				const anchor = anchorAboveIsland(join(WORK, 'dist', 'ours-real', path, 'index.html'));
				if (anchor) pages.push({ path, hash: `#${anchor}`, role: 'island article, opened at the island', oursOnly: true });
				else lh.notes.push(`${path}: no anchor above its island; it is scored only as it loads.`);
			}
			mkdirSync(join(WORK, 'lighthouse'), { recursive: true });
			for (const { path, hash = '', role, oursOnly } of pages) {
				for (const site of ['ours', 'ref']) {
					if (site === 'ref' && (oursOnly || (path !== '/' && !refPaths.has(path)))) continue;
					log(`Lighthouse: ${site === 'ours' ? 'ours' : 'Starlight'} ${path}${hash}…`);
					const out = join(WORK, 'lighthouse', `${site}${`${path}${hash}`.replace(/[/#]/g, '_') || '_'}.json`);
					rmSync(out, { force: true });
					let r;
					try {
						r = await runLighthouse(servers[`${site}/real`].origin + path + hash, out, executablePath);
					} catch (error) {
						r = { ok: false, note: error.message.split('\n')[0] };
					}
					if (r.ok && site === 'ours') {
						// Which islands ran during the run: their component files were fetched.
						const html = readFileSync(join(WORK, 'dist', 'ours-real', path, 'index.html'), 'utf8');
						const components = [...html.matchAll(/<astro-island\b[^>]*\bcomponent-url="([^"]+)"/g)].map((m) => m[1]);
						r.islands = components.length;
						r.islandsHydrated = components.filter((c) => r.requested.includes(c)).length;
					}
					lh[site].push({ path: path + hash, role, ...r });
				}
			}
			results.lighthouse = lh;
		} else {
			results.lighthouse = { skipped: 'run without --no-lighthouse to score the pages' };
		}
	} finally {
		await browser.close();
		for (const server of Object.values(servers)) await server.close();
	}

	// Report.
	const rows = buildRows(results);
	const targets = evaluateTargets(results);
	results.table = rows.map((r) => ({
		figure: r.label,
		unit: r.unit,
		real: { ours: r.real.ours, reference: r.real.ref, ratio: r.real.ratio === Infinity ? 'Infinity' : r.real.ratio },
		synthetic: { ours: r.synthetic.ours, reference: r.synthetic.ref, ratio: r.synthetic.ratio === Infinity ? 'Infinity' : r.synthetic.ratio },
	}));
	results.targets = targets.map((t) => ({ ...t, ratio: t.ratio === Infinity ? 'Infinity' : t.ratio }));
	results.totalSeconds = Math.round((performance.now() - started) / 1000);
	writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	printTable(rows, targets, results);
	for (const note of [...results.notes, ...(results.lighthouse?.notes ?? [])]) console.log(`  note: ${note}`);

	const markdown = [
		`Latest run: ${results.generatedAt.slice(0, 10)}, ${results.totalSeconds} s in all; ${results.corpora.real.articles} real article(s), ` +
			`${results.corpora.synthetic.articles} synthetic (${results.corpora.synthetic.articles - (results.corpora.synthetic.realArticles ?? 0)} generated + the ${results.corpora.synthetic.realArticles ?? 0} real); ${opts.runs} build(s) each (median); Node ${results.environment.node}, ` +
			`Astro ${results.environment.versions.astroOurs} (ours) / ${results.environment.versions.astroReference} (reference), ` +
			`Starlight ${results.environment.versions.starlight}, Pagefind ${results.environment.versions.pagefindOurs}, Chromium ${version}, ` +
			`${results.environment.cpus} cores; machine load (1-min average) ${loadText(results)}.`,
		'',
		tableMarkdown(rows),
		'',
		'### Targets',
		'',
		targetsMarkdown(targets),
		'',
		'### Islands',
		'',
		islandsMarkdown(results.islands),
		'',
		'### First search, step by step',
		'',
		searchMarkdown(results),
		'',
		'### Lighthouse (real corpus, default mobile profile)',
		'',
		lighthouseMarkdown(results.lighthouse),
		...(results.notes.length ? ['', '### Notes from this run', '', ...results.notes.map((n) => `- ${n}`)] : []),
	].join('\n');
	if (opts.readme && updateReadme(markdown)) log('Updated the results section of bench/README.md.');
	log(`Wrote bench/results.json (${results.totalSeconds} s in all).`);
}

function loadText(results) {
	const loads = Object.values(results.builds).flatMap((b) => [...(b.loadAvg1AtStart ?? []), ...(b.loadAvg1AtEnd ?? [])]);
	const start = results.environment.loadAvgAtStart[0].toFixed(1);
	return loads.length ? `${start} at the start, ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} before and after the builds` : `${start} at the start`;
}

function readPreviousBuild(site, corpus) {
	try {
		const previous = JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8'));
		return previous.builds?.[`${site}/${corpus}`] ?? null;
	} catch {
		return null;
	}
}

main().catch((error) => {
	console.error(`\nbench: could not finish: ${error?.stack ?? error}`);
	process.exit(1);
});
