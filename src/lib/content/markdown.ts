/**
 * What a step is, in one place: a `##` heading of an article's MDX body, `## Step title {#step-id}`, outside
 * code fences. The build's content checks, the troubleshooter, the step source lines, the search vocabulary,
 * Best match, the feedback catalogue and the page's own list of steps all read steps through this module.
 * A line scanner rather than an MDX parser: the build parses each article with Astro anyway, this runs
 * before that (in checks that must name the file and line), and MDX's grammar for these lines is simple.
 */

/** Any heading from `##` to `######`, with its explicit id when it has one. */
export interface Heading {
	depth: number;
	/** The heading as written, without its `{#id}`. */
	text: string;
	id: string | undefined;
	/** 1-based line in the body. */
	line: number;
}

/** A step: a `##` heading and the lines of its section, up to the next `##`. */
export interface Step {
	/** The explicit id; '' when the heading has none (the content checks refuse that). */
	id: string;
	/** The title as the page shows it: no Markdown emphasis or code marks. */
	title: string;
	line: number;
	lines: string[];
}

const HEADING = /^(#{2,6})\s+(.*)$/;
const EXPLICIT_ID = /\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Every line of the body with whether it sits inside a code fence (the fence lines count as inside). */
function linesOutsideFences(body: string): { text: string; line: number }[] {
	let inFence = false;
	const outside: { text: string; line: number }[] = [];
	body.split('\n').forEach((text, index) => {
		if (FENCE.test(text)) {
			inFence = !inFence;
			return;
		}
		if (!inFence) outside.push({ text, line: index + 1 });
	});
	return outside;
}

/** The headings of an MDX body, in order. */
export function headingsOf(body: string): Heading[] {
	return linesOutsideFences(body).flatMap(({ text, line }) => {
		const match = HEADING.exec(text);
		if (!match) return [];
		return [
			{
				depth: match[1]?.length ?? 2,
				text: (match[2] ?? '').replace(EXPLICIT_ID, '').trim(),
				id: EXPLICIT_ID.exec(text)?.[1],
				line,
			},
		];
	});
}

function stripEmphasis(text: string): string {
	return text.replace(/[*_`]/g, '').trim();
}

/** The steps of an MDX body, in page order, each with the lines under it. */
export function stepsOf(body: string): Step[] {
	const steps: Step[] = [];
	let inFence = false;
	body.split('\n').forEach((text, index) => {
		if (FENCE.test(text)) inFence = !inFence;
		const heading = inFence ? null : HEADING.exec(text);
		if (heading?.[1] === '##') {
			steps.push({
				id: EXPLICIT_ID.exec(text)?.[1] ?? '',
				title: stripEmphasis((heading[2] ?? '').replace(EXPLICIT_ID, '')),
				line: index + 1,
				lines: [],
			});
		} else {
			steps.at(-1)?.lines.push(text);
		}
	});
	return steps;
}
