/**
 * The iCloud status widget's markup for a given view: pure, so the server render and tests can use it
 * without a browser. Honest by design: before a check (and without JavaScript) it shows a sentence and
 * a link to Apple's page, never a green light; anything we can't read shows as "Unknown".
 *
 * Every word comes from `words`, in the page's language; service names, event messages and how many
 * users are affected are Apple's, in English as its feed gives them, and marked as English.
 */
import type { ReactNode } from 'react';
import { dateLocales } from '../lib/i18n/reader-locales.ts';
import type { StatusView } from '../lib/status/poller.ts';
import { WATCHED_SERVICES, type ServiceStatus, type StatusEvent } from '../lib/status/report.ts';
import { APPLE_STATUS_PAGE_URL } from '../lib/status/sources.ts';
import type { StatusWords } from '../lib/status/text.ts';
import { Fill } from './Fill.tsx';
import { StateIcon } from './StateIcon.tsx';

/** Props of the presentational widget. */
export interface ICloudStatusViewProps {
	words: StatusWords;
	/** The page's Intl tag (LOCALE_INFO[locale].intl): dates are written in the page's language. */
	dateLocale: string;
	/** The reader's own locales (navigator.languages), for the clock they are used to; empty on the server. */
	readerLocales: readonly string[];
	view: StatusView;
	loading: boolean;
	announcement: string;
	compact: boolean;
	/** The island has hydrated: sets `data-ready`, the signal tests wait for. */
	ready?: boolean;
	onRefresh: () => void;
}

export function ICloudStatusView({
	words,
	dateLocale,
	readerLocales,
	view,
	loading,
	announcement,
	compact,
	ready = false,
	onRefresh,
}: ICloudStatusViewProps) {
	const appleLink = <a href={APPLE_STATUS_PAGE_URL}>{words.appleLink}</a>;
	const dates = dateLocales(dateLocale, readerLocales);
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
						{words.intro}
						{loading ? <span className="icloud-status__checking"> {words.checkingNow}</span> : null}
					</p>
					<PendingRows words={words} />
					<p className="icloud-status__note">
						{words.lagBeforeCheck} <Fill text={words.source} values={{ link: appleLink }} />
					</p>
				</>
			) : (
				<>
					{view.failed ? (
						<p className="icloud-status__failed">
							<strong>{words.failed}</strong>{' '}
							<Fill text={words.failedSee} values={{ link: appleLink }} />
						</p>
					) : null}
					<ul className="icloud-status__list" aria-label={words.listLabel}>
						{view.report.services.map((service) => (
							<ServiceRow
								key={service.name}
								service={service}
								compact={compact}
								failed={view.failed}
								words={words}
								dates={dates}
							/>
						))}
					</ul>
					<div className="icloud-status__meta">
						<p className="icloud-status__checked">
							<Fill
								text={view.failed ? words.triedAt : words.checkedAt}
								values={{
									time: (
										<time dateTime={new Date(view.report.checkedAt).toISOString()}>
											{formatClock(view.report.checkedAt, dates)}
										</time>
									),
								}}
							/>
							{loading ? (
								<span className="icloud-status__checking"> · {words.checking}</span>
							) : null}
						</p>
						<button type="button" className="button icloud-status__refresh" onClick={onRefresh}>
							{words.refresh}
						</button>
					</div>
					<p className="icloud-status__note">
						<Fill text={words.lag} values={{ available: words.states.available }} />
						{view.failed ? null : (
							<>
								{' '}
								<Fill text={words.source} values={{ link: appleLink }} />
							</>
						)}
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
function PendingRows({ words }: { words: StatusWords }) {
	return (
		<div className="icloud-status__pending" aria-hidden="true">
			<ul className="icloud-status__list">
				{WATCHED_SERVICES.map((name) => (
					<li className="icloud-status__row" key={name}>
						<StateIcon state="unknown" />
						<div className="icloud-status__body">
							<p className="icloud-status__head">
								<span className="icloud-status__name">{name}</span>
								<span className="icloud-status__label">{words.checking}</span>
							</p>
						</div>
					</li>
				))}
			</ul>
			<div className="icloud-status__meta">
				<p className="icloud-status__checked">{words.checking}</p>
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
	words,
	dates,
}: {
	service: ServiceStatus;
	compact: boolean;
	failed: boolean;
	words: StatusWords;
	dates: readonly string[];
}) {
	const reason = service.reason === null ? null : words.reasons[service.reason];
	return (
		<li className="icloud-status__row" data-service={service.name} data-state={service.state}>
			<StateIcon state={service.state} />
			<div className="icloud-status__body">
				<p className="icloud-status__head">
					<span className="icloud-status__name">{service.name}</span>
					<span className="visually-hidden">: </span>
					<span className="icloud-status__label">{words.states[service.state]}</span>
				</p>
				{reason !== null && !(compact && failed) ? (
					<p className="icloud-status__reason">{reason}</p>
				) : null}
				{compact
					? null
					: service.events.map((event, index) => (
							<EventDetails
								key={event.id ?? `event-${index}`}
								event={event}
								words={words}
								dates={dates}
							/>
						))}
			</div>
		</li>
	);
}

/** An event's message (always as text) and its times in the reader's time zone. */
function EventDetails({
	event,
	words,
	dates,
}: {
	event: StatusEvent;
	words: StatusWords;
	dates: readonly string[];
}) {
	const at = (ms: number) => (
		<time dateTime={new Date(ms).toISOString()}>{formatDateTime(ms, dates)}</time>
	);
	let when: ReactNode = null;
	if (event.startsAt !== null) {
		const start = at(event.startsAt);
		when =
			event.status !== 'upcoming' ? (
				<Fill text={words.started} values={{ start }} />
			) : event.endsAt !== null ? (
				<Fill text={words.plannedFromTo} values={{ start, end: at(event.endsAt) }} />
			) : (
				<Fill text={words.plannedFrom} values={{ start }} />
			);
	}
	return (
		<div className="icloud-status__event">
			{event.message === '' ? (
				<p className="icloud-status__message">{words.noDetails}</p>
			) : (
				<p className="icloud-status__message" lang="en">
					{event.message}
				</p>
			)}
			{when !== null || event.usersAffected !== null ? (
				<p className="icloud-status__when">
					{when}
					{when !== null && event.usersAffected !== null ? ' · ' : null}
					{event.usersAffected === null ? null : <span lang="en">{event.usersAffected}</span>}
				</p>
			) : null}
		</div>
	);
}

/** "HH:MM" in the page's language and the reader's time zone. */
function formatClock(ms: number, locales: readonly string[]): string {
	return new Intl.DateTimeFormat(locales, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Date and time with the zone, in the page's language and the reader's time zone. */
function formatDateTime(ms: number, locales: readonly string[]): string {
	return new Intl.DateTimeFormat(locales, {
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZoneName: 'short',
	}).format(ms);
}
