/**
 * The storage check's markup for given inputs: pure, so the server render and tests can use it without
 * a browser. The island (StorageCheck.tsx) holds the state, the address bar and the clipboard.
 *
 * `data-verdict` on the answer (role="status") is a contract with tests and support tooling: "enough",
 * "short-icloud", "short-iphone" or "short-both" once all three sizes are read; "invalid" as soon as any field holds
 * something that is not a size; and no attribute at all while a field is still empty (and in the server render).
 * The same values in every language: only the words around them change.
 *
 * Every word comes from `words`, the page's language; sizes are read and written in the reader's own style
 * (`readerLocales`), as their iPhone shows them, so a reader in Mexico sees "1.5 GB" and one in Spain "1,5 GB".
 */
import {
	checkToVerdictAttribute,
	checkTypedSizes,
	SIZE_FIELDS,
	type SizeField,
	type SizeInputs,
} from '../lib/storage/check.ts';
import { decimalMarkOf } from '../lib/storage/format.ts';
import { explainSeparator } from '../lib/storage/size.ts';
import { Fill } from './Fill.tsx';
import { SettingsPath } from './SettingsPath.tsx';
import {
	AnswerText,
	ErrorText,
	NextSteps,
	type Context,
	type StorageCheckPaths,
	type StorageCheckWords,
} from './StorageCheckAnswer.tsx';

export type { StorageCheckPaths, StorageCheckWords };

export type CopyState =
	{ status: 'idle' } | { status: 'copied' } | { status: 'failed'; link: string };

/** Props of the presentational form. */
export interface StorageCheckViewProps {
	/** Prefixes the element ids; unique on the page. */
	id: string;
	words: StorageCheckWords;
	paths: StorageCheckPaths;
	/** The page's address prefix, for the links ('' in English, '/es'…). */
	linkPrefix: string;
	inputs: SizeInputs;
	/**
	 * The island has hydrated and read the address: only then are there answers, notes, a usable copy
	 * button and `data-ready`, the signal tests wait for.
	 */
	ready: boolean;
	/**
	 * The reader's own locales (navigator.languages): how they write numbers, which decides how an ambiguous
	 * size reads ("1,800 MB") and how sizes are written back, as their iPhone writes them.
	 */
	readerLocales: readonly string[];
	copy: CopyState;
	onChange: (field: SizeField, value: string) => void;
	onCopy: () => void;
	/** Receives each field's element, so the island can read what was typed before it woke up. */
	inputRef: (field: SizeField, element: HTMLInputElement) => void;
}

/** The form's markup for given inputs. */
export function StorageCheckView({
	id,
	words,
	paths,
	linkPrefix,
	inputs,
	ready,
	readerLocales,
	copy,
	onChange,
	onCopy,
	inputRef,
}: StorageCheckViewProps) {
	const decimalMark = decimalMarkOf(readerLocales);
	const check = checkTypedSizes(inputs, decimalMark);
	const verdict = ready ? checkToVerdictAttribute(check) : undefined;
	const context: Context = { words, paths, linkPrefix, readerLocales };

	return (
		<form
			className="storage-check"
			data-ready={ready ? '' : undefined}
			aria-label={words.form}
			noValidate
			onSubmit={(event) => event.preventDefault()}
		>
			{SIZE_FIELDS.map((field) => {
				const state = check.fields[field];
				const invalid = ready && state.status === 'invalid';
				const note =
					ready && state.status === 'valid'
						? explainSeparator(inputs[field], decimalMark)
						: undefined;
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
						<label htmlFor={ids.input}>{words.fields[field].label}</label>
						<p className="storage-check-hint" id={ids.hint}>
							<Fill
								text={words.fields[field].hint}
								values={{ path: <SettingsPath places={paths[field]} /> }}
							/>
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
								<span className="visually-hidden">{words.errorPrefix} </span>
								<ErrorText field={field} error={state.error} context={context} />
							</p>
						)}
						{note !== undefined && (
							<p className="storage-check-note" id={ids.note}>
								<Fill text={words.notes[note.kind]} values={{ ...note }} />
							</p>
						)}
					</div>
				);
			})}

			<div className="storage-check-answer" role="status" aria-live="polite" data-verdict={verdict}>
				{ready && <AnswerText check={check} context={context} />}
			</div>

			{ready && check.kind === 'answer' && <NextSteps answer={check.answer} context={context} />}

			{/* Present from the first paint, invisible until the island runs, so the page doesn't jump when it does. */}
			<div
				className={
					ready ? 'storage-check-share' : 'storage-check-share storage-check-share--waiting'
				}
			>
				<button type="button" className="button" onClick={onCopy}>
					{words.copy}
				</button>
				<p className="storage-check-copy-status" aria-live="polite">
					{copy.status === 'copied' && words.copied}
					{copy.status === 'failed' && words.copyFailed}
				</p>
				{copy.status === 'failed' && (
					<p className="storage-check-link">
						<label htmlFor={`${id}-link`}>{words.linkLabel}</label>
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
