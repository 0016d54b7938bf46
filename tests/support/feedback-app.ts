/**
 * The API app with feedback over a real SQLite file and nothing else, for the feedback tests in
 * src/api/. The reader's address comes in as a binding, as CF-Connecting-IP does on Cloudflare, so a
 * test can vote from any address, IPv6 included. Each test starts with an empty database on
 * 2026-12-01.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import { createApiApp } from '../../src/api/app.ts';
import { createFeedback, type FeedbackOptions } from '../../src/api/feedback.ts';
import { createSqliteStore, openFeedbackDatabase } from '../../src/api/feedback-sqlite.ts';
import { parseCatalog } from '../../src/api/feedback-store.ts';

export const SITE = 'https://whatsapp-backup.help';
export const SECRET = 'a test secret of enough length';
const DAY_ONE = Date.parse('2026-12-01T10:00:00Z');
const CATALOG = parseCatalog({
	schema: 1,
	articles: [
		{ article: 'restart-iphone', steps: ['restart-face-id', 'force-restart'] },
		{ article: 'back-up-now', steps: ['start-backup'] },
	],
});

interface Sent {
	body?: BodyInit;
	method?: string;
	headers?: Record<string, string>;
	address?: string;
}

type Fetch = (request: Request, address: string) => Promise<Response>;

/** Register the hooks of one test file; the returned object reaches the current test's app. */
export function feedbackApp() {
	let dir = '';
	let db: DatabaseSync | undefined;
	let now = DAY_ONE;
	let fetchApp: Fetch = () => Promise.reject(new Error('No app outside a test'));

	const database = (): DatabaseSync => {
		if (!db) throw new Error('No database outside a test');
		return db;
	};

	/** Serve an app with these feedback settings, or with no feedback bound at all. */
	const use = (overrides: Partial<FeedbackOptions> | 'unbound' = {}) => {
		const bound =
			overrides === 'unbound'
				? undefined
				: createFeedback({
						store: createSqliteStore(database()),
						catalog: () => Promise.resolve(CATALOG),
						secret: SECRET,
						now: () => now,
						...overrides,
					});
		const app = createApiApp<{ address: string }>({
			allowedOrigins: () => [SITE],
			feedback: { feedback: () => bound, clientAddress: (c) => c.env.address },
		});
		fetchApp = async (request, address) => app.fetch(request, { address });
	};

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'feedback-app-'));
		db = openFeedbackDatabase(join(dir, 'feedback.sqlite'));
		now = DAY_ONE;
		use();
	});

	afterEach(() => {
		db?.close();
		db = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	/** Any request to the vote path, from the site's origin, as JSON, unless told otherwise. */
	const send = async ({ body, method = 'POST', headers = {}, address = '203.0.113.7' }: Sent) => {
		const request = new Request(`${SITE}/api/feedback`, {
			method,
			headers: { origin: SITE, 'content-type': 'application/json', ...headers },
			...(body === undefined ? {} : { body }),
		});
		const response = await fetchApp(request, address);
		return {
			status: response.status,
			headers: response.headers,
			body: (await response.text()) || undefined,
		};
	};

	return {
		use,
		send,
		/** A vote: the body as JSON (a string is sent as it is). */
		vote: (body: unknown, sent: Omit<Sent, 'body'> = {}) =>
			send({ ...sent, body: typeof body === 'string' ? body : JSON.stringify(body) }),
		fetch: (request: Request, address: string) => fetchApp(request, address),
		advance: (ms: number) => {
			now += ms;
		},
		get db() {
			return database();
		},
		rows: () =>
			database()
				.prepare('SELECT day, reader, article, fixed, step, lang FROM votes ORDER BY article, day')
				.all(),
	};
}
