import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FEEDBACK_AVAILABILITY_PATH, FEEDBACK_PATH } from '../src/lib/feedback/shared.ts';
import type { ArticleSummary, ArticleVotes } from '../src/lib/feedback/summary.ts';
import { openFeedbackDatabaseReadOnly, readCounts } from '../src/api/feedback-sqlite.ts';
import { UNANSWERED_PATH } from '../src/lib/search/unanswered.ts';
import { spawnApiServer } from '../tests/support/api-server.ts';
import { DIST } from './site.ts';

/** The real `npm run api` server in its own process, on a free port, with its own SQLite file. */
export interface ApiServer {
	base: string;
	db: string;
	counts: () => ArticleVotes[];
	/** What `npm run feedback:report -- --json` prints for this server's database. */
	report: () => ArticleSummary[];
	stop: () => void;
}

/** Start the API server, allowing votes from `siteOrigin` and checking them against the built catalog. */
export async function startApiServer(siteOrigin: string): Promise<ApiServer> {
	const dir = mkdtempSync(join(tmpdir(), 'feedback-e2e-'));
	const db = join(dir, 'feedback.sqlite');
	const { port, child } = await spawnApiServer({
		SITE_ORIGIN: siteOrigin,
		FEEDBACK_DB: db,
		FEEDBACK_SECRET: 'end-to-end test secret',
		FEEDBACK_CATALOG: join(DIST, 'api', 'feedback-catalog.json'),
	});
	return {
		base: `http://127.0.0.1:${port}`,
		db,
		counts: () => {
			const reader = openFeedbackDatabaseReadOnly(db);
			try {
				return readCounts(reader);
			} finally {
				reader.close();
			}
		},
		report: () => {
			const run = spawnSync(process.execPath, ['src/api/feedback-report.ts', '--json'], {
				env: { PATH: process.env['PATH'], FEEDBACK_DB: db },
				encoding: 'utf8',
			});
			if (run.status !== 0) throw new Error(`feedback:report failed: ${run.stderr}`);
			return JSON.parse(run.stdout) as ArticleSummary[];
		},
		stop: () => {
			child.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * Send the page's feedback requests to the real API server, as a host that runs it on the site's
 * origin would (the preview server under test serves only the static build).
 */
export async function routeFeedbackTo(page: Page, server: ApiServer) {
	for (const path of [FEEDBACK_AVAILABILITY_PATH, FEEDBACK_PATH]) {
		await page.route(`**${path}`, async (route) => {
			const response = await route.fetch({ url: `${server.base}${path}` });
			await route.fulfill({ response });
		});
	}
}

/** The built site and the real API server behind one origin, as a host that runs both serves them. */
export interface OneOrigin {
	origin: string;
	api: ApiServer;
	/** The server's answers to the unanswered searches sent so far, in order. */
	answers: unknown[];
	/** From now on the API server sees requests as coming from `address` (one reader's network). */
	readerIs: (address: string) => void;
	stop: () => Promise<void>;
}

/**
 * A proxy on a free local port in front of the static preview at `site`, sending `/api/` to the real
 * API server from a chosen loopback address. Why not Playwright's routing, as for feedback: a search
 * is sent as the reader leaves the page, and Chromium sends a request made during `pagehide` without
 * letting Playwright see or route it. Over a real origin it arrives as it would on a host; and the
 * server counts readers by the socket's address, which `route.fetch` always makes 127.0.0.1.
 */
export async function startOneOrigin(site: string): Promise<OneOrigin> {
	let reader = '127.0.0.1';
	let apiBase = '';
	const answers: unknown[] = [];
	const proxy = createServer((incoming, outgoing) => {
		const path = incoming.url ?? '/';
		const toApi = path.startsWith('/api/') && apiBase !== '';
		const target = new URL(path, toApi ? apiBase : site);
		const forwarded = httpRequest(
			target,
			{
				method: incoming.method,
				headers: { ...incoming.headers, host: target.host },
				agent: false,
				...(toApi ? { localAddress: reader } : {}),
			},
			(response) => {
				outgoing.writeHead(response.statusCode ?? 502, response.headers);
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => {
					chunks.push(chunk);
					outgoing.write(chunk);
				});
				response.on('end', () => {
					if (target.pathname === UNANSWERED_PATH && incoming.method === 'POST')
						answers.push(JSON.parse(Buffer.concat(chunks).toString()));
					outgoing.end();
				});
			},
		);
		forwarded.on('error', () => outgoing.destroy());
		incoming.pipe(forwarded);
	});
	await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
	const address = proxy.address();
	if (address === null || typeof address === 'string') throw new Error('The proxy has no port');
	const origin = `http://127.0.0.1:${address.port}`;
	const api = await startApiServer(origin);
	apiBase = api.base;
	return {
		origin,
		api,
		answers,
		readerIs: (from) => {
			reader = from;
		},
		stop: async () => {
			api.stop();
			proxy.closeAllConnections();
			await new Promise((closed) => proxy.close(closed));
		},
	};
}
