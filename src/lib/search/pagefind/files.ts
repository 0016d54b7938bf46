import { SITE_LANG } from '../../site/site.ts';

/** Where Pagefind's files are, wherever the index was built. */
export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_SCRIPT = `${PAGEFIND_BASE}pagefind.js`;
/**
 * Pagefind's WebAssembly for a page's language (`<html lang>`, which Pagefind writes in lower case:
 * `pt-BR` → `wasm.pt-br.pagefind`); `npm run test:dist` checks that the built entry file names each one.
 */
export const pagefindWasm = (lang: string) => `${PAGEFIND_BASE}wasm.${lang.toLowerCase()}.pagefind`;
/** The English pages' WebAssembly. */
export const PAGEFIND_WASM = pagefindWasm(SITE_LANG);
/** The entry file that names this build's index files (and the WebAssembly) for each language. */
export const PAGEFIND_ENTRY = `${PAGEFIND_BASE}pagefind-entry.json`;
export const PAGEFIND_HIGHLIGHT_SCRIPT = `${PAGEFIND_BASE}pagefind-highlight.js`;
