/**
 * Live iCloud status from Apple's System Status, for the services a WhatsApp backup needs.
 * Honest by design: the server render (and what readers without JavaScript see) is a sentence and
 * a link to Apple's page, never a green light; anything we can't read shows as "Unknown".
 * Logic lives in src/lib (apple-status, status-fetch, status-sources); this file is the view.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
	STATE_LABELS,
	UNKNOWN_REASON_TEXT,
	WATCHED_SERVICES,
	summarizeReport,
	type ServiceState,
	type ServiceStatus,
	type StatusEvent,
	type StatusReport,
} from '~/lib/apple-status';
import { createStatusLoader } from '~/lib/status-fetch';
import { APPLE_STATUS_PAGE_URL, AUTO_REFRESH_MS } from '~/lib/status-sources';
import './icloud-status.css';

/** Props of the iCloud status widget. */
export interface ICloudStatusProps {
	/** Rows and labels only, without event messages (for the home page). */
	compact?: boolean;
}

/** What the widget shows: nothing checked yet (server render), or a report. */
export type StatusView = { phase: 'idle' } | { phase: 'ready'; report: StatusReport; failed: boolean };

let sharedLoader: ReturnType<typeof createStatusLoader> | undefined;

/** One loader per page, so a relay found missing is skipped by every widget and refresh. */
function pageLoader(): ReturnType<typeof createStatusLoader> {
	sharedLoader ??= createStatusLoader({
		fetch: (input, init) => window.fetch(input, init),
		now: () => Date.now(),
		base: window.location.origin,
		browser: true,
	});
	return sharedLoader;
}

/** The live widget: fetches on mount, every 2 minutes while visible, and on Refresh. */
export default function ICloudStatus({ compact = false }: ICloudStatusProps) {
	const [view, setView] = useState<StatusView>({ phase: 'idle' });
	const [loading, setLoading] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const [hydrated, setHydrated] = useState(false);
	const runRef = useRef<() => void>(() => undefined);

	useEffect(() => {
		let disposed = false;
		let latest = 0;
		let controller: AbortController | undefined;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let lastAttemptAt: number | undefined;
		let lastSummary = '';

		const schedule = () => {
			clearTimeout(timer);
			if (disposed || document.visibilityState === 'hidden') return;
			const since = lastAttemptAt === undefined ? AUTO_REFRESH_MS : Date.now() - lastAttemptAt;
			timer = setTimeout(run, Math.max(0, AUTO_REFRESH_MS - since));
		};

		function run() {
			const id = ++latest;
			clearTimeout(timer);
			controller?.abort();
			const current = new AbortController();
			controller = current;
			setLoading(true);
			void pageLoader()(current.signal).then((result) => {
				// A newer request has started since: this answer is stale, whatever it says.
				if (disposed || id !== latest) return;
				lastAttemptAt = Date.now();
				const summary = summarizeReport(result.report, !result.ok);
				setView({ phase: 'ready', report: result.report, failed: !result.ok });
				setLoading(false);
				// Announce only when the picture changes, not on every refresh.
				if (summary !== lastSummary) {
					lastSummary = summary;
					setAnnouncement(summary);
				}
				schedule();
			});
		}

		const onVisibilityChange = () => {
			if (document.visibilityState === 'hidden') {
				clearTimeout(timer);
				return;
			}
			const stale = lastAttemptAt === undefined || Date.now() - lastAttemptAt >= AUTO_REFRESH_MS;
			if (stale) run();
			else schedule();
		};

		runRef.current = run;
		setHydrated(true);
		document.addEventListener('visibilitychange', onVisibilityChange);
		run();
		return () => {
			disposed = true;
			clearTimeout(timer);
			controller?.abort();
			document.removeEventListener('visibilitychange', onVisibilityChange);
		};
	}, []);

	return (
		<ICloudStatusView
			view={view}
			loading={loading}
			announcement={announcement}
			compact={compact}
			hydrated={hydrated}
			onRefresh={() => runRef.current()}
		/>
	);
}

const LAG_NOTE = 'Apple’s page can lag behind real outages, so “No reported issue” is not proof that iCloud is working.';
// The same caution before any label is shown, about as long, so the widget keeps its height when rows land.
const LAG_NOTE_BEFORE_CHECK = 'Apple’s page can lag behind real outages, so a clean report is not proof that iCloud is working.';

/** Props of the presentational widget. */
export interface ICloudStatusViewProps {
	view: StatusView;
	loading: boolean;
	announcement: string;
	compact: boolean;
	/** Set once the island runs in the browser: the root then carries `data-ready`. */
	hydrated?: boolean;
	onRefresh: () => void;
}

/** The widget's markup for a given view; pure, so it can be rendered in tests. */
export function ICloudStatusView({ view, loading, announcement, compact, hydrated = false, onRefresh }: ICloudStatusViewProps) {
	const appleLink = <a href={APPLE_STATUS_PAGE_URL}>Apple’s System Status page</a>;
	return (
		<div className={compact ? 'icloud-status icloud-status--compact' : 'icloud-status'} data-phase={view.phase} data-ready={hydrated ? '' : undefined} aria-busy={loading}>
			{view.phase === 'idle' ? (
				<>
					<p className="icloud-status__intro">
						Apple lists known problems with iCloud Backup, iCloud Drive and iCloud sign-in on its System Status page,
						linked below.
						{loading ? <span className="icloud-status__checking"> Checking it now…</span> : null}
					</p>
					<PendingRows />
					<p className="icloud-status__note">
						{LAG_NOTE_BEFORE_CHECK} Source: {appleLink}.
					</p>
				</>
			) : (
				<>
					{view.failed ? (
						<p className="icloud-status__failed">
							<strong>Couldn’t check right now.</strong> See {appleLink} for the latest.
						</p>
					) : null}
					<ul className="icloud-status__list" aria-label="iCloud services on Apple’s System Status">
						{view.report.services.map((service) => (
							<ServiceRow key={service.name} service={service} compact={compact} failed={view.failed} />
						))}
					</ul>
					<div className="icloud-status__meta">
						<p className="icloud-status__checked">
							{view.failed ? 'Tried at ' : 'Checked at '}
							<time dateTime={new Date(view.report.checkedAt).toISOString()}>{formatClock(view.report.checkedAt)}</time>
							{loading ? <span className="icloud-status__checking"> · Checking…</span> : null}
						</p>
						<button type="button" className="button icloud-status__refresh" onClick={onRefresh}>
							Refresh
						</button>
					</div>
					<p className="icloud-status__note">
						{LAG_NOTE}
						{view.failed ? null : <> Source: {appleLink}.</>}
					</p>
				</>
			)}
			<p role="status" aria-live="polite" className="visually-hidden">
				{announcement}
			</p>
		</div>
	);
}

/**
 * Rows shaped like the answer, shown while the first check runs so the page doesn't jump when it lands.
 * They carry no data-state and are hidden from assistive technology; without scripting, CSS hides them.
 */
function PendingRows() {
	return (
		<div className="icloud-status__pending" aria-hidden="true">
			<ul className="icloud-status__list">
				{WATCHED_SERVICES.map((name) => (
					<li className="icloud-status__row" key={name}>
						<StateIcon state="unknown" />
						<div className="icloud-status__body">
							<p className="icloud-status__head">
								<span className="icloud-status__name">{name}</span>
								<span className="icloud-status__label">Checking…</span>
							</p>
						</div>
					</li>
				))}
			</ul>
			<div className="icloud-status__meta">
				<p className="icloud-status__checked">Checking…</p>
				<span className="button icloud-status__refresh icloud-status__refresh--pending">&nbsp;</span>
			</div>
		</div>
	);
}

/** One service row: icon, name, state label, and the current event when there is one. */
function ServiceRow({ service, compact, failed }: { service: ServiceStatus; compact: boolean; failed: boolean }) {
	const reason = service.reason === null ? null : UNKNOWN_REASON_TEXT[service.reason];
	return (
		<li className="icloud-status__row" data-service={service.name} data-state={service.state}>
			<StateIcon state={service.state} />
			<div className="icloud-status__body">
				<p className="icloud-status__head">
					<span className="icloud-status__name">{service.name}</span>
					<span className="visually-hidden">: </span>
					<span className="icloud-status__label">{STATE_LABELS[service.state]}</span>
				</p>
				{reason !== null && !(compact && failed) ? <p className="icloud-status__reason">{reason}</p> : null}
				{compact
					? null
					: service.events.map((event, index) => <EventDetails key={event.id ?? `event-${index}`} event={event} />)}
			</div>
		</li>
	);
}

/** An event's message (always as text) and its times in the reader's time zone. */
function EventDetails({ event }: { event: StatusEvent }) {
	let when: ReactNode = null;
	if (event.startsAt !== null) {
		const start = <time dateTime={new Date(event.startsAt).toISOString()}>{formatDateTime(event.startsAt)}</time>;
		const end =
			event.endsAt !== null ? <time dateTime={new Date(event.endsAt).toISOString()}>{formatDateTime(event.endsAt)}</time> : null;
		when =
			event.status === 'upcoming' ? (
				<>
					Planned from {start}
					{end ? <> to {end}</> : null}
				</>
			) : (
				<>Started {start}</>
			);
	}
	return (
		<div className="icloud-status__event">
			<p className="icloud-status__message">{event.message === '' ? 'Apple gave no details.' : event.message}</p>
			{when !== null || event.usersAffected !== null ? (
				<p className="icloud-status__when">
					{when}
					{when !== null && event.usersAffected !== null ? ' · ' : null}
					{event.usersAffected}
				</p>
			) : null}
		</div>
	);
}

let clockFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** "HH:MM" in the reader's locale and time zone. */
function formatClock(ms: number): string {
	clockFormat ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
	return clockFormat.format(ms);
}

/** Date and time with the zone, in the reader's locale and time zone. */
function formatDateTime(ms: number): string {
	dateTimeFormat ??= new Intl.DateTimeFormat(undefined, {
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZoneName: 'short',
	});
	return dateTimeFormat.format(ms);
}

/** A distinct shape per state, so the state never depends on colour alone (the label says it too). */
function StateIcon({ state }: { state: ServiceState }) {
	return (
		<svg className="icloud-status__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
			{ICON_PATHS[state]}
		</svg>
	);
}

const ICON_PATHS: Readonly<Record<ServiceState, ReactNode>> = {
	available: (
		<>
			<circle cx="12" cy="12" r="9" />
			<path d="M7.5 12.5l3 3 6-6.5" />
		</>
	),
	issue: (
		<>
			<path d="M12 3.5L21.5 20h-19z" />
			<path d="M12 10v4.5M12 17.2v.3" />
		</>
	),
	outage: (
		<>
			<path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z" />
			<path d="M9 9l6 6M15 9l-6 6" />
		</>
	),
	maintenance: (
		<>
			<circle cx="12" cy="12" r="3" />
			<path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
		</>
	),
	planned: (
		<>
			<rect x="3.5" y="5" width="17" height="15.5" rx="2" />
			<path d="M3.5 10h17M8 3v4M16 3v4" />
		</>
	),
	unknown: (
		<>
			<circle cx="12" cy="12" r="9" />
			<path d="M9.2 9.3a2.9 2.9 0 1 1 4 2.6c-.8.4-1.2 1-1.2 1.8v.5M12 17v.3" />
		</>
	),
};
