/**
 * Every step names its sources: the `stepSources` front matter of an article, checked against its
 * steps and its `sources`, and turned into the one line shown under each step ("Source: …" when an
 * official page backs the step, "Based on: …" otherwise).
 */
import type { Source } from '../../schemas/article.ts';
import { stepsOf } from './markdown.ts';

/** One link of a step's source line. */
interface SourceLink {
	label: string;
	url: string;
}

/** The line shown under a step. */
export interface StepSourceLine {
	/** An official page backs the step: the line reads "Source:", else "Based on:". */
	official: boolean;
	links: SourceLink[];
}

const JSX_TAG_ONLY = /^\s*<\/?[A-Za-z][^>]*>\s*$/;
const INTERNAL_LINK = /\]\((?:\/|#)/;

/**
 * Whether a step tells the reader to do something, rather than only sending them to other pages:
 * every line of a links-only step (paragraph or list item) carries a link to a page or a step.
 */
export function hasInstructions(lines: readonly string[]): boolean {
	return lines.some((line) => {
		const text = line.trim();
		if (text === '' || JSX_TAG_ONLY.test(text)) return false;
		return !INTERNAL_LINK.test(text);
	});
}

/** Problems with an article's `stepSources` and `dataLossSteps`, one line each, naming file and step. */
export function checkStepSources(
	file: string,
	body: string,
	data: {
		sources: readonly Source[];
		stepSources: Record<string, number[]>;
		dataLossSteps: readonly string[];
	},
): string[] {
	const problems: string[] = [];
	const sections = stepsOf(body).filter((section) => section.id !== '');
	const ids = sections.map((section) => section.id);
	const known = `its steps: ${ids.join(', ')}`;
	for (const [step, numbers] of Object.entries(data.stepSources)) {
		if (!ids.includes(step))
			problems.push(
				`${file}: stepSources names the step "${step}", which this article does not have (${known}).`,
			);
		for (const number of numbers)
			if (number > data.sources.length)
				problems.push(
					`${file}: stepSources.${step}: there is no source ${number}; this article lists ${data.sources.length} sources, numbered from 1 in the order of sources.`,
				);
	}
	for (const section of sections) {
		if (data.stepSources[section.id] || !hasInstructions(section.lines)) continue;
		problems.push(
			`${file}:${section.line}: the step "${section.id}" ("${section.title}") gives instructions but names no source. Add it to stepSources with the numbers of the sources it rests on, e.g. "stepSources: { ${section.id}: [1] }".`,
		);
	}
	for (const step of data.dataLossSteps)
		if (!ids.includes(step))
			problems.push(
				`${file}: dataLossSteps names the step "${step}", which this article does not have (${known}).`,
			);
	return problems;
}

/** The short name of a source's publisher: its title up to the first colon. */
function publisherOf(source: Source): string {
	return source.title.split(':')[0]?.trim() ?? source.title;
}

/** How the line names a kind of report in the page's language: "a press report". */
export type ReportPhrases = Record<'press' | 'first-hand', string>;

/**
 * How a source that is not official reads in a "Based on:" line: who published it, what kind of report it
 * is, and its year when the title gives one ("Trusted Reviews, a press report, 2022"), so two reports of
 * one kind never read alike.
 */
function describeReport(source: Source, phrases: ReportPhrases): string {
	const year = /\((?:[A-Z][a-z]+ )?(\d{4})\)/.exec(source.title)?.[1];
	const phrase =
		source.kind === 'official'
			? publisherOf(source)
			: `${publisherOf(source)}, ${phrases[source.kind]}`;
	return year ? `${phrase}, ${year}` : phrase;
}

/** The source line of one step, or undefined when the step names no source. */
export function stepSourceLine(
	sources: readonly Source[],
	numbers: readonly number[] | undefined,
	phrases: ReportPhrases,
): StepSourceLine | undefined {
	const cited = (numbers ?? []).flatMap((number) => {
		const source = sources[number - 1];
		return source ? [source] : [];
	});
	if (cited.length === 0) return undefined;
	const official = cited.filter((source) => source.kind === 'official');
	const shown = official.length > 0 ? official : cited;
	const links = new Map<string, SourceLink>();
	for (const source of shown) {
		const label = official.length > 0 ? publisherOf(source) : describeReport(source, phrases);
		if (!links.has(label)) links.set(label, { label, url: source.url });
	}
	return { official: official.length > 0, links: [...links.values()] };
}

/** The source line of every step of an article, keyed by step id. */
export function stepSourceLines(
	data: { sources: readonly Source[]; stepSources: Record<string, number[]> },
	phrases: ReportPhrases,
): Record<string, StepSourceLine> {
	const lines: Record<string, StepSourceLine> = {};
	for (const [step, numbers] of Object.entries(data.stepSources)) {
		const line = stepSourceLine(data.sources, numbers, phrases);
		if (line) lines[step] = line;
	}
	return lines;
}
