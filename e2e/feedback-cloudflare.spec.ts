/**
 * The Cloudflare Pages deployment, run here in the real Workers runtime: `wrangler pages dev` serves
 * the built site and functions/ with a local D1 database migrated from migrations/, offline. Feedback
 * and unanswered searches (docs/unanswered-searches.md) share the database and the runtime.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { feedbackReport } from '../src/api/feedback-report.ts';
import { openFeedbackDatabaseReadOnly } from '../src/api/feedback-sqlite.ts';
import { unansweredReport } from '../src/api/unanswered-report.ts';
import { expect, test } from './fixtures.ts';
import { DIST, openSearchPage } from './site.ts';

const WRANGLER = resolve('node_modules/.bin/wrangler');
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

// One runtime for the file; the machine may be busy, so each test gets more time than the default.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let dir = '';
let pagesDev: ChildProcess | undefined;
/** The Workers runtime's address, once it listens. */
let site = '';

// Pages open on the Workers runtime, so the fixture counts requests to it as the site's own.
test.use({ baseURL: async ({}, use) => use(site) });

/** A port nothing listens on now; another process may still take it before wrangler does. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	await new Promise((done) => server.close(done));
	if (address === null || typeof address === 'string') throw new Error('No free port');
	return address.port;
}

/**
 * Rows of the local D1 database. Miniflare keeps it as a plain SQLite file, which is read directly:
 * `wrangler d1 execute` would start a second runtime for every query. Reading it with the Node
 * store's own functions also shows the two stores share one schema.
 */
function d1File(): string {
	const folder = join(dir, 'state', 'v3', 'd1', 'miniflare-D1DatabaseObject');
	const file = readdirSync(folder).find(
		(name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite',
	);
	if (!file) throw new Error(`No local D1 database in ${folder}`);
	return join(folder, file);
}

function d1(sql: string): Record<string, unknown>[] {
	const db = openFeedbackDatabaseReadOnly(d1File());
	try {
		return db
			.prepare(sql)
			.all()
			.map((row) => ({ ...row }));
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	test.setTimeout(300_000);
	// A Pages project folder: the repository's functions/ and migrations/, the build, and a config with a local D1.
	dir = mkdtempSync(join(tmpdir(), 'feedback-pages-'));
	for (const name of ['functions', 'migrations']) symlinkSync(resolve(name), join(dir, name));
	symlinkSync(resolve(DIST), join(dir, 'dist'));
	writeFileSync(
		join(dir, 'wrangler.toml'),
		[
			'name = "feedback-e2e"',
			'compatibility_date = "2026-04-01"',
			'pages_build_output_dir = "dist"',
			'[[d1_databases]]',
			'binding = "FEEDBACK_DB"',
			'database_name = "feedback"',
			'database_id = "00000000-0000-0000-0000-000000000000"',
			'',
		].join('\n'),
	);
	const migrate = spawnSync(
		WRANGLER,
		['d1', 'migrations', 'apply', 'feedback', '--local', '--persist-to', 'state'],
		{ cwd: dir, env: ENV, encoding: 'utf8' },
	);
	expect(migrate.status, migrate.stderr + migrate.stdout).toBe(0);

	// The site's origin must be known before the start (SITE_ORIGIN names it), so the port is chosen
	// here; if another process takes it first, wrangler stops and the next attempt takes another.
	let printed = '';
	for (let attempt = 1; !pagesDev; attempt++) {
		// The inspector needs a port too: it would otherwise take 9229, which another run may hold.
		const [port, inspectorPort] = [await freePort(), await freePort()];
		site = `http://127.0.0.1:${port}`;
		const child = spawn(
			WRANGLER,
			[
				'pages',
				'dev',
				'--ip',
				'127.0.0.1',
				'--port',
				String(port),
				'--inspector-port',
				String(inspectorPort),
				'--persist-to',
				'state',
				'--binding',
				'FEEDBACK_SECRET=cloudflare e2e secret',
				'--binding',
				`SITE_ORIGIN=${site}`,
			],
			{ cwd: dir, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
		);
		child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
		if (await servesTheSite(child)) pagesDev = child;
		else if (attempt === 3) throw new Error(`wrangler pages dev did not start:\n${printed}`);
	}
});

/** Whether the runtime answers the site's availability file before it exits or 90 s pass. */
async function servesTheSite(child: ChildProcess): Promise<boolean> {
	let exited = false;
	child.once('exit', () => (exited = true));
	const deadline = Date.now() + 90_000;
	while (!exited && Date.now() < deadline) {
		const ok = await fetch(`${site}/api/feedback-availability.json`).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) return true;
		await new Promise((resume) => setTimeout(resume, 250));
	}
	if (!exited && child.pid) process.kill(-child.pid, 'SIGTERM');
	return false;
}

test.afterAll(() => {
	// wrangler runs workerd as a child: end the whole group this test started.
	if (pagesDev?.pid) process.kill(-pagesDev.pid, 'SIGTERM');
	rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
	fetch(`${site}/api/feedback`, {
		method: 'POST',
		headers: { origin: site, 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});

test('a reader answers on the site served by the Workers runtime, and the vote is in D1', async ({
	page,
}) => {
	await page.goto('/make-enough-room/');
	const group = page.getByRole('group', { name: 'Did this fix it?' });
	await group.getByRole('button', { name: 'Yes' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Thank you! Glad it worked.' }),
	).toBeVisible();
	await page.getByRole('group', { name: 'Which step did it?' }).getByRole('button').first().click();
	await expect(page.getByRole('status').filter({ hasText: 'We noted that' })).toBeVisible();
	expect(
		d1(
			"SELECT article, fixed, step, lang, length(reader) AS readerLength FROM votes WHERE article = 'make-enough-room'",
		),
	).toEqual([
		{
			article: 'make-enough-room',
			fixed: 1,
			step: 'find-backup-size',
			lang: 'en',
			readerLength: 32,
		},
	]);
	// The authors' report reads a D1 database as it reads the Node one: the schema is the same.
	expect(feedbackReport(d1File())).toEqual([
		expect.objectContaining({
			article: 'make-enough-room',
			fixed: 1,
			notFixed: 0,
			steps: [{ step: 'find-backup-size', count: 1 }],
		}),
	]);
});

test('a vote keeps the page’s language in D1, as the site names it', async () => {
	const reply = await post(
		{ article: 'leave-videos-out', fixed: false, lang: 'pt-BR' },
		{ 'cf-connecting-ip': '192.0.2.40' },
	);
	expect(await reply.json()).toMatchObject({ stored: true, lang: 'pt-br' });
	expect(d1("SELECT fixed, lang FROM votes WHERE article = 'leave-videos-out'")).toEqual([
		{ fixed: 0, lang: 'pt-br' },
	]);
});

test('one vote per reader (CF-Connecting-IP) and day, the latest standing; distinct readers count apart', async () => {
	for (const fixed of [true, false, false])
		expect(
			(await post({ article: 'restart-iphone', fixed }, { 'cf-connecting-ip': '192.0.2.10' }))
				.status,
		).toBe(200);
	expect(
		(await post({ article: 'restart-iphone', fixed: true }, { 'cf-connecting-ip': '192.0.2.11' }))
			.status,
	).toBe(200);
	expect(
		d1(
			"SELECT fixed, COUNT(*) AS votes FROM votes WHERE article = 'restart-iphone' GROUP BY fixed ORDER BY fixed",
		),
	).toEqual([
		{ fixed: 0, votes: 1 },
		{ fixed: 1, votes: 1 },
	]);
	const stored = JSON.stringify(d1('SELECT * FROM votes'));
	expect(stored).not.toContain('192.0.2');
});

test('every refusal is a 4xx JSON with a message, and stores nothing', async () => {
	const before = d1('SELECT COUNT(*) AS n FROM votes');
	const from = { 'cf-connecting-ip': '192.0.2.20' };
	const refusals = [
		[await post({ article: 'no-such-fix', fixed: true }, from), 422],
		[await post({ article: 'restart-iphone', fixed: true, step: 'no-such-step' }, from), 422],
		[await post({ article: 'restart-iphone', fixed: 'yes' }, from), 422],
		[await post('{"article":', from), 400],
		[await post('{}', { ...from, 'content-type': 'text/plain' }), 415],
		[await post({ article: 'restart-iphone', fixed: true, step: 'x'.repeat(3000) }, from), 413],
		[
			await fetch(`${site}/api/feedback`, {
				method: 'PUT',
				headers: { origin: site, ...from },
				body: '{}',
			}),
			405,
		],
		[
			await post(
				{ article: 'restart-iphone', fixed: true },
				{ ...from, origin: 'https://evil.example' },
			),
			403,
		],
	] as const;
	for (const [response, status] of refusals) {
		expect(response.status).toBe(status);
		expect(((await response.json()) as { message: string }).message.length).toBeGreaterThan(10);
	}
	expect(d1('SELECT COUNT(*) AS n FROM votes')).toEqual(before);
	const preflight = await fetch(`${site}/api/feedback`, {
		method: 'OPTIONS',
		headers: { origin: site },
	});
	expect(preflight.status).toBe(204);
	expect(preflight.headers.get('access-control-allow-origin')).toBe(site);
});

test('256 addresses of one IPv6 /56 (one home line) count as one reader, under one rate limit', async () => {
	const statuses: number[] = [];
	for (let network = 0; network < 256; network++) {
		const address = `2001:db8:56:${network.toString(16)}::${(network + 1).toString(16)}`;
		const vote = { article: 'back-up-now', fixed: network % 2 === 0 };
		statuses.push((await post(vote, { 'cf-connecting-ip': address })).status);
	}
	expect(statuses).toEqual([...Array<number>(30).fill(200), ...Array<number>(226).fill(429)]);
	expect(d1("SELECT COUNT(*) AS votes FROM votes WHERE article = 'back-up-now'")).toEqual([
		{ votes: 1 },
	]);
});

test('a flood from one reader gets 429', async () => {
	const statuses: number[] = [];
	for (let i = 0; i < 32; i++)
		statuses.push(
			(await post({ article: 'no-such-fix', fixed: true }, { 'cf-connecting-ip': '192.0.2.30' }))
				.status,
		);
	expect(statuses).toContain(429);
	expect(statuses.at(-1)).toBe(429);
});

const search = (body: unknown, headers: Record<string, string> = {}) =>
	fetch(`${site}/api/unanswered`, {
		method: 'POST',
		headers: { origin: site, 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});

/**
 * `npm run search:report` over a copy of the local D1 database, as docs/unanswered-searches.md has
 * authors do with an export: the report deletes expired rows, and the runtime's file is its own.
 */
function reportFromD1(): unknown {
	const copy = join(dir, 'report.sqlite');
	for (const suffix of ['', '-wal', '-shm'])
		if (existsSync(d1File() + suffix)) copyFileSync(d1File() + suffix, copy + suffix);
	return unansweredReport(copy);
}

test('a reader leaves a search that found nothing, and the Workers runtime counts it in D1', async ({
	page,
}) => {
	const availability = page.waitForResponse('**/api/unanswered-availability.json');
	await openSearchPage(page, 'zqxv wrpl');
	expect(await (await availability).json()).toEqual({ available: true });
	await expect(
		page.getByRole('heading', { name: 'Nothing matched. Try one of these' }),
	).toBeVisible();
	await page.goto('/privacy/');
	await expect
		.poll(() =>
			d1(
				"SELECT lang, query, length(reader) AS readerLength FROM unanswered WHERE query = 'zqxv wrpl'",
			),
		)
		.toEqual([{ lang: 'en', query: 'zqxv wrpl', readerLength: 32 }]);
});

test('unanswered searches: scrubbed, once per reader (CF-Connecting-IP) and day, in the report from 3 readers', async () => {
	const query = { query: 'Restore chats +44 20 7946 0958 jane@example.com', lang: 'pt-BR' };
	for (const from of ['192.0.2.60', '192.0.2.60', '192.0.2.61']) {
		const reply = await search(query, { 'cf-connecting-ip': from });
		expect(await reply.json()).toEqual({ counted: true, query: 'restore chats', lang: 'pt-br' });
	}
	expect(reportFromD1()).toEqual([]);
	await search(query, { 'cf-connecting-ip': '192.0.2.62' });
	expect(reportFromD1()).toEqual([{ query: 'restore chats', lang: 'pt-br', readers: 3 }]);
	const stored = JSON.stringify(d1('SELECT * FROM unanswered'));
	expect(stored).not.toMatch(/192\.0\.2|7946|jane/);
	// Rows past the retention go at every write, by the migration's trigger, in D1 as in SQLite.
	expect(d1("SELECT name FROM sqlite_master WHERE type = 'trigger'")).toEqual([
		{ name: 'unanswered_expire' },
	]);
});
