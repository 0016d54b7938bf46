/**
 * Feedback on Node: votes in a SQLite file, and the built catalog read from disk; unanswered searches
 * in the same file, counted with the same secret.
 * Env: FEEDBACK_DB (default data/feedback.sqlite), FEEDBACK_SECRET (keys the reader hash; when unset,
 * a random key is made for this process only), FEEDBACK_CATALOG (default <OUT_DIR or dist>/api/feedback-catalog.json).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FEEDBACK_CATALOG_PATH } from '../lib/feedback/shared.ts';
import { createFeedback, type Feedback, type FeedbackOptions } from './feedback.ts';
import { secretProblem } from './feedback-reader.ts';
import { createSqliteStore, DEFAULT_FEEDBACK_DB, openFeedbackDatabase } from './feedback-sqlite.ts';
import { parseCatalog, type FeedbackCatalog } from './feedback-store.ts';
import { createUnanswered, type Unanswered } from './unanswered.ts';
import { createSqliteUnansweredStore } from './unanswered-sqlite.ts';

/** Feedback as the Node server runs it. */
interface NodeFeedback {
	feedback: Feedback;
	unanswered: Unanswered;
	/** Notes for the operator, printed at start (never anything about readers). */
	notes: string[];
	close: () => void;
}

/** The catalog in the file at `path`; throws, naming the file, when it is not what the build writes. */
function readCatalog(path: string): FeedbackCatalog {
	try {
		return parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
	} catch (error) {
		throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
	}
}

/**
 * The catalog from a file, re-read when the file changes (a new build while the server runs),
 * undefined while the file does not exist yet or can't be read (which is logged once per change).
 */
function catalogFromFile(path: string): () => Promise<FeedbackCatalog | undefined> {
	let loaded: { mtimeMs: number; catalog: FeedbackCatalog | undefined } | undefined;
	return () => {
		let mtimeMs: number;
		try {
			mtimeMs = statSync(path).mtimeMs;
		} catch {
			return Promise.resolve(undefined);
		}
		if (loaded?.mtimeMs !== mtimeMs) {
			try {
				loaded = { mtimeMs, catalog: readCatalog(path) };
			} catch (error) {
				console.error(`${(error as Error).message} Votes get 503 until the site is rebuilt.`);
				loaded = { mtimeMs, catalog: undefined };
			}
		}
		return Promise.resolve(loaded.catalog);
	};
}

/**
 * Open the database and build feedback from env settings. Throws, with a message for the operator,
 * on a weak FEEDBACK_SECRET or a catalog file that is not what the build writes.
 */
export function createNodeFeedback(
	env: NodeJS.ProcessEnv,
	options: Partial<FeedbackOptions> = {},
): NodeFeedback {
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
	const problem = secretProblem(secret);
	if (problem !== undefined) throw new Error(problem);
	// A broken catalog stops the start, where the operator sees it, rather than failing every vote.
	if (existsSync(catalogPath)) readCatalog(catalogPath);
	const db = openFeedbackDatabase(dbPath);
	notes.push(
		`Feedback votes and unanswered searches are stored in ${dbPath}; articles and steps are checked against ${catalogPath}.`,
	);
	const feedback = createFeedback({
		store: createSqliteStore(db),
		catalog: catalogFromFile(catalogPath),
		secret,
		...options,
	});
	const unanswered = createUnanswered({ store: createSqliteUnansweredStore(db), secret });
	return { feedback, unanswered, notes, close: () => db.close() };
}
