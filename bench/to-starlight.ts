// Turns one of our MDX articles into a Starlight page by plain text transforms:
// - front matter: keep title and description, drop the rest (Starlight's schema has no kind, risk, …);
// - <Callout type="note|warning" title="…"> → Starlight's <Aside type="note|caution" title="…">;
// - <SettingsPath app="…" path="A > B > C" /> → **A › B › C** (plain bold text), <L app="…">X</L> → **X**
//   (the English labels, as our English pages show them);
// - islands (<StorageCheck />, <ICloudStatus />, and any `import X from '../src/islands/…'`) are dropped;
// - <DatedFact date upcoming past /> → the sentence our build shows on its build day, as plain text;
// - `## Heading {#id}` → `## Heading` (Starlight makes its own heading ids; `{…}` would be an MDX expression);
// - any other capitalised component left over is unwrapped (children kept) and reported.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	buildDay,
	formatDay,
	parseDay,
	splitOnDate,
	tenseOn,
} from '../src/lib/content/dated-fact.ts';

const ASIDE_TYPES: Record<string, string> = {
	note: 'note',
	warning: 'caution',
	tip: 'tip',
	caution: 'caution',
	danger: 'danger',
};

/** Reads a YAML scalar the way our front matter writes them: plain, 'single' or "double" quoted. */
function scalar(raw: string): string {
	const value = raw.trim();
	if (value.startsWith('"')) return JSON.parse(value) as string;
	if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
	return value.replace(/\s+#.*$/, '');
}

/** Top-level `key: value` pairs of a front matter block, with folded/literal block scalars. */
function topLevelScalars(yaml: string): Record<string, string> {
	const lines = yaml.split('\n');
	const out: Record<string, string> = {};
	for (let i = 0; i < lines.length; i++) {
		const match = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(lines[i] ?? '');
		const key = match?.[1];
		if (!key) continue;
		const rest = match[2] ?? '';
		if (/^[>|][+-]?$/.test(rest.trim())) {
			const block: string[] = [];
			const more = () =>
				i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1] ?? '') || lines[i + 1] === '');
			while (more()) block.push((lines[++i] ?? '').trim());
			out[key] = rest.trim().startsWith('>') ? block.join(' ').trim() : block.join('\n').trim();
		} else if (rest.trim() !== '') {
			out[key] = scalar(rest);
		}
	}
	return out;
}

function toStarlight(source: string, { onUnknown = (_name: string) => {} } = {}): string {
	const fm = /^---\n([\s\S]*?)\n---\n?/.exec(source);
	if (!fm) throw new Error('no front matter');
	const data = topLevelScalars(fm[1] ?? '');
	if (!data['title']) throw new Error('front matter has no title');
	let body = source.slice(fm[0].length);

	// Islands and their uses: those the article page supplies (written without an import), and imported ones.
	const islands: string[] = ['StorageCheck', 'ICloudStatus'];
	body = body.replace(
		/^import\s+(?:\{\s*)?(\w+)(?:\s*\})?\s+from\s+['"](?:\.\.\/)+src\/islands\/[^'"]+['"];?[ \t]*\n/gm,
		(_, name: string) => {
			islands.push(name);
			return '';
		},
	);
	// Any other import of our site's own files cannot resolve in the reference.
	body = body.replace(/^import\s+[^\n]*from\s+['"](?:\.\.\/)+src\/[^'"]+['"];?[ \t]*\n/gm, '');
	for (const name of islands) {
		body = body.replace(new RegExp(`<${name}\\b[^>]*?/>`, 'g'), '');
		body = body.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, 'g'), '');
	}

	body = body.replace(/<Callout\b([^>]*)>/g, (_, attrs: string) => {
		const type = /type="(\w+)"/.exec(attrs)?.[1] ?? 'note';
		const title = /title="([^"]*)"/.exec(attrs)?.[1];
		return `<Aside type="${ASIDE_TYPES[type] ?? 'note'}"${title ? ` title="${title}"` : ''}>`;
	});
	body = body.replace(/<\/Callout>/g, '</Aside>');
	body = body.replace(
		/<SettingsPath\s+(?:app="[^"]*"\s+)?path="([^"]*)"\s*\/>/g,
		(_, path: string) =>
			`**${path
				.split(/\s*[>›]\s*/)
				.filter(Boolean)
				.join(' › ')}**`,
	);
	body = body.replace(/<L\s+app="[^"]*"\s*>([^<]*)<\/L>/g, '**$1**');
	// The same tense and date text as src/components/DatedFact.astro renders, so both sites say the same thing.
	body = body.replace(/<DatedFact\b([^>]*?)\/>/g, (_, attrs: string) => {
		const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';
		const day = parseDay(attr('date'), '<DatedFact date>');
		const { before, after, hasDate } = splitOnDate(
			attr(tenseOn(day, buildDay()) === 'past' ? 'past' : 'upcoming'),
		);
		return `${before}${hasDate ? formatDay(day) : ''}${after}`;
	});
	body = body.replace(/^(#{1,6}[ \t].*?)[ \t]*\{#[\w-]+\}[ \t]*$/gm, '$1');

	// Unwrap whatever else is left (keeping children), outside fenced code.
	body = body.replace(/<\/?([A-Z]\w*)\b[^>]*?\/?>/g, (tag, name: string) => {
		if (name === 'Aside') return tag;
		onUnknown(name);
		return '';
	});

	const front = ['---', `title: ${JSON.stringify(data['title'])}`];
	if (data['description']) front.push(`description: ${JSON.stringify(data['description'])}`);
	front.push('---', '');
	const usesAside = body.includes('<Aside');
	const imports = usesAside ? "import { Aside } from '@astrojs/starlight/components';\n\n" : '';
	return `${front.join('\n')}\n${imports}${body.replace(/^\n+/, '')}`;
}

const INDEX_PAGE = `---
title: WhatsApp iCloud backup help
description: Reference Starlight site built from the same articles, for npm run bench.
template: splash
pagefind: false
hero:
  tagline: Your WhatsApp backup won’t reach iCloud? Pick an article from the sidebar or search.
---
`;

/**
 * Fills `docsDir` (emptied first) with Starlight versions of every `*.mdx` in `articlesDir`, plus a splash
 * home page kept out of search. Returns the slugs and the names of components it had to unwrap.
 */
export function prepareReferenceDocs(
	articlesDir: string,
	docsDir: string,
): { slugs: string[]; unknown: string[] } {
	rmSync(docsDir, { recursive: true, force: true });
	mkdirSync(docsDir, { recursive: true });
	const unknown = new Set<string>();
	const slugs: string[] = [];
	for (const file of readdirSync(articlesDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()) {
		const text = toStarlight(readFileSync(join(articlesDir, file), 'utf8'), {
			onUnknown: (n) => unknown.add(n),
		});
		writeFileSync(join(docsDir, file), text);
		slugs.push(file.replace(/\.mdx$/, ''));
	}
	writeFileSync(join(docsDir, 'index.mdx'), INDEX_PAGE);
	return { slugs, unknown: [...unknown] };
}
