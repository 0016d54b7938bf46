// `npm run changes:hashes -- <id> [<id> …]`: the hash of each step's text in content/<id>.mdx, whether it
// matches the newest entry of the article's `changes`, and an entry to paste at the top of `changes` for
// the steps that differ. The build refuses a step whose hash no entry records (src/lib/desk/changes.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDay } from '../src/lib/content/dated-fact.ts';
import { stepsOf } from '../src/lib/content/markdown.ts';
import { REMOVED, stepHash, suggestedEntry } from '../src/lib/desk/changes.ts';

const dir = process.env['ARTICLES_DIR'] ?? 'content';
const ids = process.argv.slice(2);
if (ids.length === 0) {
	console.error('Name an article: npm run changes:hashes -- back-up-now');
	process.exit(1);
}

interface RecordedChange {
	date?: unknown;
	steps?: Record<string, unknown>;
}

for (const id of ids) {
	const file = join(dir, `${id.replace(/\.mdx$/, '')}.mdx`);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		console.error(`${file}: there is no such article.`);
		process.exitCode = 1;
		continue;
	}
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) {
		console.error(`${file}: the file does not start with front matter between "---" lines.`);
		process.exitCode = 1;
		continue;
	}
	const front = (parse(match[1] ?? '') ?? {}) as { changes?: RecordedChange[] };
	const changes = Array.isArray(front.changes) ? front.changes : [];
	const stale: Record<string, string> = {};
	console.log(`${file}`);
	for (const step of stepsOf(match[2] ?? '').filter((candidate) => candidate.id !== '')) {
		const hash = stepHash(step);
		const entry = changes.find((change) => step.id in (change.steps ?? {}));
		const recorded = entry?.steps?.[step.id];
		const when =
			entry?.date instanceof Date ? entry.date.toISOString().slice(0, 10) : String(entry?.date);
		const state =
			recorded === undefined
				? 'no entry yet'
				: recorded === hash
					? `recorded ${when}`
					: recorded === REMOVED
						? `recorded as removed ${when}`
						: `CHANGED since ${when}`;
		if (recorded !== hash) stale[step.id] = hash;
		console.log(`  ${step.id.padEnd(40)} ${hash}  ${state}`);
	}
	if (Object.keys(stale).length > 0)
		console.log(
			`\nPaste this at the top of changes: in ${file}, and say what changed:\n${suggestedEntry(buildDay(), stale)}\n`,
		);
	else console.log('  Every step matches its newest entry in changes.\n');
}
