import { describe, expect, test } from 'vitest';
import { withFetchedAhead } from './fetch-ahead.ts';

const ORIGIN = 'https://help.example';
const WASM = '/pagefind/wasm.en.pagefind';

/** A network that answers each address with its request number, or fails while `down`. */
function network() {
	const state = { down: false, asked: [] as string[] };
	const fetchFile: typeof fetch = (input) => {
		const url = input instanceof Request ? input.url : String(input);
		state.asked.push(url);
		if (state.down) return Promise.reject(new TypeError('Failed to fetch'));
		return Promise.resolve(new Response(`answer ${state.asked.length}`));
	};
	return { state, fetchFile };
}

describe('withFetchedAhead', () => {
	test('fetches a file at once and hands that answer to the first request for it', async () => {
		const { state, fetchFile } = network();
		const fetchAhead = withFetchedAhead(fetchFile, [WASM], ORIGIN);
		expect(state.asked).toEqual([`${ORIGIN}${WASM}`]);
		expect(await (await fetchAhead(`${ORIGIN}${WASM}`)).text()).toBe('answer 1');
		expect(state.asked).toHaveLength(1);
	});

	test('fetches the file anew for a later request, whose body is its own', async () => {
		const { state, fetchFile } = network();
		const fetchAhead = withFetchedAhead(fetchFile, [WASM], ORIGIN);
		await fetchAhead(WASM);
		expect(await (await fetchAhead(WASM)).text()).toBe('answer 2');
		expect(state.asked).toHaveLength(2);
	});

	test('after an early fetch failed, the request goes to the network again, so Retry can work', async () => {
		const { state, fetchFile } = network();
		state.down = true;
		const fetchAhead = withFetchedAhead(fetchFile, [WASM], ORIGIN);
		state.down = false;
		expect(await (await fetchAhead(WASM)).text()).toBe('answer 2');
	});

	test('passes every other request straight on', async () => {
		const { state, fetchFile } = network();
		const fetchAhead = withFetchedAhead(fetchFile, [WASM], ORIGIN);
		const init = { method: 'HEAD' };
		await fetchAhead('/pagefind/pagefind-entry.json', init);
		await fetchAhead(WASM, init);
		expect(state.asked).toEqual([`${ORIGIN}${WASM}`, '/pagefind/pagefind-entry.json', WASM]);
		expect(await (await fetchAhead(WASM)).text()).toBe('answer 1');
	});
});
