/**
 * When the iCloud status widget asks for a new report: on start, every AUTO_REFRESH_MS while the page
 * is visible, when the reader returns to a page whose answer has gone stale, and on Refresh. A newer
 * request cancels the one under way, and only the newest answer is ever shown.
 * Framework-free: the island hands `onChange` its state setter; tests drive it with fake timers.
 */
import type { LoadResult } from './fetch.ts';
import { unknownReport, type StatusReport } from './report.ts';
import { AUTO_REFRESH_MS } from './sources.ts';

/** What the widget shows: nothing checked yet (server render), or a report. */
export type StatusView =
	{ phase: 'idle' } | { phase: 'ready'; report: StatusReport; failed: boolean };

/** Everything the widget renders from the poller. */
export interface PollerState {
	view: StatusView;
	/** A request is under way. */
	loading: boolean;
	/** Text for the polite live region; changes only when the picture does. */
	announcement: string;
}

/** The state before the first answer: also what the server renders. */
export const INITIAL_POLLER_STATE: PollerState = {
	view: { phase: 'idle' },
	loading: false,
	announcement: '',
};

/** Whether the page is visible, and a way to hear when that changes. */
export interface Visibility {
	hidden(): boolean;
	/** Calls `onChange` on every change; returns a function that stops it. */
	subscribe(onChange: () => void): () => void;
}

/** The page's visibility, from `document.visibilityState`. */
export function documentVisibility(doc: Document): Visibility {
	return {
		hidden: () => doc.visibilityState === 'hidden',
		subscribe(onChange) {
			doc.addEventListener('visibilitychange', onChange);
			return () => doc.removeEventListener('visibilitychange', onChange);
		},
	};
}

/** What `createStatusPoller` needs. */
export interface PollerOptions {
	/** One attempt at a report; must stop when `signal` aborts. */
	load: (signal: AbortSignal) => Promise<LoadResult>;
	onChange: (state: PollerState) => void;
	/** The live region's sentence for a report, in the page's language (summarizeReport in text.ts). */
	summarize: (report: StatusReport, failed: boolean) => string;
	visibility: Visibility;
	intervalMs?: number;
	now?: () => number;
}

export interface StatusPoller {
	/** Ask now and keep asking; call once. */
	start(): void;
	/** Ask now (the Refresh button); cancels a request under way. */
	refresh(): void;
	/** Stop for good: cancels the request under way and every timer. */
	stop(): void;
}

/** A poller that reports every change of state through `onChange`. */
export function createStatusPoller(options: PollerOptions): StatusPoller {
	const intervalMs = options.intervalMs ?? AUTO_REFRESH_MS;
	const now = options.now ?? Date.now;
	let state = INITIAL_POLLER_STATE;
	let stopped = false;
	let latest = 0;
	let controller: AbortController | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastAttemptAt: number | undefined;
	let unsubscribe: (() => void) | undefined;

	const update = (next: Partial<PollerState>) => {
		state = { ...state, ...next };
		options.onChange(state);
	};

	const isStale = () => lastAttemptAt === undefined || now() - lastAttemptAt >= intervalMs;

	function schedule() {
		clearTimeout(timer);
		if (stopped || options.visibility.hidden()) return;
		const since = lastAttemptAt === undefined ? intervalMs : now() - lastAttemptAt;
		timer = setTimeout(run, Math.max(0, intervalMs - since));
	}

	function run() {
		if (stopped) return;
		const id = ++latest;
		clearTimeout(timer);
		controller?.abort();
		const current = new AbortController();
		controller = current;
		update({ loading: true });
		void options
			.load(current.signal)
			.catch((): LoadResult => ({
				ok: false,
				report: unknownReport(now(), 'not-checked'),
				attempts: [],
			}))
			.then((result) => {
				// A newer request has started since, or the widget is gone: this answer is stale, whatever it says.
				if (stopped || id !== latest) return;
				lastAttemptAt = now();
				const summary = options.summarize(result.report, !result.ok);
				update({
					view: { phase: 'ready', report: result.report, failed: !result.ok },
					loading: false,
					// Announce only when the picture changes, not on every refresh.
					...(summary === state.announcement ? {} : { announcement: summary }),
				});
				schedule();
			});
	}

	function onVisibilityChange() {
		if (options.visibility.hidden()) clearTimeout(timer);
		else if (isStale()) run();
		else schedule();
	}

	return {
		start() {
			unsubscribe ??= options.visibility.subscribe(onVisibilityChange);
			run();
		},
		refresh: run,
		stop() {
			stopped = true;
			clearTimeout(timer);
			controller?.abort();
			unsubscribe?.();
		},
	};
}
