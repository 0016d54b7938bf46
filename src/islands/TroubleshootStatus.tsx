/**
 * The troubleshooter's status notice: runs the same iCloud status check as the status widget
 * (createStatusLoader from src/lib/status/fetch.ts) as soon as the start page loads, and says so above
 * the first question only when iCloud Backup or iCloud Drive has an outage or issue right now.
 * The server render is empty: without JavaScript, or while checking, or when all is clear or
 * unknown, the reader simply sees the question. Its words are the page's language, handed over by the
 * start page.
 */
import { useEffect, useState } from 'react';
import { createStatusLoader } from '../lib/status/fetch.ts';
import type { StatusWords } from '../lib/status/text.ts';
import {
	blockingTrouble,
	troubleHeading,
	type BlockingTrouble,
	type TroubleshootWords,
} from '../lib/status/troubleshoot.ts';

export interface TroubleshootStatusProps {
	words: TroubleshootWords;
	/** The labels of the states the notice names, as the status widget shows them. */
	states: Pick<StatusWords['states'], BlockingTrouble['state']>;
	/**
	 * The page's address prefix ('' in English, '/es'…): the links the island draws in the browser get it,
	 * as src/middleware.ts gives it to the links the server renders. Passed in, so that the islands carry
	 * no table of languages to the browser.
	 */
	linkPrefix: string;
}

/** The notice for the services in trouble, or nothing. */
export default function TroubleshootStatus({ words, states, linkPrefix }: TroubleshootStatusProps) {
	const [trouble, setTrouble] = useState<BlockingTrouble[]>([]);
	const [checked, setChecked] = useState(false);
	// Set once the island runs in the browser, like every island: tests wait for `data-ready`.
	const [hydrated, setHydrated] = useState(false);

	useEffect(() => setHydrated(true), []);

	useEffect(() => {
		const controller = new AbortController();
		const load = createStatusLoader({
			fetch: (input, init) => window.fetch(input, init),
			now: () => Date.now(),
			base: window.location.origin,
			browser: true,
		});
		void load(controller.signal).then((result) => {
			if (controller.signal.aborted) return;
			setTrouble(blockingTrouble(result));
			setChecked(true);
		});
		return () => controller.abort();
	}, []);

	return (
		// data-status ("pending", then "quiet" or "trouble") lets tests tell "checked and all clear" from "not checked yet".
		<div
			className="troubleshoot-status"
			data-status={checked ? (trouble.length > 0 ? 'trouble' : 'quiet') : 'pending'}
			data-ready={hydrated ? '' : undefined}
		>
			{trouble.length > 0 ? (
				<section
					className="troubleshoot-status__notice"
					aria-labelledby="troubleshoot-status-title"
				>
					<h2 id="troubleshoot-status-title">{troubleHeading(trouble, words)}</h2>
					<ul>
						{trouble.map((item) => (
							<li key={item.name}>
								{item.name}: {states[item.state]}
							</li>
						))}
					</ul>
					<p>
						<strong>{words.waitingIsTheFix}</strong> {words.waiting}
					</p>
					<p>
						<a href={`${linkPrefix}/is-icloud-down/`}>{words.link}</a>
					</p>
				</section>
			) : null}
			<p role="status" className="visually-hidden">
				{trouble.length > 0 ? troubleHeading(trouble, words) : ''}
			</p>
		</div>
	);
}
