/**
 * Votes in a SQLite file on Node, with the `node:sqlite` built into Node 24 (no native module).
 *
 * Durability: WAL mode with `synchronous = FULL`. Each vote is its own transaction, and with FULL,
 * SQLite fsyncs the write-ahead log at every commit, so a vote is on the disk itself before the
 * endpoint answers 2xx: it survives a killed process and also a power cut. (NORMAL would survive a
 * killed process, but a power cut could lose the last commits.) A vote is a few dozen bytes and
 * readers send few, so one fsync per vote costs nothing that matters.
 *
 * The schema comes from `migrations/`, the same files `wrangler d1 migrations apply` runs on D1.
 * Applied files are recorded in `d1_migrations`, the table wrangler keeps for the same purpose.
 */
import {
	chmodSync,
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import type { ArticleVotes } from '../lib/feedback/summary.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { SAVE_VOTE_SQL, voteParameters, type FeedbackStore } from './feedback-store.ts';

/** The project's migrations folder, shared with Cloudflare D1. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Where votes are kept unless FEEDBACK_DB says otherwise; `data/` is ignored by git. */
export const DEFAULT_FEEDBACK_DB = 'data/feedback.sqlite';

/**
 * Open (creating if needed) the feedback database, in WAL mode with full sync, migrated to the latest
 * schema; its files are readable by the server's user alone (0600).
 */
export function openFeedbackDatabase(
	path: string,
	migrationsDir: string = MIGRATIONS_DIR,
): DatabaseSync {
	mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	// Only the server's own user may read the votes. SQLite gives the -wal and -shm files the mode of the
	// database file, so creating that file first is enough; a file from before is tightened.
	closeSync(openSync(path, 'a', 0o600));
	for (const file of [path, `${path}-wal`, `${path}-shm`])
		if (existsSync(file)) chmodSync(file, 0o600);
	const db = new DatabaseSync(path);
	db.exec('PRAGMA journal_mode = WAL');
	db.exec('PRAGMA synchronous = FULL');
	// The report may read while the server writes; WAL lets it, and this covers a checkpoint in between.
	db.exec('PRAGMA busy_timeout = 5000');
	applyMigrations(db, migrationsDir);
	return db;
}

/** Open an existing feedback database for reading only (the report); never creates or changes it. */
export function openFeedbackDatabaseReadOnly(path: string): DatabaseSync {
	const db = new DatabaseSync(path, { readOnly: true });
	db.exec('PRAGMA busy_timeout = 5000');
	return db;
}

/** Run the migration files not yet applied, in name order, each in its own transaction. */
function applyMigrations(db: DatabaseSync, migrationsDir: string): string[] {
	db.exec(`CREATE TABLE IF NOT EXISTS d1_migrations (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		name TEXT UNIQUE,
		applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
	)`);
	const applied = new Set(
		db
			.prepare('SELECT name FROM d1_migrations')
			.all()
			.map((row) => String(row['name'])),
	);
	const pending = readdirSync(migrationsDir)
		.filter((name) => name.endsWith('.sql') && !applied.has(name))
		.sort();
	for (const name of pending) {
		db.exec('BEGIN IMMEDIATE');
		try {
			db.exec(readFileSync(join(migrationsDir, name), 'utf8'));
			db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(name);
			db.exec('COMMIT');
		} catch (error) {
			db.exec('ROLLBACK');
			throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
		}
	}
	return pending;
}

/** A store over an open database; `save` has committed (and synced) when it resolves. */
export function createSqliteStore(db: DatabaseSync): FeedbackStore {
	const save = db.prepare(SAVE_VOTE_SQL);
	return {
		save(vote) {
			save.run(...voteParameters(vote));
			return Promise.resolve();
		},
	};
}

/**
 * Every article with at least one vote, with its counts and the steps readers said fixed it: over all
 * languages, and in each language the votes came in.
 */
export function readCounts(db: DatabaseSync): ArticleVotes[] {
	const totals = db
		.prepare(
			'SELECT article, SUM(fixed) AS fixed, SUM(1 - fixed) AS notFixed FROM votes GROUP BY article ORDER BY article',
		)
		.all();
	const steps = db
		.prepare(
			'SELECT article, step, COUNT(*) AS count FROM votes WHERE step IS NOT NULL GROUP BY article, step ORDER BY article, count DESC, step',
		)
		.all();
	const languages = db
		.prepare(
			'SELECT article, lang, SUM(fixed) AS fixed, SUM(1 - fixed) AS notFixed FROM votes GROUP BY article, lang ORDER BY article, lang',
		)
		.all();
	const languageSteps = db
		.prepare(
			'SELECT article, lang, step, COUNT(*) AS count FROM votes WHERE step IS NOT NULL GROUP BY article, lang, step ORDER BY article, lang, count DESC, step',
		)
		.all();
	const stepsOf = (rows: typeof steps) =>
		rows.map((step) => ({ step: String(step['step']), count: Number(step['count']) }));
	return totals.map((row) => ({
		article: String(row['article']),
		fixed: Number(row['fixed']),
		notFixed: Number(row['notFixed']),
		steps: stepsOf(steps.filter((step) => step['article'] === row['article'])),
		languages: languages
			.filter((language) => language['article'] === row['article'])
			.map((language) => ({
				// The column's CHECK (migrations/0003_feedback_language.sql) admits the site's languages alone.
				lang: String(language['lang']) as Locale,
				fixed: Number(language['fixed']),
				notFixed: Number(language['notFixed']),
				steps: stepsOf(
					languageSteps.filter(
						(step) => step['article'] === row['article'] && step['lang'] === language['lang'],
					),
				),
			})),
	}));
}
