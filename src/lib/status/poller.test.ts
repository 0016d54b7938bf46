import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LoadResult } from './fetch.ts';
import { createStatusPoller, type PollerState, type Visibility } from './poller.ts';
import { unknownReport, WATCHED_SERVICES, type StatusReport } from './report.ts';
import { summarizeReport } from './text.ts';
import { islandsEn } from '../i18n/ui/islands.en.ts';

const INTERVAL = 120_000;
const summarize = (report: StatusReport, failed: boolean) =>
	summarizeReport(report, failed, islandsEn.icloudStatus);

function healthyReport(checkedAt: number): StatusReport {
	return {
		checkedAt,
		services: WATCHED_SERVICES.map((name) => ({
			name,
			state: 'available',
			reason: null,
			events: [],
		})),
	};
}

/** A page whose visibility the test switches. */
function fakeVisibility() {
	let hidden = false;
	const listeners = new Set<() => void>();
	const visibility: Visibility = {
		hidden: () => hidden,
		subscribe(onChange) {
			listeners.add(onChange);
			return () => listeners.delete(onChange);
		},
	};
	const set = (next: 'hidden' | 'visible') => {
		hidden = next === 'hidden';
		for (const listener of listeners) listener();
	};
	return { visibility, set, listeners };
}

/** A loader whose answers the test releases one by one; records every signal it was given. */
function controlledLoader() {
	const pending: { signal: AbortSignal; resolve: (result: LoadResult) => void }[] = [];
	const load = (signal: AbortSignal) =>
		new Promise<LoadResult>((resolve) => pending.push({ signal, resolve }));
	const answer = async (index: number, result: LoadResult) => {
		pending[index]?.resolve(result);
		await vi.advanceTimersByTimeAsync(0);
	};
	return { load, pending, answer };
}

const ok = (report: StatusReport): LoadResult => ({
	ok: true,
	report,
	source: 'relay',
	attempts: [],
});
const failed = (): LoadResult => ({ ok: false, report: unknownReport(Date.now()), attempts: [] });

function setup() {
	const page = fakeVisibility();
	const loader = controlledLoader();
	const states: PollerState[] = [];
	const poller = createStatusPoller({
		load: loader.load,
		onChange: (state) => states.push(state),
		summarize,
		visibility: page.visibility,
		intervalMs: INTERVAL,
	});
	const last = () => states[states.length - 1];
	return { page, loader, states, poller, last };
}

beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2026, 4, 12, 18, 0) });
});

afterEach(() => {
	vi.useRealTimers();
});

describe('createStatusPoller', () => {
	test('asks at once, shows loading, then the report, and announces it', async () => {
		const { loader, poller, last } = setup();
		poller.start();
		expect(loader.pending).toHaveLength(1);
		expect(last()).toMatchObject({ loading: true, view: { phase: 'idle' } });
		await loader.answer(0, ok(healthyReport(Date.now())));
		expect(last()).toMatchObject({ loading: false, view: { phase: 'ready', failed: false } });
		expect(last()?.announcement).toContain('No reported issue: iCloud Backup');
	});

	test('asks again every interval while the page is visible', async () => {
		const { loader, poller } = setup();
		poller.start();
		await loader.answer(0, ok(healthyReport(Date.now())));
		await vi.advanceTimersByTimeAsync(INTERVAL - 1);
		expect(loader.pending).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(loader.pending).toHaveLength(2);
	});

	test('does not ask while the page is hidden, and asks at once on return when the answer is stale', async () => {
		const { page, loader, poller } = setup();
		poller.start();
		await loader.answer(0, ok(healthyReport(Date.now())));
		page.set('hidden');
		await vi.advanceTimersByTimeAsync(INTERVAL * 5);
		expect(loader.pending).toHaveLength(1);
		page.set('visible');
		expect(loader.pending).toHaveLength(2);
	});

	test('waits out the rest of the interval on return when the answer is still fresh', async () => {
		const { page, loader, poller } = setup();
		poller.start();
		await loader.answer(0, ok(healthyReport(Date.now())));
		await vi.advanceTimersByTimeAsync(30_000);
		page.set('hidden');
		await vi.advanceTimersByTimeAsync(30_000);
		page.set('visible');
		expect(loader.pending).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(INTERVAL - 60_000 - 1);
		expect(loader.pending).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(loader.pending).toHaveLength(2);
	});

	test('Refresh cancels the request under way, and its late answer is never shown', async () => {
		const { loader, poller, last } = setup();
		poller.start();
		poller.refresh();
		expect(loader.pending[0]?.signal.aborted).toBe(true);
		expect(loader.pending[1]?.signal.aborted).toBe(false);
		await loader.answer(1, failed());
		await loader.answer(0, ok(healthyReport(Date.now())));
		expect(last()).toMatchObject({ view: { phase: 'ready', failed: true } });
		expect(last()?.announcement).toBe('Couldn’t check Apple’s System Status right now.');
	});

	test('announces only when the picture changes', async () => {
		const { loader, poller, states } = setup();
		poller.start();
		await loader.answer(0, ok(healthyReport(Date.now())));
		poller.refresh();
		await loader.answer(1, ok(healthyReport(Date.now())));
		const announcements = new Set(states.map((state) => state.announcement).filter(Boolean));
		expect(announcements.size).toBe(1);
	});

	test('shows a failure when the loader throws, instead of loading for ever', async () => {
		const states: PollerState[] = [];
		const { visibility } = fakeVisibility();
		const poller = createStatusPoller({
			load: () => Promise.reject(new Error('boom')),
			onChange: (state) => states.push(state),
			summarize,
			visibility,
		});
		poller.start();
		await vi.advanceTimersByTimeAsync(0);
		expect(states[states.length - 1]).toMatchObject({
			loading: false,
			view: { phase: 'ready', failed: true },
		});
	});

	test('stop cancels the request under way, stops the timer and stops listening to visibility', async () => {
		const { page, loader, poller, states } = setup();
		poller.start();
		await loader.answer(0, ok(healthyReport(Date.now())));
		poller.refresh();
		const before = states.length;
		poller.stop();
		expect(loader.pending[1]?.signal.aborted).toBe(true);
		expect(page.listeners.size).toBe(0);
		await loader.answer(1, ok(healthyReport(Date.now())));
		await vi.advanceTimersByTimeAsync(INTERVAL * 3);
		expect(loader.pending).toHaveLength(2);
		expect(states).toHaveLength(before);
	});
});
