import { expect, test } from 'vitest';
import { buildMemoryFor } from './build-memory.ts';

const GB = 1024 ** 3;

test('a site of up to 2,500 articles on a machine with memory to spare builds with Node’s defaults', () => {
	expect(buildMemoryFor(16, 8 * GB)).toEqual({ nodeFlags: [], env: {} });
	expect(buildMemoryFor(2_500, 8 * GB).nodeFlags).toEqual([]);
});

test('a larger site, or a machine short of free memory, builds the frugal way', () => {
	expect(buildMemoryFor(2_501, 8 * GB).nodeFlags).toEqual(['--optimize-for-size']);
	expect(buildMemoryFor(16, 2 * GB).env).toMatchObject({ MALLOC_ARENA_MAX: '2' });
});
