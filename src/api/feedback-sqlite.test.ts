import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createSqliteStore, openFeedbackDatabase } from './feedback-sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'feedback-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mode = (file: string) => statSync(file).mode & 0o777;
const vote = {
	day: '2026-12-01',
	reader: 'a'.repeat(32),
	article: 'restart-iphone',
	fixed: true,
	step: null,
};

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
