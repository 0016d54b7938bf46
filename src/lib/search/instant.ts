import { articlePath, sortByOrder } from '../content/articles.ts';
import { stepsOf } from '../content/markdown.ts';
import { SOURCE_LOCALE, localizePath, type Locale } from '../i18n/locales.ts';
import { matchWords, type BestMatchEntry } from './best-match.ts';
import { withHighlight, type SearchHit } from './query.ts';
import { editDistance } from './spelling.ts';
import type { ArticleWithBody } from './vocabulary.ts';

/**
 * The instant index: what the search page answers with before Pagefind has loaded, and the reader's intent
 * it weighs Pagefind's results with, made at build time for one language and shipped inside the page. It
 * holds each article's title and steps, and under each step the messages and symptoms it fixes (Best match
 * reads these too, so they ship once) and the phrasings readers use for it. Arrays rather than objects: the
 * index counts against the search page's byte budget.
 */
export type InstantArticle = [path: string, title: string, dataLoss: 0 | 1, steps: InstantStep[]];
/**
 * A step of an article: its id, its heading, the messages it fixes (each with whether it is exact), and
 * how readers put the problem it solves (the article's `phrasings`), when it has any.
 */
type InstantStep = [
	id: string,
	title: string,
	messages: [text: string, exact: 0 | 1][],
	phrasings?: string[],
];

/**
 * How much article text (characters of JSON) the index takes in full, in Start here order: about 5 KB
 * gzipped. The real help center fits with room to spare; on a site of hundreds of articles the later ones
 * keep only their messages (what Best match needs), and their other words wait for Pagefind.
 */
const FULL_ARTICLES_CHARS = 16_000;

/**
 * The instant index of `entries` for `locale`. A message that several articles list is kept once, under
 * the first of them in Start here order: the fix to try first. Phrasings, which the page never shows, are
 * kept as `normalize` leaves them: the query rules, which turn a reader's words into the pages' words and
 * drop words that carry no topic, so that they meet a query normalised the same way.
 */
export function buildInstantIndex(
	entries: readonly ArticleWithBody[],
	locale: Locale,
	normalize: (text: string) => string = (text) => text,
): InstantArticle[] {
	const seen = new Set<string>();
	let chars = 0;
	return sortByOrder(entries).flatMap((entry): InstantArticle[] => {
		const steps = stepsOf(entry.body ?? '').map((step): InstantStep => {
			const messages = entry.data.errors
				.filter((error) => error.step === step.id)
				.flatMap((error): [string, 0 | 1][] => {
					const key = matchWords(error.message).join(' ');
					if (seen.has(key)) return [];
					seen.add(key);
					return [[error.message, error.exact ? 1 : 0]];
				});
			// Phrasings are written in English; a translation inherits the English ones, which would only add
			// English words to another language's index.
			const phrasings =
				locale === SOURCE_LOCALE ? entry.data.phrasings[step.id]?.map(normalize) : undefined;
			return phrasings
				? [step.id, step.title, messages, phrasings]
				: [step.id, step.title, messages];
		});
		const article = (kept: InstantStep[]): InstantArticle => [
			localizePath(articlePath(entry.id), locale),
			entry.data.title,
			entry.data.risk === 'data-loss' ? 1 : 0,
			kept,
		];
		const full = article(steps);
		chars += JSON.stringify(full).length;
		if (chars <= FULL_ARTICLES_CHARS) return [full];
		const withMessages = steps.filter((step) => step[2].length > 0);
		return withMessages.length > 0 ? [article(withMessages)] : [];
	});
}

/** Best match's entries: every message of the index with its article and step. */
export function bestMatchEntries(index: readonly InstantArticle[]): BestMatchEntry[] {
	return index.flatMap(([path, articleTitle, , steps]) =>
		steps.flatMap(([id, stepTitle, messages]) =>
			messages.map(([message, exact]) => ({
				message,
				exact: exact === 1,
				articleTitle,
				stepTitle,
				href: `${path}#${id}`,
			})),
		),
	);
}

/** An article the instant index found, with its matching steps, best first. */
export interface InstantHit {
	path: string;
	title: string;
	dataLoss: boolean;
	/** How well the article matched: the sum over the query's words of their rarity times their weight. */
	score: number;
	/** Each step with the message of it that matched, as an excerpt: escaped, matched words in `<mark>`. */
	steps: { id: string; title: string; excerpt: string }[];
}

/**
 * A word as the instant index compares it: without a possessive or the endings of plurals and verb forms,
 * so "backups", "backing" and "backed" meet "backup" and "back". Hand-written rather than a Porter stemmer
 * library: this runs before Pagefind's own stemming refines the list, and a library would cost the search
 * page more bytes than this whole module.
 */
export function stem(word: string): string {
	const known = stemmed.get(word);
	if (known !== undefined) return known;
	const found = stemOf(word);
	stemmed.set(word, found);
	return found;
}

/** Stems already worked out: the index repeats its words, and the page stems them all on its first search. */
const stemmed = new Map<string, string>();

function stemOf(word: string): string {
	let base = word.toLowerCase().replace(/'s$/, '');
	if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`;
	else if (base.length > 3 && base.endsWith('s') && !/(?:ss|us|is)$/.test(base))
		base = base.slice(0, -1);
	for (const ending of ['ing', 'ed', 'e'])
		if (base.endsWith(ending) && base.length - ending.length >= 3) {
			const found = base.slice(0, -ending.length);
			// "stopped", "transferring", "freeing" meet "stop", "transfer", "free"; "added" stays with "add", and
			// a double l, s, z or t is the word's own ("stalled", "missed", and Settings, never "set").
			return ending === 'e' || found.length < 4 ? found : found.replace(/([^lszt])\1$/, '$1');
		}
	return base;
}

/**
 * The stems of the index that a query word matches, with how well: 1 for the same stem, ½ for the start of
 * a longer word (the reader is still typing) or a one-letter typo in a word of five letters or more (whose
 * first or second letter is right: the edit distance is only worked out for those, on the way to the first
 * results).
 */
function matchingStems(word: string, vocabulary: Iterable<string>): Map<string, number> {
	const found = new Map<string, number>();
	for (const other of vocabulary) {
		if (other === word) found.set(other, 1);
		else if (
			(word.length >= 3 && other.startsWith(word)) ||
			(word.length >= 5 &&
				(other[0] === word[0] || other[1] === word[1]) &&
				editDistance(word, other, 1) <= 1)
		)
			found.set(other, 0.5);
	}
	return found;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `text` as an excerpt in Pagefind's form: escaped, with the words whose stems matched in `<mark>`. */
function markWords(text: string, matched: ReadonlyMap<string, number>): string {
	return text
		.split(/([\p{L}\p{N}]+(?:['’][\p{L}]+)*)/u)
		.map((part, index) => {
			const escaped = part.replace(/[&<>]/g, (char) => ESCAPES[char] ?? char);
			return index % 2 === 1 && matched.has(stem(part.replace(/’/g, "'")))
				? `<mark>${escaped}</mark>`
				: escaped;
		})
		.join('');
}

/**
 * How an article's score is made (tuned on `e2e/relevance-set.json` only): a title word counts for more
 * than a step's word, since a title says what the whole page is for; the step that matches most of the
 * query counts in full and the article's other matching steps a little; and a phrasing (or message) that
 * shares two words or more with the query adds its own weight, so a reader's sentence lands on the step
 * whose phrasing it resembles rather than on a page that merely repeats its everyday words.
 */
const TITLE_WEIGHT = 3;
const STEP_WEIGHT = 2;
const OTHER_STEPS_WEIGHT = 0.3;
const PHRASING_WEIGHT = 2;

/**
 * Where each stem of the index occurs: the articles whose title has it, and the steps that have it, each
 * step as `article * STEPS + step`; and the words of each phrasing and message, by step. Plain arrays of
 * numbers: the page builds this on its first search, on the way to its first results.
 */
interface Prepared {
	articles: readonly InstantArticle[];
	titles: Map<string, number[]>;
	steps: Map<string, number[]>;
	phrasings: { step: number; words: Set<string> }[];
}
/** More steps than any article has: steps are numbered per article below it. */
const STEPS = 256;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** The stems of a text's words; `wordsOf` split once, with no object per word, as the page does it on load. */
const stems = (text: string) => (text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []).map(stem);

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * The index's words: a text's stems, and each hyphenated word also written as one, since readers write
 * "wifi", "popup" and "end to end" alike; the pages' "Wi-Fi" then meets a reader's "wifi". Only the index
 * gets the joined form: a query's "wi-fi" already matches the parts.
 */
const indexStems = (text: string) => [
	...stems(text),
	...(text.toLowerCase().match(HYPHENATED) ?? []).map((word) => stem(word.replace(/-/g, ''))),
];

function addTo(map: Map<string, number[]>, words: readonly string[], place: number) {
	for (const word of new Set(words)) {
		const places = map.get(word);
		if (places) places.push(place);
		else map.set(word, [place]);
	}
}

const preparedIndexes = new WeakMap<readonly InstantArticle[], Prepared>();

function prepare(articles: readonly InstantArticle[]): Prepared {
	const cached = preparedIndexes.get(articles);
	if (cached) return cached;
	const prepared: Prepared = { articles, titles: new Map(), steps: new Map(), phrasings: [] };
	articles.forEach(([, title, , articleSteps], article) => {
		addTo(prepared.titles, indexStems(title), article);
		articleSteps.forEach(([, stepTitle, messages, phrasings = []], number) => {
			const step = article * STEPS + number;
			const stepWords = indexStems(stepTitle);
			// Each sentence is split and stemmed once, for its own entry and for its step's words.
			for (const sentence of [...messages.map(([message]) => message), ...phrasings]) {
				const words = indexStems(sentence);
				prepared.phrasings.push({ step, words: new Set(words) });
				stepWords.push(...words);
			}
			addTo(prepared.steps, stepWords, step);
		});
	});
	preparedIndexes.set(articles, prepared);
	return prepared;
}

const add = (map: Map<number, number>, key: number, value: number) =>
	map.set(key, (map.get(key) ?? 0) + value);

/**
 * The articles whose titles, steps, messages and phrasings share words with `query` (already normalised
 * by the query rules), best first, each with its matching steps. A query word counts by how rare it is
 * across the index (so "drive" says more than "backup") and by where it matched (see TITLE_WEIGHT). Ties
 * keep Start here order. The index's words are matched once per query word, not once per article, so an
 * answer costs a few milliseconds.
 */
export function searchInstant(query: string, index: readonly InstantArticle[]): InstantHit[] {
	const { articles, titles, steps, phrasings } = prepare(index);
	const vocabulary = new Set([...titles.keys(), ...steps.keys()]);
	const queryWords = new Set(stems(query));
	const matchedStems = new Map<string, number>();
	const rarities = new Map<string, number>();
	const titleScores = new Map<number, number>();
	const stepScores = new Map<number, number>();
	for (const word of queryWords) {
		// The best match of this word in each article's title and in each step.
		const inTitle = new Map<number, number>();
		const inStep = new Map<number, number>();
		for (const [matched, weight] of matchingStems(word, vocabulary)) {
			matchedStems.set(matched, Math.max(matchedStems.get(matched) ?? 0, weight));
			for (const article of titles.get(matched) ?? [])
				inTitle.set(article, Math.max(inTitle.get(article) ?? 0, weight));
			for (const step of steps.get(matched) ?? [])
				inStep.set(step, Math.max(inStep.get(step) ?? 0, weight));
		}
		const having = new Set([
			...inTitle.keys(),
			...[...inStep.keys()].map((step) => Math.floor(step / STEPS)),
		]);
		if (having.size === 0) continue;
		const rarity = Math.log(1 + articles.length / having.size);
		rarities.set(word, rarity);
		for (const [article, weight] of inTitle) add(titleScores, article, rarity * weight);
		for (const [step, weight] of inStep) add(stepScores, step, rarity * weight);
	}
	const scores = new Map<number, number>();
	for (const [article, score] of titleScores) add(scores, article, TITLE_WEIGHT * score);
	const bestSteps = new Map<number, number>();
	for (const [step, score] of stepScores) {
		const article = Math.floor(step / STEPS);
		add(scores, article, OTHER_STEPS_WEIGHT * score);
		bestSteps.set(article, Math.max(bestSteps.get(article) ?? 0, score));
	}
	for (const [article, score] of bestSteps)
		add(scores, article, (STEP_WEIGHT - OTHER_STEPS_WEIGHT) * score);
	const bestPhrasings = new Map<number, number>();
	for (const { step, words } of phrasings) {
		const shared = [...words].filter((word) => queryWords.has(word));
		if (shared.length < 2) continue;
		const score =
			(shared.reduce((sum, word) => sum + (rarities.get(word) ?? 0), 0) * shared.length) /
			words.size;
		const article = Math.floor(step / STEPS);
		bestPhrasings.set(article, Math.max(bestPhrasings.get(article) ?? 0, score));
	}
	for (const [article, score] of bestPhrasings) add(scores, article, PHRASING_WEIGHT * score);
	return [...scores]
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.map(([article, score]) => {
			const [path, title, dataLoss, articleSteps] = articles[article] as InstantArticle;
			const ranked = articleSteps
				.map((step, number) => ({ step, score: stepScores.get(article * STEPS + number) ?? 0 }))
				.filter((item) => item.score > 0)
				.sort((a, b) => b.score - a.score);
			return {
				path,
				title,
				dataLoss: dataLoss === 1,
				score,
				steps: ranked.slice(0, 3).map(({ step: [id, stepTitle, messages] }) => {
					const message = messages.find(([text]) =>
						stems(text).some((word) => matchedStems.has(word)),
					);
					return { id, title: stepTitle, excerpt: markWords(message?.[0] ?? '', matchedStems) };
				}),
			};
		});
}

/** An instant hit in the shape of a Pagefind one: no summary or excerpt of the body, which only Pagefind has. */
export function toSearchHitShape(hit: InstantHit, query: string): SearchHit {
	return {
		title: hit.title,
		summary: '',
		url: withHighlight(hit.path, query),
		risk: hit.dataLoss ? 'data-loss' : undefined,
		steps: hit.steps.map((step) => ({
			title: step.title,
			url: withHighlight(`${hit.path}#${step.id}`, query),
			excerpt: step.excerpt,
		})),
	};
}
