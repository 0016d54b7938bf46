/**
 * The iCloud status widget's markup for a given view: pure, so the server render and tests can use it
 * without a browser. Honest by design: before a check (and without JavaScript) it shows a sentence and
 * a link to Apple's page, never a green light; anything we can't read shows as "Unknown".
 */
import type { ReactNode } from 'react';
import type { StatusView } from '../lib/status/poller.ts';
import { WATCHED_SERVICES, type ServiceStatus, type StatusEvent } from '../lib/status/report.ts';
import { APPLE_STATUS_PAGE_URL } from '../lib/status/sources.ts';
import { STATE_LABELS, UNKNOWN_REASON_TEXT } from '../lib/status/text.ts';
import { StateIcon } from './StateIcon.tsx';

const LAG_NOTE =
	'Apple’s page can lag behind real outages, so “No reported issue” is not proof that iCloud is working.';
// The same caution before any label is shown, about as long, so the widget keeps its height when rows land.
const LAG_NOTE_BEFORE_CHECK =
	'Apple’s page can lag behind real outages, so a clean report is not proof that iCloud is working.';

/** Props of the presentational widget. */
export interface ICloudStatusViewProps {
	view: StatusView;
	loading: boolean;
	announcement: string;
	compact: boolean;
	/** The island has hydrated: sets `data-ready`, the signal tests wait for. */
	ready?: boolean;
	onRefresh: () => void;
}

export function ICloudStatusView({
	view,
	loading,
	announcement,
	compact,
	ready = false,
	onRefresh,
}: ICloudStatusViewProps) {
	const appleLink = <a href={APPLE_STATUS_PAGE_URL}>Apple’s System Status page</a>;
	return (
		<div
			className={compact ? 'icloud-status icloud-status--compact' : 'icloud-status'}
			data-phase={view.phase}
			data-ready={ready ? '' : undefined}
			aria-busy={loading}
		>
			{view.phase === 'idle' ? (
				<>
					<p className="icloud-status__intro">
						Apple lists known problems with iCloud Backup, iCloud Drive and iCloud sign-in on its
						System Status page, linked below.
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
							<ServiceRow
								key={service.name}
								service={service}
								compact={compact}
								failed={view.failed}
							/>
						))}
					</ul>
					<div className="icloud-status__meta">
						<p className="icloud-status__checked">
							{view.failed ? 'Tried at ' : 'Checked at '}
							<time dateTime={new Date(view.report.checkedAt).toISOString()}>
								{formatClock(view.report.checkedAt)}
							</time>
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
				<span className="button icloud-status__refresh icloud-status__refresh--pending">
					&nbsp;
				</span>
			</div>
		</div>
	);
}

/** One service row: icon, name, state label, and the current event when there is one. */
function ServiceRow({
	service,
	compact,
	failed,
}: {
	service: ServiceStatus;
	compact: boolean;
	failed: boolean;
}) {
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
				{reason !== null && !(compact && failed) ? (
					<p className="icloud-status__reason">{reason}</p>
				) : null}
				{compact
					? null
					: service.events.map((event, index) => (
							<EventDetails key={event.id ?? `event-${index}`} event={event} />
						))}
			</div>
		</li>
	);
}

/** An event's message (always as text) and its times in the reader's time zone. */
function EventDetails({ event }: { event: StatusEvent }) {
	let when: ReactNode = null;
	if (event.startsAt !== null) {
		const start = (
			<time dateTime={new Date(event.startsAt).toISOString()}>
				{formatDateTime(event.startsAt)}
			</time>
		);
		const end =
			event.endsAt !== null ? (
				<time dateTime={new Date(event.endsAt).toISOString()}>{formatDateTime(event.endsAt)}</time>
			) : null;
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
			<p className="icloud-status__message">
				{event.message === '' ? 'Apple gave no details.' : event.message}
			</p>
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
