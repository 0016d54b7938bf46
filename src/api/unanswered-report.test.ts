import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openFeedbackDatabase } from './feedback-sqlite.ts';
import { main } from './unanswered-report.ts';
import { createSqliteUnansweredStore } from './unanswered-sqlite.ts';
import type { UnansweredSearch } from './unanswered-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'unanswered-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TODAY = Date.parse('2026-12-31T12:00:00Z');
const reader = (n: number) => n.toString(16).padStart(32, '0');

function run(args: string[], path: string, now = TODAY) {
	let out = '';
	let err = '';
	const code = main(
		args,
		{ FEEDBACK_DB: path },
		(text) => (out += text),
		(text) => (err += text),
		now,
	);
	return { code, out, err };
}

/** A database holding these searches, written in the order given. */
async function databaseWith(name: string, searches: Omit<UnansweredSearch, 'reader'>[]) {
	const path = join(dir, name);
	const db = openFeedbackDatabase(path);
	const store = createSqliteUnansweredStore(db);
	let n = 0;
	for (const search of searches) await store.save({ ...search, reader: reader(n++) });
	db.close();
	return path;
}

const asked = (readers: number, search: Omit<UnansweredSearch, 'reader'>) =>
	Array.from({ length: readers }, () => search);

describe('npm run search:report', () => {
	test('--json lists exactly the queries 3 or more readers asked, per language, most asked first', async () => {
		const path = await databaseWith('k.sqlite', [
			...asked(2, { day: '2026-12-30', lang: 'en', query: 'asked by two' }),
			...asked(3, { day: '2026-12-30', lang: 'en', query: 'asked by three' }),
			...asked(5, { day: '2026-12-31', lang: 'en', query: 'asked by five' }),
			...asked(3, { day: '2026-12-31', lang: 'pt-br', query: 'backup travado' }),
			...asked(1, { day: '2026-12-31', lang: 'de', query: 'nur einmal' }),
		]);
		const json = run(['--json'], path);
		expect(json.code).toBe(0);
		expect(JSON.parse(json.out)).toEqual([
			{ query: 'asked by five', lang: 'en', readers: 5 },
			{ query: 'asked by three', lang: 'en', readers: 3 },
			{ query: 'backup travado', lang: 'pt-br', readers: 3 },
		]);
		const text = run([], path);
		expect(text.out).toContain(
			'\nen\n     5  asked by five\n     3  asked by three\n\nes\n  none yet\n',
		);
		expect(text.out).not.toContain('asked by two');
	});

	test('one reader counts once a day: the same reader-day twice is one row', async () => {
		const path = join(dir, 'once.sqlite');
		const db = openFeedbackDatabase(path);
		const store = createSqliteUnansweredStore(db);
		const search = { day: '2026-12-31', lang: 'en' as const, query: 'same reader' };
		for (const n of [1, 1, 1, 2, 2]) await store.save({ ...search, reader: reader(n) });
		db.close();
		expect(JSON.parse(run(['--json'], path).out)).toEqual([]);
	});

	test('deletes the rows older than 30 days, and counts only the rest', async () => {
		const path = await databaseWith('old.sqlite', [
			...asked(2, { day: '2026-11-30', lang: 'en', query: 'backup stuck' }),
			...asked(2, { day: '2026-12-01', lang: 'en', query: 'backup stuck' }),
		]);
		const onTheDayBefore = Date.parse('2026-12-30T12:00:00Z');
		expect(JSON.parse(run(['--json'], path, onTheDayBefore).out)).toEqual([
			{ query: 'backup stuck', lang: 'en', readers: 4 },
		]);
		expect(JSON.parse(run(['--json'], path).out)).toEqual([]);
		const db = openFeedbackDatabase(path);
		expect(db.prepare('SELECT day, COUNT(*) AS n FROM unanswered GROUP BY day').all()).toEqual([
			{ day: '2026-12-01', n: 2 },
		]);
		db.close();
	});

	test('reads a database from before unanswered searches as empty', async () => {
		const migrations = join(dir, 'first-migration-only');
		mkdirSync(migrations);
		copyFileSync('migrations/0001_feedback.sql', join(migrations, '0001_feedback.sql'));
		const path = join(dir, 'votes-only.sqlite');
		openFeedbackDatabase(path, migrations).close();
		expect(run(['--json'], path)).toEqual({ code: 0, out: '[]\n', err: '' });
	});

	test('says where it looked when there is no database', () => {
		const result = run([], join(dir, 'none.sqlite'));
		expect(result.code).toBe(1);
		expect(result.err).toContain('There is no feedback database at');
	});

	test('refuses an unknown option', () => {
		expect(run(['--csv'], join(dir, 'none.sqlite')).code).toBe(2);
	});
});
