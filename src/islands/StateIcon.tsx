/** The icon beside each iCloud service row: a distinct shape per state, so the state never depends on colour alone. */
import type { ReactNode } from 'react';
import type { ServiceState } from '../lib/status/report.ts';

export function StateIcon({ state }: { state: ServiceState }) {
	return (
		<svg
			className="icloud-status__icon"
			viewBox="0 0 24 24"
			width="22"
			height="22"
			aria-hidden="true"
			focusable="false"
		>
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
