import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { withNativeInflate } from './inflate.ts';

const ORIGIN = 'https://help.example';
/** A Pagefind file as Pagefind reads it once inflated: its signature, then the content. */
const inflatedFile = new TextEncoder().encode('pagefind_dcd{"url":"/a/","content":"Back up now"}');

const gzipped = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes));

/** A host that answers every request with `body` (and `status`), noting what was asked. */
function host(body: Uint8Array<ArrayBuffer>, status = 200) {
	const asked: string[] = [];
	const fetchFile: typeof fetch = (input) => {
		asked.push(input instanceof Request ? input.url : String(input));
		return Promise.resolve(new Response(status === 200 ? body : null, { status }));
	};
	return { asked, fetchFile };
}

async function bytesOf(response: Response): Promise<Uint8Array> {
	return new Uint8Array(await response.arrayBuffer());
}

describe('withNativeInflate', () => {
	test.each([
		'/pagefind/wasm.en.pagefind',
		'/pagefind/pagefind.en_c32ab47684.pf_meta',
		'/pagefind/index/en_26e4c71.pf_index',
		'/pagefind/fragment/en_7139897.pf_fragment',
		`${ORIGIN}/pagefind/filter/en_1a2b3c4.pf_filter`,
	])('hands Pagefind %s inflated, so it skips its own inflater', async (path) => {
		const { fetchFile } = host(gzipped(inflatedFile));
		const response = await withNativeInflate(fetchFile, ORIGIN)(path);
		expect(response.status).toBe(200);
		expect(await bytesOf(response)).toEqual(inflatedFile);
	});

	test('passes on a file the host has already decoded (Content-Encoding: gzip) as it came', async () => {
		const { fetchFile } = host(inflatedFile);
		const response = await withNativeInflate(fetchFile, ORIGIN)('/pagefind/index/en_1.pf_index');
		expect(await bytesOf(response)).toEqual(inflatedFile);
	});

	test('reads the address of a Request as well as of a string', async () => {
		const { fetchFile, asked } = host(gzipped(inflatedFile));
		const request = new Request(`${ORIGIN}/pagefind/fragment/en_2.pf_fragment`);
		const response = await withNativeInflate(fetchFile, ORIGIN)(request);
		expect(asked).toEqual([request.url]);
		expect(await bytesOf(response)).toEqual(inflatedFile);
	});

	test('leaves a failed answer to Pagefind, which reports it', async () => {
		const { fetchFile } = host(new Uint8Array(), 404);
		const response = await withNativeInflate(fetchFile, ORIGIN)('/pagefind/wasm.en.pagefind');
		expect(response.status).toBe(404);
	});

	test.each([
		'/pagefind/pagefind-entry.json?ts=1',
		'/pagefind/pagefind.js',
		'/search-vocabulary.json',
		'/downloads/archive.pf_index',
		'/docs/pagefind/archive.pf_index',
		'https://elsewhere.example/pagefind/wasm.en.pagefind',
		'/pagefind/pagefind-worker.js',
	])('does not touch %s', async (path) => {
		const body = gzipped(inflatedFile);
		const { fetchFile } = host(body);
		const response = await withNativeInflate(fetchFile, ORIGIN)(path);
		expect(await bytesOf(response)).toEqual(body);
	});
});
