/**
 * Feedback on Node: the shared handler over a SQLite file, and the built catalog read from disk.
 * Env: FEEDBACK_DB (default data/feedback.sqlite), FEEDBACK_SECRET (keys the reader hash; when unset,
 * a random key is made for this process only), FEEDBACK_CATALOG (default <OUT_DIR or dist>/api/feedback-catalog.json),
 * SITE_ORIGIN (the allowed origins, as for the relay).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FEEDBACK_CATALOG_PATH } from '../lib/feedback/shared.ts';
import { createFeedbackHandler, type FeedbackHandler, type FeedbackOptions } from './feedback.ts';
import { createSqliteStore, DEFAULT_FEEDBACK_DB, openFeedbackDatabase } from './feedback-sqlite.ts';
import { parseCatalog, type FeedbackCatalog } from './feedback-store.ts';

/** What the API server needs to serve feedback. */
export interface FeedbackService {
	handler: FeedbackHandler;
	/** True once there is a built catalog to check votes against. */
	available: () => Promise<boolean>;
	/** Notes for the operator, printed at start (never anything about readers). */
	notes: string[];
	close: () => void;
}

/**
 * The catalog from a file, re-read when the file changes (a new build while the server runs),
 * undefined while the file does not exist yet.
 */
export function catalogFromFile(path: string): () => Promise<FeedbackCatalog | undefined> {
	let loaded: { mtimeMs: number; catalog: FeedbackCatalog } | undefined;
	return () => {
		let mtimeMs: number;
		try {
			mtimeMs = statSync(path).mtimeMs;
		} catch {
			return Promise.resolve(undefined);
		}
		if (loaded?.mtimeMs !== mtimeMs)
			loaded = { mtimeMs, catalog: parseCatalog(JSON.parse(readFileSync(path, 'utf8'))) };
		return Promise.resolve(loaded.catalog);
	};
}

/** Open the database and build the feedback handler from env settings. */
export function createNodeFeedback(
	env: NodeJS.ProcessEnv,
	allowedOrigin: readonly string[],
	options: Partial<FeedbackOptions> = {},
): FeedbackService {
	const notes: string[] = [];
	const dbPath = env['FEEDBACK_DB'] || DEFAULT_FEEDBACK_DB;
	const catalogPath =
		env['FEEDBACK_CATALOG'] || join(env['OUT_DIR'] || 'dist', FEEDBACK_CATALOG_PATH);
	let secret = env['FEEDBACK_SECRET'] ?? '';
	if (secret === '') {
		// Votes still count once per reader and day, until this process stops: then the key is gone.
		secret = randomBytes(32).toString('base64url');
		notes.push(
			'FEEDBACK_SECRET is not set: reader hashes use a random key that lasts until this server stops.',
		);
	}
	const db = openFeedbackDatabase(dbPath);
	const catalog = catalogFromFile(catalogPath);
	notes.push(
		`Feedback votes are stored in ${dbPath}; articles and steps are checked against ${catalogPath}.`,
	);
	const handler = createFeedbackHandler({
		store: createSqliteStore(db),
		catalog,
		secret,
		allowedOrigin,
		...options,
	});
	return {
		handler,
		available: async () => (await catalog()) !== undefined,
		notes,
		close: () => db.close(),
	};
}
