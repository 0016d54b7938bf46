/**
 * The API app with unanswered searches over a real SQLite file and nothing else, for the tests in
 * src/api/. As in feedback-app.ts, the reader's address comes in as a binding, so a test can search
 * from any address; each test starts with an empty database on 2026-12-01.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import { createApiApp } from '../../src/api/app.ts';
import { openFeedbackDatabase } from '../../src/api/feedback-sqlite.ts';
import { createUnanswered } from '../../src/api/unanswered.ts';
import { createSqliteUnansweredStore } from '../../src/api/unanswered-sqlite.ts';
import type { RateLimit } from '../../src/api/feedback-reader.ts';

export const SITE = 'https://whatsapp-backup.help';
export const SECRET = 'a test secret of enough length';
const DAY_ONE = Date.parse('2026-12-01T10:00:00Z');

interface Sent {
	body?: BodyInit;
	method?: string;
	headers?: Record<string, string>;
	address?: string;
}

/** Register the hooks of one test file; the returned object reaches the current test's app. */
export function unansweredApp() {
	let dir = '';
	let db: DatabaseSync | undefined;
	let now = DAY_ONE;
	let fetchApp: (request: Request, address: string) => Promise<Response> = () =>
		Promise.reject(new Error('No app outside a test'));

	const database = (): DatabaseSync => {
		if (!db) throw new Error('No database outside a test');
		return db;
	};

	/** Serve an app with this rate limit, or with nothing bound at all. */
	const use = (settings: { rateLimit?: RateLimit } | 'unbound' = {}) => {
		const bound =
			settings === 'unbound'
				? undefined
				: createUnanswered({
						store: createSqliteUnansweredStore(database()),
						secret: SECRET,
						now: () => now,
						...settings,
					});
		const app = createApiApp<{ address: string }>({
			allowedOrigins: () => [SITE],
			unanswered: { unanswered: () => bound, clientAddress: (c) => c.env.address },
		});
		fetchApp = async (request, address) => app.fetch(request, { address });
	};

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'unanswered-app-'));
		db = openFeedbackDatabase(join(dir, 'feedback.sqlite'));
		now = DAY_ONE;
		use();
	});

	afterEach(() => {
		db?.close();
		db = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	/** Any request to the path, from the site's origin, as JSON, unless told otherwise. */
	const send = async ({ body, method = 'POST', headers = {}, address = '203.0.113.7' }: Sent) => {
		const request = new Request(`${SITE}/api/unanswered`, {
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
		/** A search: the body as JSON (a string is sent as it is). */
		search: (body: unknown, sent: Omit<Sent, 'body'> = {}) =>
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
				.prepare(
					'SELECT day, lang, query, reader FROM unanswered ORDER BY day, lang, query, reader',
				)
				.all(),
	};
}
