/**
 * The glossary of on-screen labels (content/glossary.yaml): every button, switch, screen and menu place
 * a step names, once per app and language, with the source that shows it. Articles name a label by its
 * exact English wording and its app (`<L app="whatsapp">Back Up Now</L>`, or a place of
 * `<SettingsPath app="ios" path="Settings > General" />`); the page shows the label of its language.
 *
 * This module reads those uses out of an MDX body, looks labels up, decides how each one reads, and
 * checks an article against the glossary and a translation against its English article. The file is
 * read and validated by src/schemas/glossary.ts; src/components/L.astro and SettingsPath.astro render.
 */
import { withoutCode } from '../content/active-markup.ts';
import { headingsOf } from '../content/markdown.ts';
import { parseSettingsPath } from '../site/settings-path.ts';
import type { LabelText } from './label-text.ts';
import { LOCALES, type Locale } from './locales.ts';

/**
 * Where a label is seen: WhatsApp's screens; the iPhone's own (Settings, Apple's apps, setup); a
 * computer's (Finder, iTunes, Apple Devices); a web page (Apple's System Status), whose names can differ
 * from the same words in Settings ("Copia de seguridad de iCloud" there, "Copia en iCloud" in Settings).
 */
export const LABEL_APPS = ['whatsapp', 'ios', 'computer', 'web'] as const;
export type LabelApp = (typeof LABEL_APPS)[number];

export const GLOSSARY_FILE = 'content/glossary.yaml';

/** How far a label can be trusted: an Apple or WhatsApp page shows it, the press shows it, or nothing we read does. */
export const LABEL_KINDS = ['official', 'press', 'none'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

interface Sourced {
	kind: 'official' | 'press';
	/** The page that shows the label. */
	source: string;
	/** The iOS or WhatsApp version, or the date, the source shows it on, when it says. */
	seenOn?: string | undefined;
}

/** No source we read shows the label: the page describes it and keeps the English label after it. */
interface Unsourced {
	kind: 'none';
	/** What the control does, in the language, fitting in a sentence: "la opción de hacer la copia ahora". */
	description: string;
}

/** English: the label is the glossary key itself, so only its evidence is recorded. */
type EnglishLabel = Sourced | Unsourced;
type TranslatedLabel = (Sourced & { label: string }) | Unsourced;
/** Spain's label where a source shows that its screen differs from Latin America's; shown as a note after the `es` one. */
type SpainLabel = Sourced & { label: string };

interface GlossaryEntry {
	en: EnglishLabel;
	es?: TranslatedLabel | undefined;
	'es-ES'?: SpainLabel | undefined;
	'pt-br'?: TranslatedLabel | undefined;
	de?: TranslatedLabel | undefined;
}

/** app → exact English label → its entry. */
export type Glossary = Record<LabelApp, Record<string, GlossaryEntry>>;

export function isLabelApp(value: string): value is LabelApp {
	return (LABEL_APPS as readonly string[]).includes(value);
}

/** How build messages and reports name a label: `whatsapp:Back Up Now`. */
export function labelKey(app: string, label: string): string {
	return `${app}:${label}`;
}

/** Why a label can't be shown in `locale`, or undefined when it can. */
function labelProblem(
	glossary: Glossary,
	app: string,
	label: string,
	locale: Locale,
): string | undefined {
	if (!isLabelApp(app))
		return `app="${app}" is not an app of the glossary; use one of ${LABEL_APPS.join(', ')}`;
	const entry = glossary[app][label];
	if (!entry) {
		const elsewhere = LABEL_APPS.filter((other) => glossary[other][label]);
		const hint =
			elsewhere.length > 0
				? `; it is there for app="${elsewhere.join('" and app="')}"`
				: '; add it (docs/translating.md, "The glossary"), or check the spelling against the screen';
		return `"${labelKey(app, label)}" is not in ${GLOSSARY_FILE}${hint}`;
	}
	if (!entry[locale])
		return `"${labelKey(app, label)}" has no "${locale}" entry in ${GLOSSARY_FILE}; add what a ${locale} screen shows, or kind: none with a description`;
	return undefined;
}

/** How a label reads in `locale`; throws when the glossary lacks it (the build checks name the file first). */
export function labelText(
	glossary: Glossary,
	app: string,
	label: string,
	locale: Locale,
): LabelText {
	const entry = isLabelApp(app) ? glossary[app][label] : undefined;
	// English pages read as the articles are written, whatever the evidence for the wording.
	if (entry && locale === 'en') return { kind: 'label', text: label };
	const translated = entry && locale !== 'en' ? entry[locale] : undefined;
	if (!entry || !translated) throw new Error(labelProblem(glossary, app, label, locale));
	const spain = locale === 'es' ? entry['es-ES']?.label : undefined;
	const note = spain ? { spain } : {};
	if (translated.kind === 'none')
		return { kind: 'described', description: translated.description, english: label, ...note };
	return { kind: 'label', text: translated.label, ...note };
}

/**
 * The label a screen in `locale` shows, where a source shows it (how /errors/ names a button); undefined
 * for English, a place that is no app of the glossary, or a label no source shows in `locale`.
 */
export function screenLabel(
	glossary: Glossary,
	app: string,
	label: string,
	locale: Locale,
): string | undefined {
	if (locale === 'en' || !isLabelApp(app)) return undefined;
	const translated = glossary[app][label]?.[locale];
	return translated?.kind === 'none' ? undefined : translated?.label;
}

/** Each place of a `<SettingsPath>` as it reads in `locale`. */
export function settingsPathText(
	glossary: Glossary,
	app: string,
	path: string,
	locale: Locale,
): LabelText[] {
	return parseSettingsPath(path).map((place) => labelText(glossary, app, place, locale));
}

/**
 * The text between `<L …>` and `</L>` as Astro hands a slot over: HTML-escaped, and with typographic
 * apostrophes where the Markdown processor curls them. The glossary is keyed by the plain wording.
 */
export function slotLabel(html: string): string {
	return html
		.trim()
		.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"');
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	'#39': "'",
	'#x27': "'",
};

/** A label named in an article: by `<L>` or as a place of a `<SettingsPath>`. */
export interface LabelUse {
	app: string;
	label: string;
	/** 1-based line of the body. */
	line: number;
	/** The `##` step it is in; '' before the first step. */
	step: string;
}

interface BodyProblem {
	line: number;
	step: string;
	message: string;
}

const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// Attribute values of a SettingsPath hold ">", so the tag ends at the first ">" outside quotes.
const SETTINGS_PATH = /<SettingsPath\b((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))*)\s*\/?>/g;
const L_OPEN = /<L(?=[\s>/])/g;
// An element is `<L …>` (not self-closing) up to the first `</L>`, with no other `<L` inside.
const L_ELEMENT = /<L(\s[^>]*?)?(?<!\/)>((?:(?!<L[\s>/])[\s\S])*?)<\/L\s*>/g;

function attributes(text: string): Map<string, string> {
	return new Map(
		[...text.matchAll(ATTRIBUTE)].map((match) => [match[1] ?? '', match[2] ?? match[3] ?? '']),
	);
}

/** The step each line of a body is in: the id of the `##` heading above it ('' before the first). */
function stepFinder(body: string): (line: number) => string {
	const steps = headingsOf(body)
		.filter((heading) => heading.depth === 2)
		.map((heading) => ({ line: heading.line, step: heading.id ?? heading.text }));
	return (line) => steps.findLast((heading) => heading.line <= line)?.step ?? '';
}

/** Every label an MDX body names, and every `<L>` or `<SettingsPath>` written so that it names none. */
export function scanLabels(body: string): { uses: LabelUse[]; problems: BodyProblem[] } {
	const text = withoutCode(body);
	const stepOf = stepFinder(body);
	const lineAt = (index: number) => text.slice(0, index).split('\n').length;
	const uses: LabelUse[] = [];
	const problems: BodyProblem[] = [];
	const problem = (index: number, message: string) => {
		const line = lineAt(index);
		problems.push({ line, step: stepOf(line), message });
	};

	const elements = [...text.matchAll(L_ELEMENT)];
	for (const match of elements) {
		const app = attributes(match[1] ?? '').get('app');
		const label = (match[2] ?? '').trim();
		if (app === undefined) problem(match.index, `<L> needs an app: <L app="whatsapp">${label}</L>`);
		else if (/[<>*_`[\]\n]/.test(label) || label === '')
			problem(
				match.index,
				`write only the label's exact English words inside <L app="${app}">…</L>, without markup or line breaks`,
			);
		else uses.push({ app, label, line: lineAt(match.index), step: stepOf(lineAt(match.index)) });
	}
	const closed = new Set(elements.map((match) => match.index));
	for (const match of text.matchAll(L_OPEN))
		if (!closed.has(match.index))
			problem(match.index, 'close each <L app="…"> with </L> around the English label');

	for (const match of text.matchAll(SETTINGS_PATH)) {
		const attrs = attributes(match[1] ?? '');
		const app = attrs.get('app');
		const path = attrs.get('path') ?? '';
		if (app === undefined) {
			problem(
				match.index,
				`<SettingsPath path="${path}"> needs the app whose Settings it is: app="ios" or app="whatsapp"`,
			);
			continue;
		}
		let places: string[];
		try {
			places = parseSettingsPath(path);
		} catch (error) {
			problem(match.index, (error as Error).message);
			continue;
		}
		const line = lineAt(match.index);
		for (const place of places) uses.push({ app, label: place, line, step: stepOf(line) });
	}
	return { uses: uses.sort((a, b) => a.line - b.line), problems };
}

const where = (file: string, line: number, step: string) =>
	`${file}:${line}: ${step === '' ? 'before the first step' : `step "${step}"`}`;

/**
 * Problems with the labels an article names in `locale`: a malformed `<L>` or `<SettingsPath>`, a label
 * missing from the glossary or from its `locale` entries, and an English label written in bold instead
 * of through the glossary. Each names the file, line, step and label.
 */
export function checkArticleLabels(
	file: string,
	body: string,
	glossary: Glossary,
	locale: Locale,
): string[] {
	const { uses, problems } = scanLabels(body);
	const found = [
		...problems,
		...uses.flatMap((use) => {
			const message = labelProblem(glossary, use.app, use.label, locale);
			return message ? [{ ...use, message }] : [];
		}),
		...boldLabels(body, glossary),
	];
	return found
		.sort((a, b) => a.line - b.line)
		.map((item) => `${where(file, item.line, item.step)}: ${item.message}.`);
}

/** Bold text that is word for word an English label of the glossary: it should go through `<L>`. */
function boldLabels(body: string, glossary: Glossary): BodyProblem[] {
	const text = withoutCode(body);
	const stepOf = stepFinder(body);
	return [...text.matchAll(/\*\*([^*\n]+?)\*\*/g)].flatMap((match) => {
		const label = (match[1] ?? '').trim();
		const apps = LABEL_APPS.filter((app) => glossary[app][label]);
		if (apps.length === 0) return [];
		const line = text.slice(0, match.index).split('\n').length;
		const write = apps.map((app) => `<L app="${app}">${label}</L>`).join(' or ');
		return [
			{
				line,
				step: stepOf(line),
				message: `**${label}** is an on-screen label of the glossary: write ${write}, so each language shows its own`,
			},
		];
	});
}

/**
 * A translation must name the same labels as its English article, step by step: for each step in both,
 * the set of `<L>` and `<SettingsPath>` labels must be equal. Steps missing from either side are left to
 * the check of step ids.
 */
export function checkTranslationLabels(
	file: string,
	englishBody: string,
	translatedBody: string,
): string[] {
	const byStep = (body: string) => {
		const steps = new Map<string, { line: number; keys: Set<string> }>();
		for (const heading of headingsOf(body).filter((heading) => heading.depth === 2))
			steps.set(heading.id ?? heading.text, { line: heading.line, keys: new Set() });
		steps.set('', { line: 1, keys: new Set() });
		for (const use of scanLabels(body).uses)
			steps.get(use.step)?.keys.add(labelKey(use.app, use.label));
		return steps;
	};
	const english = byStep(englishBody);
	const problems: string[] = [];
	for (const [step, translated] of byStep(translatedBody)) {
		const source = english.get(step);
		if (!source) continue;
		const missing = [...source.keys].filter((key) => !translated.keys.has(key));
		const extra = [...translated.keys].filter((key) => !source.keys.has(key));
		if (missing.length === 0 && extra.length === 0) continue;
		const list = (keys: string[]) => keys.map((key) => `"${key}"`).join(', ');
		const parts = [
			missing.length > 0 ? `missing ${list(missing)}` : '',
			extra.length > 0 ? `not in the English step ${list(extra)}` : '',
		].filter(Boolean);
		problems.push(
			`${where(file, translated.line, step)}: name the same labels as the English step, through <L> and <SettingsPath>: ${parts.join('; ')}.`,
		);
	}
	return problems;
}

/** How many labels of each kind a language has, for the glossary report and the closing note. */
export function countLabels(glossary: Glossary): Record<Locale, Record<LabelKind, number>> {
	const counts = {} as Record<Locale, Record<LabelKind, number>>;
	for (const locale of LOCALES) {
		const count = { official: 0, press: 0, none: 0 };
		for (const app of LABEL_APPS)
			for (const entry of Object.values(glossary[app])) {
				const kind = entry[locale]?.kind;
				if (kind) count[kind]++;
			}
		counts[locale] = count;
	}
	return counts;
}
