/**
 * Files fetched before the code that needs them asks: the search page starts Pagefind's WebAssembly at
 * once, where Pagefind itself would ask for it only after its script has run and its entry file has come
 * back. A `<link rel="preload">` would start it a little sooner, but in Chromium a preload that failed
 * also answered every later fetch of its address, so Retry could not recover from a dropped connection
 * (e2e/search.spec.ts makes the load fail, then retries).
 */

/** `fetch` that answers the first request for each of `addresses` with a fetch started now. */
export function withFetchedAhead(
	fetchFile: typeof fetch,
	addresses: readonly string[],
	origin: string,
): typeof fetch {
	// A failed early fetch is kept as "nothing", so the request that comes for it goes to the network.
	const ahead = new Map(
		addresses.map((address) => {
			const url = new URL(address, origin).href;
			return [url, fetchFile(url).catch(() => undefined)] as const;
		}),
	);
	return async (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input), origin).href;
		const early = init === undefined && !(input instanceof Request) ? ahead.get(url) : undefined;
		// A response's body can be read once: the first request takes it, any later one is fetched anew.
		if (early) ahead.delete(url);
		return (await early) ?? fetchFile(input, init);
	};
}
