import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from './feedback-report.ts';
import { createSqliteStore, openFeedbackDatabase } from './feedback-sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'feedback-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv) {
	let out = '';
	let err = '';
	const code = main(
		args,
		env,
		(text) => (out += text),
		(text) => (err += text),
	);
	return { code, out, err };
}

describe('npm run feedback:report', () => {
	test('prints counts, the share fixed with its interval, and the steps, as text or JSON', async () => {
		const path = join(dir, 'votes.sqlite');
		const db = openFeedbackDatabase(path);
		const store = createSqliteStore(db);
		await store.save({
			day: '2026-12-01',
			reader: 'a'.repeat(32),
			article: 'restart-iphone',
			fixed: true,
			step: 'force-restart',
		});
		await store.save({
			day: '2026-12-01',
			reader: 'b'.repeat(32),
			article: 'restart-iphone',
			fixed: false,
			step: null,
		});
		await store.save({
			day: '2026-12-02',
			reader: 'a'.repeat(32),
			article: 'restart-iphone',
			fixed: true,
			step: null,
		});
		db.close();

		const text = run([], { FEEDBACK_DB: path });
		expect(text.code).toBe(0);
		expect(text.out).toContain(
			'restart-iphone\n  fixed 2, not fixed 1: 67 % fixed (95 % interval 21 % to 94 %)\n  steps that fixed it: force-restart 1',
		);

		const json = run(['--json'], { FEEDBACK_DB: path });
		expect(JSON.parse(json.out)).toEqual([
			{
				article: 'restart-iphone',
				fixed: 2,
				notFixed: 1,
				total: 3,
				shareFixed: 0.6667,
				interval95: { low: 0.2077, high: 0.9385 },
				steps: [{ step: 'force-restart', count: 1 }],
			},
		]);
	});

	test('says where it looked when there is no database', () => {
		const result = run([], { FEEDBACK_DB: join(dir, 'none.sqlite') });
		expect(result.code).toBe(1);
		expect(result.err).toContain('There is no feedback database at');
	});

	test('refuses an unknown option', () => {
		expect(run(['--csv'], {}).code).toBe(2);
	});
});
