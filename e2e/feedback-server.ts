import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FEEDBACK_AVAILABILITY_PATH, FEEDBACK_PATH } from '../src/lib/feedback/shared.ts';
import type { ArticleVotes } from '../src/lib/feedback/summary.ts';
import { openFeedbackDatabaseReadOnly, readCounts } from '../src/api/feedback-sqlite.ts';
import { spawnApiServer } from '../tests/support/api-server.ts';
import { DIST } from './site.ts';

/** The real `npm run api` server in its own process, on a free port, with its own SQLite file. */
export interface ApiServer {
	base: string;
	db: string;
	counts: () => ArticleVotes[];
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
