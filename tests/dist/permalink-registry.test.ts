import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { articlePaths } from '../support/built-site.ts';

const registry = JSON.parse(readFileSync('permalinks.json', 'utf8')) as string[];

test.each(articlePaths())('the permalink registry holds %s and at least one of its steps', (path) => {
	expect(registry).toContain(path);
	expect(registry.some((link) => link.startsWith(`${path}#`)), `${path} has registered steps`).toBe(true);
});
