// Unit tests render .astro components in-process (Astro's container API). `tsc` has no Astro plugin to
// resolve `import X from './X.astro'`; this gives such imports the type the container takes. In the
// editor and in `astro check`, the real component types win: a wildcard is used only when a file
// does not resolve.
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
