/**
 * Pagefind stores its WebAssembly, metadata, index chunks and fragments gzip-compressed, and inflates each
 * file with an inflater written in JavaScript, on the page's main thread, unless the file already starts
 * with Pagefind's "decompressed" signature (as it does when a host sends it with `Content-Encoding: gzip`).
 * Static hosts send these files as opaque binary, so the search page inflates them with the browser's own
 * gzip decoder before Pagefind reads them: in a CPU profile of the search page, Pagefind's inflater was
 * the largest single item on the way to the first result (`npm run bench` measures that way).
 *
 * This relies on Pagefind internals (the file extensions below and its "already decompressed" check),
 * not on its documented API, so package.json pins `pagefind` to `~1.6`: a minor release may change
 * either. Before raising the pin, rerun `npm run bench` and the search e2e tests.
 */

import { PAGEFIND_BASE } from './files.ts';

/** Pagefind's gzip-stored files, by extension: the WebAssembly, the metadata, index chunks, filters, fragments. */
const STORED_GZIP = /\.(?:pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;

function isStoredGzip(url: URL, pagefindOrigin: string): boolean {
	return (
		url.origin === pagefindOrigin &&
		url.pathname.startsWith(PAGEFIND_BASE) &&
		STORED_GZIP.test(url.pathname)
	);
}

/** Whether bytes begin as a gzip stream does (RFC 1952: 0x1f 0x8b). */
function isGzip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The response's body, inflated when it is still gzip; as it came when the host already decoded it. */
async function inflated(response: Response): Promise<Response> {
	if (!response.ok) return response;
	const bytes = new Uint8Array(await response.arrayBuffer());
	const init = {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	};
	if (!isGzip(bytes)) return new Response(bytes, init);
	const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(body, init);
}

/** `fetch`, with Pagefind's gzip-stored files of `origin` inflated natively. */
export function withNativeInflate(fetchFile: typeof fetch, origin: string): typeof fetch {
	return async (input, init) => {
		const response = await fetchFile(input, init);
		const url = new URL(input instanceof Request ? input.url : String(input), origin);
		return isStoredGzip(url, origin) ? inflated(response) : response;
	};
}
