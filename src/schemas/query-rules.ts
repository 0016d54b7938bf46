import { z } from 'astro/zod';
import { patternProblem, type QueryRulesData } from '../lib/search/rules.ts';

/** Where the rules live, named in every build failure so an author knows which file to fix. */
export const QUERY_RULES_FILE = 'content/search-synonyms.json';

const pattern = z.string().superRefine((value, context) => {
	const problem = patternProblem(value);
	if (problem) context.addIssue({ code: 'custom', message: `The pattern "${value}" ${problem}.` });
});

const RuleSchema = z.strictObject({
	why: z.string().min(10, 'Say why the rule exists, for whoever reviews it.'),
	readers: z.array(pattern).min(1, 'List at least one phrase readers use.'),
	pages: z
		.string()
		.regex(/^[^|?#]*$/, 'Write the words the pages use, without pattern signs (| ? #).'),
});

const QueryRulesSchema = z.strictObject({
	about: z.string().optional(),
	ignore: z.strictObject({
		why: z.string().min(10, 'Say why these words are ignored.'),
		words: z.array(z.string().regex(/^[\p{L}\p{N}'-]+$/u, 'One word, without spaces.')),
	}),
	rules: z.array(RuleSchema),
});

/**
 * A rules file (English's, or `file`: content/<lang>/search-synonyms.json), checked; throws an error naming
 * the file, the entry and the field when it is malformed.
 */
export function parseQueryRules(raw: unknown, file = QUERY_RULES_FILE): QueryRulesData {
	const result = QueryRulesSchema.safeParse(raw);
	if (result.success) return { ignore: result.data.ignore, rules: result.data.rules };
	const problems = result.error.issues.map(
		(issue) => `- ${formatPath(issue.path)}: ${issue.message}`,
	);
	throw new Error(`${file} is malformed:\n${problems.join('\n')}`);
}

/** `["rules", 2, "readers", 0]` → `rules[2].readers[0]`. */
function formatPath(path: readonly PropertyKey[]): string {
	return (
		path.reduce<string>(
			(text, key) =>
				typeof key === 'number'
					? `${text}[${key}]`
					: text === ''
						? String(key)
						: `${text}.${String(key)}`,
			'',
		) || '(file)'
	);
}
