// Headless Chromium for the bench, and what it records of a page's traffic.
import { createHash } from 'node:crypto';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import type { Bytes } from './types.ts';
import { fail, firstLine, gz, sleep } from './util.ts';

export interface JsAsset extends Bytes {
	name: string;
	phase: 'load' | 'islands';
}

export interface LoadedBrowser {
	browser: Browser;
	executablePath: string;
	version: string;
}

/** The e2e tests' Chromium (CHROMIUM_PATH, Playwright's own, or Debian's), with the same flags. */
export async function loadChromium(): Promise<LoadedBrowser> {
	let executablePath: string;
	try {
		executablePath = findChromium();
	} catch (error) {
		fail(`No Chromium: ${firstLine(error)}`);
	}
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	return { browser, executablePath, version: browser.version() };
}

type Kind = 'js' | 'css' | 'html' | 'wasm' | 'font' | 'image' | 'other';

export interface TrafficEntry {
	path: string;
	status: number;
	kind: Kind;
	raw: number;
	gzip: number;
	wire: number;
	body: Buffer;
}

export interface Traffic {
	inflight: number;
	/** Every response finished since the last `take()`, with its body. */
	take: () => Promise<TrafficEntry[]>;
}

function classify(contentType: string, path: string, resourceType: string): Kind {
	if (/javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (/text\/css/.test(contentType) || path.endsWith('.css')) return 'css';
	if (/text\/html/.test(contentType)) return resourceType === 'document' ? 'html' : 'other';
	if (/wasm/.test(contentType) || path.includes('.pagefind')) return 'wasm';
	if (/font/.test(contentType)) return 'font';
	if (/image/.test(contentType)) return 'image';
	return 'other';
}

/** Records every response of a page: type, decoded bytes, gzip bytes, bytes on the wire. */
export function recordTraffic(page: Page): Traffic {
	let entries: TrafficEntry[] = [];
	let pending: Promise<void>[] = [];
	const state: Traffic = {
		inflight: 0,
		take: async () => {
			await Promise.all(pending);
			const taken = entries;
			entries = [];
			pending = [];
			return taken;
		},
	};
	page.on('request', () => state.inflight++);
	page.on('requestfailed', () => state.inflight--);
	page.on('requestfinished', (request) => {
		state.inflight--;
		pending.push(
			(async () => {
				// A request still finishing when its page closes has no response left to read: not recorded.
				const response = await request.response().catch(() => null);
				if (!response) return;
				let body: Buffer = Buffer.alloc(0);
				try {
					body = await response.body();
				} catch {
					// redirects have no body
				}
				let wire = body.length;
				try {
					// Negative (headers only) when the browser answered from its cache: nothing came over the wire.
					wire = Math.max(0, (await request.sizes()).responseBodySize);
				} catch {
					// the request's sizes are gone with its page
				}
				const url = new URL(request.url());
				entries.push({
					path: url.pathname,
					status: response.status(),
					kind: classify(
						response.headers()['content-type'] ?? '',
						url.pathname,
						request.resourceType(),
					),
					raw: body.length,
					gzip: gz(body),
					wire,
					body,
				});
			})(),
		);
	});
	return state;
}

/** Waits until no request has been in flight for `quietMs` (max `maxMs`). */
export async function settle(traffic: Traffic, quietMs = 500, maxMs = 10_000): Promise<boolean> {
	const end = Date.now() + maxMs;
	let quietSince = Date.now();
	while (Date.now() < end) {
		if (traffic.inflight > 0) quietSince = Date.now();
		else if (Date.now() - quietSince >= quietMs) return true;
		await sleep(25);
	}
	return false;
}

const INLINE_JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export interface InlineAssets {
	js: Buffer;
	css: Buffer;
	jsCount: number;
	cssCount: number;
	jsBlocks: string[];
}

/** Inline scripts (executable ones) and styles in a page's HTML as served. */
export function inlineAssets(html: string): InlineAssets {
	const js: string[] = [];
	const css: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = match[1] ?? '';
		const code = match[2] ?? '';
		if (/\bsrc\s*=/.test(attrs)) continue;
		const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '').toLowerCase();
		if (INLINE_JS_TYPES.has(type) && code.trim()) js.push(code);
	}
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		if (match[1]?.trim()) css.push(match[1]);
	}
	return {
		js: Buffer.from(js.join('\n')),
		css: Buffer.from(css.join('\n')),
		jsCount: js.length,
		cssCount: css.length,
		jsBlocks: js,
	};
}

/** An inline script's name in asset lists: the same code has the same name on every page. */
const inlineName = (code: string) =>
	`inline script ${createHash('sha256').update(code).digest('hex').slice(0, 8)}`;

/** JS assets of a page: files by path, inline blocks by content. */
export function jsAssets(
	entries: TrafficEntry[],
	inlineBlocks: string[],
	phase: JsAsset['phase'],
): JsAsset[] {
	return [
		...entries
			.filter((e) => e.kind === 'js')
			.map((e) => ({ name: e.path, raw: e.raw, gzip: e.gzip, phase })),
		...inlineBlocks.map((code) => ({
			name: inlineName(code),
			raw: Buffer.byteLength(code),
			gzip: gz(Buffer.from(code)),
			phase,
		})),
	];
}
