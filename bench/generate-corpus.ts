// Generates a synthetic corpus of help articles shaped like ours (front matter valid for
// src/schemas/article.ts, 3–6 `## Step {#step-id}` sections, lists, callouts, error quotes,
// unique message ids, sources ranked official first).
// Deterministic: the same seed and count always give byte-identical files.
//
//   node bench/generate-corpus.ts <outDir> [count=1000] [seed=20261126]
//
// Used by bench/corpus.ts; also importable (`generateCorpus`).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	APPLIES,
	ERRORS,
	FILLERS,
	OBJECTS,
	OFFICIAL_SOURCES,
	OTHER_SOURCES,
	PLACES,
	PROBLEMS,
	SCREEN_LABELS,
	SUBJECTS,
	VERBS,
	WORDS,
} from './corpus-vocabulary.ts';
import { stepsOf } from '../src/lib/content/markdown.ts';
import { stepHash } from '../src/lib/desk/changes.ts';

/** mulberry32: small, fast, and the same on every machine. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const slugify = (text: string): string =>
	text
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** YAML-safe scalar: JSON strings are valid YAML. */
const q = (text: string): string => JSON.stringify(text);

export function generateArticle(
	index: number,
	random: () => number,
	{ firstOrder = 1, count = index + 1 } = {},
): { slug: string; text: string } {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const sentence = (minWords = 8, maxWords = 18) => {
		const words = Array.from({ length: int(minWords, maxWords) }, () => pick(WORDS));
		return `${pick(FILLERS)} ${words.join(' ')}.`;
	};
	const paragraph = (min = 2, max = 4) =>
		Array.from({ length: int(min, max) }, () => sentence()).join(' ');
	const settingsPath = () => {
		const { app, places } = pick(PLACES);
		return `<SettingsPath app="${app}" path="${places.join(' > ')}" />`;
	};
	const tap = (object: string) => {
		const app = SCREEN_LABELS[object];
		return app ? `<L app="${app}">${object}</L>` : `**${object}**`;
	};

	const subject = pick(SUBJECTS);
	const problem = pick(PROBLEMS);
	const number = String(index + 1).padStart(4, '0');
	const title = `${subject} ${problem} (${number})`.replace(/^./, (c) => c.toUpperCase());
	const slug = `${slugify(`${subject} ${problem}`)}-${number}`;
	let description = `What to do when your ${subject} ${problem} on iPhone: ${paragraph(1, 1)}`;
	if (description.length > 158)
		description = `${description.slice(0, 155).replace(/\s+\S*$/, '')}…`;

	const stepCount = int(3, 6);
	const steps: { heading: string; id: string }[] = [];
	const used = new Set<string>();
	while (steps.length < stepCount) {
		const heading = `${pick(VERBS)} ${pick(OBJECTS)}`;
		const id = slugify(heading);
		if (used.has(id)) continue;
		used.add(id);
		steps.push({ heading, id });
	}

	// The content checks want at least one official source, official ones first.
	const officialPool = [...OFFICIAL_SOURCES];
	const sources = Array.from(
		{ length: int(1, 2) },
		() => officialPool.splice(Math.floor(random() * officialPool.length), 1)[0]!,
	);
	const otherPool = [...OTHER_SOURCES];
	for (let i = int(0, 2); i > 0; i--)
		sources.push(otherPool.splice(Math.floor(random() * otherPool.length), 1)[0]!);
	const errorCount = int(0, 3);
	// Each message is an anchor on /errors/, so its id is unique in the corpus (the article's number in it);
	// an exact one names the official source that records its wording.
	const errors = Array.from({ length: errorCount }, (_, k) => {
		const message = pick(ERRORS);
		const exact = random() < 0.7;
		return {
			id: `${slugify(message)}-${number}-${k + 1}`,
			message,
			where: pick(['whatsapp', 'ios', 'restore']),
			step: pick(steps).id,
			exact,
			quotedFrom: exact ? sources[0]![1] : undefined,
		};
	});
	const risk = random() < 0.15 ? 'data-loss' : 'safe';
	// Start here offers every safe fix before an article that can lose chats, and the build refuses a corpus
	// that does not: the data-loss articles take the orders after all `count` safe ones.
	const order = risk === 'data-loss' ? firstOrder + count + index : firstOrder + index;
	const day = String(int(1, 28)).padStart(2, '0');
	const month = String(int(1, 11)).padStart(2, '0');

	const front = [
		'---',
		`title: ${q(title)}`,
		`description: ${q(description)}`,
		`kind: ${pick(['fix', 'fix', 'guide', 'reference'])}`,
		`order: ${order}`,
		`risk: ${risk}`,
		`minutes: ${int(2, 45)}`,
		'appliesTo:',
		...[...new Set([pick(APPLIES), pick(APPLIES)])].map((a) => `  - ${q(a)}`),
		`lastVerified: 2026-${month}-${day}`,
		...(errors.length
			? [
					'errors:',
					...errors.flatMap((e) => [
						`  - id: ${e.id}`,
						`    message: ${q(e.message)}`,
						`    where: ${e.where}`,
						`    step: ${e.step}`,
						`    exact: ${e.exact}`,
						...(e.quotedFrom ? [`    quotedFrom: ${e.quotedFrom}`] : []),
					]),
				]
			: []),
		'sources:',
		...sources.flatMap(([t, u, kind]) => [
			`  - title: ${q(t)}`,
			`    url: ${u}`,
			`    kind: ${kind}`,
		]),
		// Every step names its sources (the build refuses a step with instructions and none), in turn.
		'stepSources:',
		...steps.map((step, i) => `  ${step.id}: [${(i % sources.length) + 1}]`),
	];

	const body = [paragraph(2, 4), ''];
	if (risk === 'data-loss') {
		// The content checks want a warning saying what is lost before the first step.
		body.push(`<Callout type="warning" title="What you lose">`, paragraph(1, 2), '</Callout>', '');
	}
	if (random() < 0.6) {
		body.push(`<Callout type="note" title="Before you start">`, paragraph(1, 2), '</Callout>', '');
	}
	for (const [i, step] of steps.entries()) {
		body.push(`## ${step.heading} {#${step.id}}`, '');
		body.push(paragraph(1, 3), '');
		const items = int(2, 5);
		for (let n = 1; n <= items; n++) {
			const extra = random() < 0.4 ? ` Go to ${settingsPath()}.` : ` Tap ${tap(pick(OBJECTS))}.`;
			body.push(`${n}. ${sentence(5, 12)}${extra}`);
		}
		body.push('');
		const quoted = errors.find((e) => e.step === step.id);
		if (quoted) {
			body.push(
				`If you see “${quoted.message}”, this step is the one that fixes it. ${sentence()}`,
				'',
			);
		}
		if (random() < 0.35) {
			const type = random() < 0.3 ? 'warning' : 'note';
			body.push(`<Callout type="${type}">`, paragraph(1, 2), '</Callout>', '');
		}
		if (random() < 0.3) {
			body.push(...Array.from({ length: int(2, 4) }, () => `- ${sentence(4, 9)}`), '');
		}
		if (i === steps.length - 1) body.push(paragraph(1, 2), '');
	}
	// The build refuses a step whose text no dated entry in `changes` records.
	const text = `${body.join('\n').trimEnd()}\n`;
	front.push(
		'changes:',
		`  - date: 2026-${month}-${day}`,
		'    steps:',
		...stepsOf(text).map((step) => `      ${step.id}: '${stepHash(step)}'`),
		`    summary: ${q('Every step checked against its sources.')}`,
		'---',
		'',
	);
	return { slug, text: `${front.join('\n')}\n${text}` };
}

/**
 * Writes `count` articles into `outDir` (emptied first). Returns the slugs. Their orders are unique and lie
 * between `firstOrder` and `firstOrder + 2 × count` (safe articles first, then the data-loss ones), so
 * generated articles can sit beside real ones without sharing an order.
 */
export function generateCorpus(
	outDir: string,
	count = 1000,
	seed = 20261126,
	{ firstOrder = 1 } = {},
): string[] {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const random = prng(seed);
	const slugs: string[] = [];
	for (let i = 0; i < count; i++) {
		const { slug, text } = generateArticle(i, random, { firstOrder, count });
		writeFileSync(join(outDir, `${slug}.mdx`), text);
		slugs.push(slug);
	}
	if (readdirSync(outDir).length !== count)
		throw new Error('Generated slugs collided; the corpus is short.');
	return slugs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [outDir, count = '1000', seed = '20261126'] = process.argv.slice(2);
	if (!outDir) {
		console.error('usage: node bench/generate-corpus.ts <outDir> [count=1000] [seed=20261126]');
		process.exit(2);
	}
	const slugs = generateCorpus(resolve(outDir), Number(count), Number(seed));
	console.log(`Wrote ${slugs.length} articles to ${outDir}`);
}
