import { SITE_LANG } from '../../site/site.ts';

/** Where Pagefind's files are, wherever the index was built. */
export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_SCRIPT = `${PAGEFIND_BASE}pagefind.js`;
/**
 * Pagefind's WebAssembly for the pages' language (`<html lang>`); `npm run test:dist` checks that the
 * built entry file names this one.
 */
export const PAGEFIND_WASM = `${PAGEFIND_BASE}wasm.${SITE_LANG}.pagefind`;
/** The entry file that names this build's index files (and the WebAssembly) for each language. */
export const PAGEFIND_ENTRY = `${PAGEFIND_BASE}pagefind-entry.json`;
export const PAGEFIND_HIGHLIGHT_SCRIPT = `${PAGEFIND_BASE}pagefind-highlight.js`;
