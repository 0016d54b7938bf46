/**
 * Live iCloud status from Apple's System Status, for the services a WhatsApp backup needs.
 * The island only wires the framework-free poller (src/lib/status/poller.ts) to the view
 * (ICloudStatusView.tsx); what to ask, when, and how to read the answer all live in src/lib.
 * Pages render it through src/components/ICloudStatus.astro, which hands it the words of the page's
 * language (articles write <ICloudStatus />, no import).
 */
import { useEffect, useRef, useState } from 'react';
import { createStatusLoader } from '../lib/status/fetch.ts';
import {
	createStatusPoller,
	documentVisibility,
	INITIAL_POLLER_STATE,
	type StatusPoller,
} from '../lib/status/poller.ts';
import { summarizeReport, type StatusWords } from '../lib/status/text.ts';
import { ICloudStatusView } from './ICloudStatusView.tsx';
import './icloud-status.css';

export interface ICloudStatusProps {
	/** Rows and labels only, without event messages (for the home page). */
	compact?: boolean | undefined;
	words: StatusWords;
	/** The page's Intl tag (LOCALE_INFO[locale].intl): dates are written in the page's language. */
	dateLocale: string;
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
export default function ICloudStatus({ compact = false, words, dateLocale }: ICloudStatusProps) {
	// Imported straight into an article, the island would have no words: say how to place it instead. Only
	// on the server, where a build meets it; the browser is never sent the sentence.
	if (import.meta.env.SSR && typeof words !== 'object')
		throw new Error(
			'The iCloud status widget needs the words of its page: write <ICloudStatus /> in an article, without importing it (the article page supplies it), or render src/components/ICloudStatus.astro.',
		);
	const [state, setState] = useState(INITIAL_POLLER_STATE);
	const [ready, setReady] = useState(false);
	const [readerLocales, setReaderLocales] = useState<readonly string[]>([]);
	const pollerRef = useRef<StatusPoller | undefined>(undefined);

	useEffect(() => {
		const current = createStatusPoller({
			load: (signal) => pageLoader()(signal),
			onChange: setState,
			summarize: (report, failed) => summarizeReport(report, failed, words),
			visibility: documentVisibility(document),
		});
		pollerRef.current = current;
		current.start();
		setReaderLocales(navigator.languages);
		setReady(true);
		return () => current.stop();
		// The words are the page's: they never change while it is open, so the poller starts once.
	}, [words]);

	return (
		<ICloudStatusView
			{...state}
			words={words}
			dateLocale={dateLocale}
			readerLocales={readerLocales}
			ready={ready}
			compact={compact}
			onRefresh={() => pollerRef.current?.refresh()}
		/>
	);
}
