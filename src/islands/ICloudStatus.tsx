/**
 * Live iCloud status from Apple's System Status, for the services a WhatsApp backup needs.
 * The island only wires the framework-free poller (src/lib/status/poller.ts) to the view
 * (ICloudStatusView.tsx); what to ask, when, and how to read the answer all live in src/lib.
 */
import { useEffect, useRef, useState } from 'react';
import { createStatusLoader } from '../lib/status/fetch.ts';
import {
	createStatusPoller,
	documentVisibility,
	INITIAL_POLLER_STATE,
	type StatusPoller,
} from '../lib/status/poller.ts';
import { ICloudStatusView } from './ICloudStatusView.tsx';
import './icloud-status.css';

export interface ICloudStatusProps {
	/** Rows and labels only, without event messages (for the home page). */
	compact?: boolean;
}

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
	const [state, setState] = useState(INITIAL_POLLER_STATE);
	const [ready, setReady] = useState(false);
	const pollerRef = useRef<StatusPoller | undefined>(undefined);

	useEffect(() => {
		const current = createStatusPoller({
			load: (signal) => pageLoader()(signal),
			onChange: setState,
			visibility: documentVisibility(document),
		});
		pollerRef.current = current;
		current.start();
		setReady(true);
		return () => current.stop();
	}, []);

	return (
		<ICloudStatusView
			{...state}
			ready={ready}
			compact={compact}
			onRefresh={() => pollerRef.current?.refresh()}
		/>
	);
}
