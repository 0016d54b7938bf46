import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file of a finished build, as paths relative to `dir` with forward slashes. */
export async function listBuiltFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}
