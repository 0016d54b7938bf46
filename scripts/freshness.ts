/**
 * `npm run freshness` (part of `npm test`): prints which articles need rechecking. Always exits 0, because
 * the calendar must never break the build. BUILD_DATE (YYYY-MM-DD) pretends today is another day.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDay } from '../src/lib/content/dated-fact.ts';
import { formatFreshnessReport, freshnessReport } from '../src/lib/content/freshness.ts';

const dir = process.env['ARTICLES_DIR'] ?? 'content';
const files = readdirSync(dir)
	.filter((name) => name.endsWith('.mdx'))
	.sort()
	.map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
console.log(formatFreshnessReport(freshnessReport(files, buildDay())));
