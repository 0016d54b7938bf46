// Small helpers every bench module uses: paths, logging, failing with a reason, numbers, files.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH, '..');
export const WORK = join(BENCH, '.work');
export const REF = join(BENCH, 'reference');
export const TOOLS = join(BENCH, 'tools');
export const NODE = process.execPath;

const started = performance.now();

export const elapsedSeconds = (): number => Math.round((performance.now() - started) / 1000);

/** Ends the run: the bench itself could not run (a missed target is never this). */
export function fail(message: string): never {
	console.error(`\nbench: ${message}`);
	process.exit(1);
}

export function log(message: string): void {
	const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
	console.log(`[${s}s] ${message}`);
}

export const firstLine = (error: unknown): string =>
	(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

export function median(values: readonly (number | null | undefined)[]): number | null {
	const list = values
		.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (list.length === 0) return null;
	const mid = Math.floor(list.length / 2);
	return list.length % 2 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2;
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export const gz = (buffer: Buffer): number => (buffer.length === 0 ? 0 : gzipSync(buffer).length);

export const round = (value: number, digits = 2): number => {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
};

export function walk(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...walk(full));
		else if (entry.isFile()) out.push(full);
	}
	return out;
}

export function dirSize(dir: string): { bytes: number; files: number } {
	if (!existsSync(dir)) return { bytes: 0, files: 0 };
	const files = walk(dir);
	return { bytes: sum(files.map((f) => statSync(f).size)), files: files.length };
}

export interface RunOptions {
	cwd?: string;
	env?: Record<string, string>;
	logFile?: string;
}

export function run(
	command: string,
	args: string[],
	options: RunOptions = {},
): SpawnSyncReturns<string> {
	const result = spawnSync(command, args, {
		cwd: options.cwd ?? ROOT,
		env: { ...process.env, ...options.env },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (options.logFile)
		writeFileSync(options.logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
	return result;
}

/** The last non-empty lines of a log, without colour codes. */
export function tail(text: string, lines = 25): string {
	return stripVTControlCharacters(text)
		.split('\n')
		.filter((l) => l.trim())
		.slice(-lines)
		.join('\n');
}

export function readJson<T>(file: string): T | null {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return null;
	}
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
