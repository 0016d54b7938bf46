import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isEdgePunctuation, isNotWordCharacter, trimEdges } from './edges.ts';
import { MAX_QUERY_LENGTH } from './query.ts';

/** The patterns trimEdges replaced: right on short text, quadratic on long runs. */
const OLD_EDGE_PUNCTUATION = /^[\s'.,;:!?…-]+|[\s'.,;:!?…-]+$/g;
const OLD_BARE_WORD = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu;

/** Text a query can hold, weighted towards long runs of what gets trimmed: the quadratic case. */
const queryText = (maxLength: number) =>
	fc.string({
		unit: fc.constantFrom(
			'.',
			'.',
			'.',
			' ',
			'…',
			'-',
			"'",
			'!',
			'\u00a0',
			'a',
			'é',
			'7',
			'𝐀',
			'😀',
		),
		maxLength,
	});

/** Calls `isEdge`, counting each call: the steps a trim takes. */
function counting(isEdge: (char: string) => boolean) {
	const counter = { steps: 0 };
	const counted = (char: string) => {
		counter.steps += 1;
		return isEdge(char);
	};
	return { counter, counted };
}

describe('trimEdges', () => {
	test.each([
		['“…backup stuck!!”', '“…backup stuck!!”', isEdgePunctuation],
		['...backup stuck!! ', 'backup stuck', isEdgePunctuation],
		['. - ', '', isEdgePunctuation],
		['(iCloud)', 'iCloud', isNotWordCharacter],
		["don't.", "don't", isNotWordCharacter],
		['😀𝐀😀', '𝐀', isNotWordCharacter],
	])('%s → %s', (text, expected, isEdge) => {
		expect(trimEdges(text, isEdge)).toBe(expected);
	});

	test('trims what the old patterns trimmed', () => {
		fc.assert(
			fc.property(queryText(40), (text) => {
				expect(trimEdges(text, isEdgePunctuation)).toBe(text.replace(OLD_EDGE_PUNCTUATION, ''));
				expect(trimEdges(text, isNotWordCharacter)).toBe(text.replace(OLD_BARE_WORD, ''));
			}),
		);
	});

	test('takes at most one step per character, plus one at each end, for any query up to the cap', () => {
		fc.assert(
			fc.property(
				queryText(MAX_QUERY_LENGTH - 2),
				fc.constantFrom(isEdgePunctuation, isNotWordCharacter),
				(inner, isEdge) => {
					// The text alone, and between two letters: the case that froze the page was a long run of
					// punctuation that does not reach the end.
					for (const text of [inner, `a${inner}a`]) {
						const { counter, counted } = counting(isEdge);
						trimEdges(text, counted);
						expect(counter.steps).toBeLessThanOrEqual([...text].length + 2);
					}
				},
			),
		);
	});
});
