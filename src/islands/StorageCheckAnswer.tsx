/**
 * What the storage check says once the island is awake: the answer (or what to fix in what was typed)
 * and what to do next, in the page's words and the reader's numbers. Drawn by StorageCheckView.tsx.
 */
import type { IslandText } from '../lib/i18n/ui/islands.en.ts';
import type { LabelText } from '../lib/i18n/label-text.ts';
import {
	answerSizes,
	ICLOUD_PLUS_PLAN_BYTES,
	nextSteps,
	type SizeField,
	type StorageAnswer,
	type TypedCheck,
} from '../lib/storage/check.ts';
import { formatBytes } from '../lib/storage/format.ts';
import type { SizeError } from '../lib/storage/size.ts';
import { Fill } from './Fill.tsx';
import { SettingsPath } from './SettingsPath.tsx';

/** The storage check's words, in the page's language. */
export type StorageCheckWords = IslandText['storageCheck'];

/** Where each size is read on the iPhone, as places of a path through Settings in the page's language. */
export type StorageCheckPaths = Record<SizeField, readonly (string | LabelText)[]>;

/** What the view needs from the page and the reader, passed down unchanged. */
export interface Context {
	words: StorageCheckWords;
	paths: StorageCheckPaths;
	linkPrefix: string;
	readerLocales: readonly string[];
}

/** "50 GB, 200 GB, 2 TB, 6 TB and 12 TB" */
function joinWithAnd(items: readonly string[], and: string): string {
	// Not Array.prototype.at: Safari gained it in 15.4, and WhatsApp still runs on iOS 15.1.
	return items.length < 2
		? items.join('')
		: `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** Why a field's size was not accepted, quoting what was typed. */
export function ErrorText({
	field,
	error,
	context,
}: {
	field: SizeField;
	error: SizeError;
	context: Context;
}) {
	const { errors } = context.words;
	if (field === 'backup' && error.code === 'zero')
		return (
			<Fill
				text={errors.backupZero}
				values={{ path: <SettingsPath places={context.paths.backup} /> }}
			/>
		);
	return <Fill text={errors[error.code]} values={{ ...error }} />;
}

export function AnswerText({ check, context }: { check: TypedCheck; context: Context }) {
	const { words, readerLocales } = context;
	if (check.kind === 'incomplete') return <p>{words.incomplete}</p>;
	if (check.kind === 'invalid') {
		return (
			<>
				<p className="storage-check-headline">
					<span className="storage-check-icon" aria-hidden="true">
						!
					</span>
					{words.checkTyped}
				</p>
				<ul>
					{check.invalid.map((field) => {
						const state = check.fields[field];
						return (
							<li key={field}>
								<Fill
									text={words.fieldProblem}
									values={{
										field: words.fields[field].label,
										problem:
											state.status === 'invalid' ? (
												<ErrorText field={field} error={state.error} context={context} />
											) : null,
									}}
								/>
							</li>
						);
					})}
				</ul>
			</>
		);
	}
	const { answer } = check;
	const sizes = answerSizes(answer, readerLocales);
	const enough = answer.verdict === 'enough';
	const place = (where: 'icloud' | 'iphone', shortfall: bigint, shown: string) => (
		<li key={where}>
			<Fill
				text={shortfall > 0n ? words.placeShort : words.placeEnough}
				values={{
					place: where === 'icloud' ? words.inIcloud : words.onIphone,
					shortfall: <strong>{shown}</strong>,
				}}
			/>
		</li>
	);
	return (
		<>
			<p className="storage-check-headline">
				<span className="storage-check-icon" aria-hidden="true">
					{enough ? '✓' : '✕'}
				</span>
				{enough ? words.enough : words.notEnough}
			</p>
			<p>
				<Fill
					text={words.needs}
					values={{
						backup: sizes.backup,
						required: <strong>{sizes.required}</strong>,
						factor: new Intl.NumberFormat(readerLocales).format(2.05),
					}}
				/>
			</p>
			<ul>
				{place('icloud', answer.icloudShortfall, sizes.icloudShortfall)}
				{place('iphone', answer.iphoneShortfall, sizes.iphoneShortfall)}
			</ul>
		</>
	);
}

export function NextSteps({ answer, context }: { answer: StorageAnswer; context: Context }) {
	const { words, paths, linkPrefix, readerLocales } = context;
	const plans = joinWithAnd(
		ICLOUD_PLUS_PLAN_BYTES.map((bytes) => formatBytes(bytes, readerLocales)),
		words.and,
	);
	return (
		<div className="storage-check-next">
			<p className="storage-check-next-title">
				{answer.verdict === 'enough' ? words.next : words.whatYouCanDo}
			</p>
			<ul>
				{nextSteps(answer.verdict).map((step) => (
					<li key={step.id}>
						<Fill
							text={words.step}
							values={{
								// An English path, like every link on the site, moved into the page's language here: the
								// server moves the links it renders (src/middleware.ts), but this one is drawn in the browser.
								link: <a href={`${linkPrefix}${step.href}`}>{words.steps[step.id].text}</a>,
								why: (
									<Fill
										text={words.steps[step.id].why}
										values={{ path: <SettingsPath places={paths.backup} /> }}
									/>
								),
							}}
						/>
					</li>
				))}
			</ul>
			{answer.icloudShortfall > 0n && (
				// We know how much is free, not the size of the reader's plan, so we can't name the plan that fits; we
				// say how to work it out instead.
				<p>
					<Fill
						text={words.plans}
						values={{
							plans,
							shortfall: answerSizes(answer, readerLocales).icloudShortfall,
						}}
					/>
				</p>
			)}
		</div>
	);
}
