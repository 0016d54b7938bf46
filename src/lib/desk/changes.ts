/**
 * What changed in an article's steps, and when: the `changes` front matter of an English article, checked
 * against a hash of each step's text so that no step can change without a dated entry saying so.
 */
import { createHash } from 'node:crypto';
import type { Change } from '../../schemas/article.ts';
import type { Step } from '../content/markdown.ts';
import { writeBlocks, writeInline, type WriteContext } from './formats.ts';
import { englishLabels, parseBlocks, parseInline } from './step-doc.ts';

/** The value that records a step taken out of an article. */
export const REMOVED = 'removed';

/**
 * The text a step's hash is taken from: its title and instructions as plain text, labels in English,
 * links as written and a dated fact in both tenses. So rewording, a new label or a new link counts as a
 * change, while markup does not (`**X**` → `<L app="…">X</L>`, Prettier re-wrapping a note), nor the build
 * day or the site's address.
 */
const CANONICAL: WriteContext = {
	resolve: englishLabels,
	href: (target) => target,
	dated: ({ date, upcoming, past }) => `${date}: ${upcoming} / ${past}`,
	words: { note: 'Note', warning: 'Warning', widget: '' },
};

/** The 12-hex-digit hash of a step's text, as `changes` records it. */
export function stepHash(step: Pick<Step, 'title' | 'lines'>): string {
	const text = [
		writeInline(parseInline(step.title), 'text', CANONICAL),
		writeBlocks(parseBlocks(step.lines), 'text', CANONICAL),
	].join('\n');
	return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** An entry an author can paste at the top of `changes` for these steps. */
export function suggestedEntry(today: Date, hashes: Record<string, string>): string {
	return [
		`  - date: ${day(today)}`,
		'    steps:',
		...Object.entries(hashes).map(([id, hash]) => `      ${id}: '${hash}'`),
		'    summary: <one line: what changed in these steps>',
	].join('\n');
}

/**
 * Problems with an article's `changes`, one line each naming the file (and the step's line): an entry dated
 * after `today`, entries out of order or on one day, and a step whose text no longer matches the hash its
 * latest entry records (or that has none).
 */
export function checkChanges(
	file: string,
	articleId: string,
	steps: readonly Step[],
	changes: readonly Change[],
	today: Date,
): string[] {
	const problems: string[] = [];
	const command = `npm run changes:hashes -- ${articleId}`;
	changes.forEach((change, index) => {
		if (change.date.getTime() > today.getTime())
			problems.push(
				`${file}: changes[${index}].date: ${day(change.date)} is after today (${day(today)}); date an entry the day its change is made.`,
			);
		const newer = changes[index - 1];
		if (newer && newer.date.getTime() < change.date.getTime())
			problems.push(
				`${file}: changes[${index}] (${day(change.date)}) is newer than changes[${index - 1}] (${day(newer.date)}); list changes newest first.`,
			);
		if (newer && newer.date.getTime() === change.date.getTime())
			problems.push(
				`${file}: changes[${index - 1}] and changes[${index}] are both dated ${day(change.date)}; make them one entry.`,
			);
	});
	/** The newest entry naming a step, and the hash it records. */
	const latest = (id: string) => {
		const index = changes.findIndex((change) => id in change.steps);
		const change = changes[index];
		return change ? { index, date: day(change.date), hash: change.steps[id] } : undefined;
	};
	const stale: Record<string, string> = {};
	const stepProblems: string[] = [];
	for (const step of steps) {
		const hash = stepHash(step);
		const recorded = latest(step.id);
		if (recorded?.hash === hash) continue;
		stale[step.id] = hash;
		stepProblems.push(
			recorded === undefined
				? `${file}:${step.line}: the step "${step.id}" has no entry in changes.`
				: recorded.hash === REMOVED
					? `${file}:${step.line}: the step "${step.id}" is back, but changes[${recorded.index}] (${recorded.date}) records it as removed.`
					: `${file}:${step.line}: the step "${step.id}" changed after its latest entry in changes (changes[${recorded.index}], ${recorded.date}): its text hash is now ${hash}, the entry records ${recorded.hash}.`,
		);
	}
	if (stepProblems.length > 0)
		problems.push(
			...stepProblems,
			`${file}: add an entry at the top of changes for what changed (\`${command}\` prints the hashes):\n${suggestedEntry(today, stale)}`,
		);
	const present = new Set(steps.map((step) => step.id));
	const named = new Set(changes.flatMap((change) => Object.keys(change.steps)));
	for (const id of named) {
		const recorded = latest(id);
		if (present.has(id) || recorded?.hash === REMOVED) continue;
		problems.push(
			`${file}: changes[${recorded?.index ?? 0}] names the step "${id}", which this article does not have. If the step was removed, add an entry with "${id}: ${REMOVED}"; if its id is misspelt, correct it.`,
		);
	}
	return problems;
}

/** An entry's steps as the page lists them: every step, or the titles of those it names. */
export function changedSteps(
	change: Change,
	steps: readonly { id: string; title: string }[],
): { everyStep: boolean; steps: { id: string; title: string | undefined }[] } {
	const ids = Object.keys(change.steps);
	const current = new Map(steps.map((step) => [step.id, step.title]));
	return {
		everyStep: steps.length > 1 && steps.every((step) => ids.includes(step.id)),
		steps: ids.map((id) => ({
			id,
			title: change.steps[id] === REMOVED ? undefined : current.get(id),
		})),
	};
}
