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
	test('prints counts, the share fixed with its interval, and the steps, over all languages and in each, as text or JSON', async () => {
		const path = join(dir, 'votes.sqlite');
		const db = openFeedbackDatabase(path);
		const store = createSqliteStore(db);
		const day = '2026-12-01';
		for (const vote of [
			{ reader: 'a', fixed: true, step: 'force-restart', lang: 'en' },
			{ reader: 'b', fixed: false, step: null, lang: 'en' },
			{ reader: 'c', fixed: true, step: 'force-restart', lang: 'es' },
			{ reader: 'd', fixed: true, step: 'restart-face-id', lang: 'es' },
			{ reader: 'e', fixed: false, step: null, lang: 'pt-br' },
		] as const)
			await store.save({ ...vote, day, reader: vote.reader.repeat(32), article: 'restart-iphone' });
		await store.save({
			day: '2026-12-02',
			reader: 'a'.repeat(32),
			article: 'restart-iphone',
			fixed: true,
			step: null,
			lang: 'es',
		});
		await store.save({
			day,
			reader: 'a'.repeat(32),
			article: 'back-up-now',
			fixed: true,
			step: null,
			lang: 'de',
		});
		db.close();

		const text = run([], { FEEDBACK_DB: path });
		expect(text.code).toBe(0);
		expect(text.out).toContain(
			[
				'7 votes on 2 articles.',
				'By language: en 2, es 3, pt-br 1, de 1.',
				'',
				'back-up-now',
				'  all languages: fixed 1, not fixed 0: 100 % fixed (95 % interval 21 % to 100 %)',
				'    steps that fixed it: none named',
				'  de: fixed 1, not fixed 0: 100 % fixed (95 % interval 21 % to 100 %)',
				'    steps that fixed it: none named',
				'restart-iphone',
				'  all languages: fixed 4, not fixed 2: 67 % fixed (95 % interval 30 % to 90 %)',
				'    steps that fixed it: force-restart 2, restart-face-id 1',
				'  en: fixed 1, not fixed 1: 50 % fixed (95 % interval 9 % to 91 %)',
				'    steps that fixed it: force-restart 1',
				'  es: fixed 3, not fixed 0: 100 % fixed (95 % interval 44 % to 100 %)',
				'    steps that fixed it: force-restart 1, restart-face-id 1',
				'  pt-br: fixed 0, not fixed 1: 0 % fixed (95 % interval 0 % to 79 %)',
				'    steps that fixed it: none named',
			].join('\n'),
		);

		const json = run(['--json'], { FEEDBACK_DB: path });
		const report = JSON.parse(json.out) as unknown[];
		expect(report[1]).toEqual({
			article: 'restart-iphone',
			fixed: 4,
			notFixed: 2,
			total: 6,
			shareFixed: 0.6667,
			interval95: { low: 0.3, high: 0.9032 },
			steps: [
				{ step: 'force-restart', count: 2 },
				{ step: 'restart-face-id', count: 1 },
			],
			languages: [
				{
					lang: 'en',
					fixed: 1,
					notFixed: 1,
					total: 2,
					shareFixed: 0.5,
					interval95: { low: 0.0945, high: 0.9055 },
					steps: [{ step: 'force-restart', count: 1 }],
				},
				{
					lang: 'es',
					fixed: 3,
					notFixed: 0,
					total: 3,
					shareFixed: 1,
					interval95: { low: 0.4385, high: 1 },
					steps: [
						{ step: 'force-restart', count: 1 },
						{ step: 'restart-face-id', count: 1 },
					],
				},
				{
					lang: 'pt-br',
					fixed: 0,
					notFixed: 1,
					total: 1,
					shareFixed: 0,
					interval95: { low: 0, high: 0.7935 },
					steps: [],
				},
			],
		});
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
