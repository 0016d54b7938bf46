import {
	chmodSync,
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { createSqliteStore, openFeedbackDatabase } from './feedback-sqlite.ts';

const MIGRATIONS = fileURLToPath(new URL('../../migrations/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'feedback-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (file: string) => statSync(file).mode & 0o777;
const vote = {
	day: '2026-12-01',
	reader: 'a'.repeat(32),
	article: 'restart-iphone',
	fixed: true,
	step: null,
	lang: 'en',
} as const;

describe('the feedback database files', () => {
	test('are readable and writable by the server’s user alone (0600), WAL and shared memory included', async () => {
		const path = join(dir, 'new', 'feedback.sqlite');
		const db = openFeedbackDatabase(path);
		await createSqliteStore(db).save(vote);
		expect([path, `${path}-wal`, `${path}-shm`].map(mode)).toEqual([0o600, 0o600, 0o600]);
		expect(mode(join(dir, 'new'))).toBe(0o700);
		db.close();
	});

	test('made readable by others before are made private again when the server opens them', () => {
		const path = join(dir, 'old.sqlite');
		writeFileSync(path, '');
		chmodSync(path, 0o644);
		openFeedbackDatabase(path).close();
		expect(mode(path)).toBe(0o600);
	});
});

describe('the language of a vote (migrations/0003_feedback_language.sql)', () => {
	test('votes stored before the column existed were cast on English pages, and become en', () => {
		// A database as the server left it before 0003: the earlier migrations, and a vote in them.
		const before = join(dir, 'migrations-before-0003');
		mkdirSync(before);
		for (const name of ['0001_feedback.sql', '0002_unanswered.sql'])
			copyFileSync(join(MIGRATIONS, name), join(before, name));
		const path = join(dir, 'upgraded.sqlite');
		const old = openFeedbackDatabase(path, before);
		old
			.prepare('INSERT INTO votes (day, reader, article, fixed, step) VALUES (?, ?, ?, ?, ?)')
			.run('2026-11-30', 'b'.repeat(32), 'back-up-now', 0, null);
		old.close();

		const db = openFeedbackDatabase(path);
		expect(db.prepare('SELECT article, lang FROM votes').all()).toEqual([
			{ article: 'back-up-now', lang: 'en' },
		]);
		db.close();
	});

	test('is one of the site’s four languages, as the site writes them', async () => {
		const db = openFeedbackDatabase(join(dir, 'languages.sqlite'));
		const store = createSqliteStore(db);
		for (const [i, lang] of (['en', 'es', 'pt-br', 'de'] as const).entries())
			await store.save({ ...vote, reader: String(i).repeat(32), lang });
		// What the endpoint never stores (it refuses or normalizes it): the table refuses it too.
		const insert = db.prepare(
			'INSERT INTO votes (day, reader, article, fixed, lang) VALUES (?, ?, ?, ?, ?)',
		);
		for (const lang of ['fr', 'pt-BR', 'EN', ''])
			expect(() => insert.run(vote.day, 'z'.repeat(32), vote.article, 1, lang)).toThrow(
				/CHECK constraint failed/,
			);
		expect(db.prepare('SELECT lang FROM votes ORDER BY reader').all()).toEqual(
			['en', 'es', 'pt-br', 'de'].map((lang) => ({ lang })),
		);
		db.close();
	});
});
