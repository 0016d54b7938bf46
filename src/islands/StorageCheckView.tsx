/**
 * The storage check's markup for given inputs: pure, so the server render and tests can use it without
 * a browser. The island (StorageCheck.tsx) holds the state, the address bar and the clipboard.
 *
 * `data-verdict` on the answer (role="status") is a contract with tests and support tooling: "enough",
 * "short-icloud", "short-iphone" or "short-both" once all three sizes are read; "invalid" as soon as any field holds
 * something that is not a size; and no attribute at all while a field is still empty (and in the server render).
 */
import type { ReactNode } from 'react';
import { explainSeparator, formatBytes } from '../lib/storage/size.ts';
import {
	answerSizes,
	checkToVerdictAttribute,
	checkTypedSizes,
	ICLOUD_PLUS_PLAN_BYTES,
	nextSteps,
	SIZE_FIELDS,
	type SizeField,
	type SizeInputs,
	type StorageAnswer,
	type TypedCheck,
} from '../lib/storage/check.ts';
import { SettingsPath } from './SettingsPath.tsx';

const FIELDS: Record<SizeField, { label: string; hint: ReactNode }> = {
	backup: {
		label: 'WhatsApp backup size',
		hint: (
			<>
				In <SettingsPath places={['WhatsApp', 'Settings', 'Chats', 'Chat Backup']} />, e.g. 4.2 GB.
			</>
		),
	},
	icloud: {
		label: 'Free iCloud storage',
		hint: (
			<>
				In <SettingsPath places={['Settings', '[your name]', 'iCloud']} />: your plan’s size minus
				what is used, e.g. 8 GB.
			</>
		),
	},
	iphone: {
		label: 'Free iPhone storage',
		hint: (
			<>
				In <SettingsPath places={['Settings', 'General', 'iPhone Storage']} />: the total minus what
				is used, e.g. 50 GB.
			</>
		),
	},
};

// Short labels for the answer ("In iCloud: …"), so the reader can match each line to a field.
const PLACES = { icloud: 'In iCloud', iphone: 'On your iPhone' } as const;

export type CopyState =
	{ status: 'idle' } | { status: 'copied' } | { status: 'failed'; link: string };

/** "50 GB, 200 GB, 2 TB, 6 TB and 12 TB" */
function joinWithAnd(items: readonly string[]): string {
	// Not Array.prototype.at: Safari gained it in 15.4, and WhatsApp still runs on iOS 15.1.
	return items.length < 2
		? items.join('')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function AnswerText({ check, locale }: { check: TypedCheck; locale: readonly string[] }) {
	if (check.kind === 'incomplete')
		return <p>Enter all three sizes to see whether there is room for the backup.</p>;
	if (check.kind === 'invalid') {
		return (
			<>
				<p className="storage-check-headline">
					<span className="storage-check-icon" aria-hidden="true">
						!
					</span>
					Check what you typed
				</p>
				<ul>
					{check.invalid.map((field) => {
						const state = check.fields[field];
						return (
							<li key={field}>
								{FIELDS[field].label}: {state.status === 'invalid' ? state.error.message : ''}
							</li>
						);
					})}
				</ul>
			</>
		);
	}
	const { answer } = check;
	const sizes = answerSizes(answer, locale);
	const enough = answer.verdict === 'enough';
	const place = (where: 'icloud' | 'iphone', shortfall: bigint, shown: string) => (
		<li key={where}>
			{PLACES[where]}:{' '}
			{shortfall > 0n ? (
				<>
					not enough. Free up at least <strong>{shown}</strong> more.
				</>
			) : (
				'enough space.'
			)}
		</li>
	);
	return (
		<>
			<p className="storage-check-headline">
				<span className="storage-check-icon" aria-hidden="true">
					{enough ? '✓' : '✕'}
				</span>
				{enough ? 'Enough space' : 'Not enough space'}
			</p>
			<p>
				A {sizes.backup} backup needs at least <strong>{sizes.required}</strong> free in iCloud and
				on your iPhone (2.05 × the backup).
			</p>
			<ul>
				{place('icloud', answer.icloudShortfall, sizes.icloudShortfall)}
				{place('iphone', answer.iphoneShortfall, sizes.iphoneShortfall)}
			</ul>
		</>
	);
}

function NextSteps({ answer, locale }: { answer: StorageAnswer; locale: readonly string[] }) {
	const plans = joinWithAnd(ICLOUD_PLUS_PLAN_BYTES.map((bytes) => formatBytes(bytes, locale)));
	return (
		<div className="storage-check-next">
			<p className="storage-check-next-title">
				{answer.verdict === 'enough' ? 'Next' : 'What you can do'}
			</p>
			<ul>
				{nextSteps(answer.verdict).map((step) => (
					<li key={step.href}>
						<a href={step.href}>{step.text}</a>: {step.why}
					</li>
				))}
			</ul>
			{answer.icloudShortfall > 0n && (
				// We know how much is free, not the size of the reader's plan, so we can't name the plan that fits; we
				// say how to work it out instead.
				<p>
					iCloud+ plans come in {plans}. A bigger plan helps only if it adds at least{' '}
					{answerSizes(answer, locale).icloudShortfall}: add that to the size of your current plan,
					and choose a plan at least that big.
				</p>
			)}
		</div>
	);
}

/** Props of the presentational form. */
export interface StorageCheckViewProps {
	/** Prefixes the element ids; unique on the page. */
	id: string;
	inputs: SizeInputs;
	/**
	 * The island has hydrated and read the address: only then are there answers, notes, a usable copy
	 * button and `data-ready`, the signal tests wait for.
	 */
	ready: boolean;
	/** The reader's languages, for the sizes in the answer. */
	locale: readonly string[];
	copy: CopyState;
	onChange: (field: SizeField, value: string) => void;
	onCopy: () => void;
	/** Receives each field's element, so the island can read what was typed before it woke up. */
	inputRef: (field: SizeField, element: HTMLInputElement) => void;
}

/** The form's markup for given inputs. */
export function StorageCheckView({
	id,
	inputs,
	ready,
	locale,
	copy,
	onChange,
	onCopy,
	inputRef,
}: StorageCheckViewProps) {
	const check = checkTypedSizes(inputs);
	const verdict = ready ? checkToVerdictAttribute(check) : undefined;

	return (
		<form
			className="storage-check"
			data-ready={ready ? '' : undefined}
			aria-label="Check your storage"
			noValidate
			onSubmit={(event) => event.preventDefault()}
		>
			{SIZE_FIELDS.map((field) => {
				const state = check.fields[field];
				const invalid = ready && state.status === 'invalid';
				const note =
					ready && state.status === 'valid' ? explainSeparator(inputs[field]) : undefined;
				const ids = {
					input: `${id}-${field}`,
					hint: `${id}-${field}-hint`,
					error: `${id}-${field}-error`,
					note: `${id}-${field}-note`,
				};
				const describedBy = [invalid && ids.error, note !== undefined && ids.note, ids.hint]
					.filter(Boolean)
					.join(' ');
				return (
					<div className="storage-check-field" key={field}>
						<label htmlFor={ids.input}>{FIELDS[field].label}</label>
						<p className="storage-check-hint" id={ids.hint}>
							{FIELDS[field].hint}
						</p>
						<input
							id={ids.input}
							ref={(element) => {
								if (element) inputRef(field, element);
							}}
							name={field}
							type="text"
							// Not inputMode="decimal": the iPhone's decimal keypad has no letters, so "GB" could not be typed.
							inputMode="text"
							autoComplete="off"
							autoCapitalize="none"
							autoCorrect="off"
							// A string, not `false`: Preact drops a `false` spellCheck, React writes spellcheck="false" (e2e/hydration.spec.ts).
							spellCheck="false"
							value={inputs[field]}
							onChange={(event) => onChange(field, event.target.value)}
							aria-invalid={invalid ? true : undefined}
							aria-describedby={describedBy}
						/>
						{invalid && state.status === 'invalid' && (
							<p className="storage-check-error" id={ids.error}>
								<span className="visually-hidden">Error: </span>
								{state.error.message}
							</p>
						)}
						{note !== undefined && (
							<p className="storage-check-note" id={ids.note}>
								{note}
							</p>
						)}
					</div>
				);
			})}

			<div className="storage-check-answer" role="status" aria-live="polite" data-verdict={verdict}>
				{ready && <AnswerText check={check} locale={locale} />}
			</div>

			{ready && check.kind === 'answer' && <NextSteps answer={check.answer} locale={locale} />}

			{/* Present from the first paint, invisible until the island runs, so the page doesn't jump when it does. */}
			<div
				className={
					ready ? 'storage-check-share' : 'storage-check-share storage-check-share--waiting'
				}
			>
				<button type="button" className="button" onClick={onCopy}>
					Copy link to this result
				</button>
				<p className="storage-check-copy-status" aria-live="polite">
					{copy.status === 'copied' && 'Link copied'}
					{copy.status === 'failed' &&
						'Couldn’t copy the link. Select it below and copy it by hand.'}
				</p>
				{copy.status === 'failed' && (
					<p className="storage-check-link">
						<label htmlFor={`${id}-link`}>Link to this result</label>
						<input
							id={`${id}-link`}
							type="text"
							readOnly
							value={copy.link}
							onFocus={(event) => event.currentTarget.select()}
						/>
					</p>
				)}
			</div>
		</form>
	);
}
