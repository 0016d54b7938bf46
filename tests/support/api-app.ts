/**
 * The API app over a real SQLite file and nothing else, for the endpoint tests in src/api/: what the
 * feedback and unanswered-search helpers share. The reader's address comes in as a binding, as
 * CF-Connecting-IP does on Cloudflare, so a test can post from any address, IPv6 included. Each test
 * starts with an empty database on 2026-12-01.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import type { Hono } from 'hono';
import type { ApiEnv } from '../../src/api/http.ts';
import { openFeedbackDatabase } from '../../src/api/feedback-sqlite.ts';

export const SITE = 'https://whatsapp-backup.help';
export const SECRET = 'a test secret of enough length';
const DAY_ONE = Date.parse('2026-12-01T10:00:00Z');

export interface Sent {
	body?: BodyInit;
	method?: string;
	headers?: Record<string, string>;
	address?: string;
}

/** The app under test, built for the current test's database and clock. */
type BuildApp<Settings> = (
	settings: Settings,
	database: DatabaseSync,
	now: () => number,
) => Hono<ApiEnv<{ address: string }>>;

/**
 * Register the hooks of one test file for the endpoint at `path`; the returned object reaches the
 * current test's app. `use(settings)` serves an app built with other settings.
 */
export function apiApp<Settings>(path: string, build: BuildApp<Settings>, initial: Settings) {
	let dir = '';
	let db: DatabaseSync | undefined;
	let now = DAY_ONE;
	let app: ReturnType<BuildApp<Settings>> | undefined;

	const database = (): DatabaseSync => {
		if (!db) throw new Error('No database outside a test');
		return db;
	};
	const use = (settings: Settings) => {
		app = build(settings, database(), () => now);
	};
	const fetchApp = async (request: Request, address: string) => {
		if (!app) throw new Error('No app outside a test');
		return app.fetch(request, { address });
	};

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'api-app-'));
		db = openFeedbackDatabase(join(dir, 'feedback.sqlite'));
		now = DAY_ONE;
		use(initial);
	});

	afterEach(() => {
		db?.close();
		db = undefined;
		app = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	/** Any request to the endpoint, from the site's origin, as JSON, unless told otherwise. */
	const send = async ({ body, method = 'POST', headers = {}, address = '203.0.113.7' }: Sent) => {
		const request = new Request(`${SITE}${path}`, {
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
		/** A post of `body` as JSON (a string is sent as it is). */
		post: (body: unknown, sent: Omit<Sent, 'body'> = {}) =>
			send({ ...sent, body: typeof body === 'string' ? body : JSON.stringify(body) }),
		fetch: fetchApp,
		advance: (ms: number) => {
			now += ms;
		},
		database,
	};
}
