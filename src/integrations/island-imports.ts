import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

/**
 * The islands an article writes without an import (`<StorageCheck />`), and their component files.
 *
 * Astro attaches the stylesheet of a component an MDX file imports only to the pages that render that
 * file (its propagated assets), while a component the article page passes to every article's
 * `<Content components>` puts its stylesheet on every article. So each article that uses an island
 * imports it, and only those pages link the island's CSS; this plugin writes that import, so that
 * authors and translators never do.
 *
 * Hand-written because MDX here is compiled by Sätteri, where remark plugins such as astro-auto-import do
 * not run, and those import every component into every file, which would put the CSS back on every page.
 */
const ISLANDS: Record<string, string> = {
	ICloudStatus: fileURLToPath(new URL('../components/ICloudStatus.astro', import.meta.url)),
	StorageCheck: fileURLToPath(new URL('../components/StorageCheck.astro', import.meta.url)),
};

/** A Sätteri plugin: an MDX file imports, at its top, each island it uses. */
export const islandImports: MdastPluginEntry = () => {
	const used = new Set<string>();
	const note = ({ name }: { name?: string | null | undefined }) => {
		if (name && Object.hasOwn(ISLANDS, name)) used.add(name);
	};
	return defineMdastPlugin({
		name: 'island-imports',
		mdxJsxFlowElement: note,
		mdxJsxTextElement: note,
		after(root, ctx) {
			if (used.size === 0) return;
			ctx.prependChild(
				root,
				[...used].map((name) => ({
					type: 'mdxjsEsm' as const,
					value: `import ${name} from ${JSON.stringify(ISLANDS[name])};`,
				})),
			);
		},
	});
};
