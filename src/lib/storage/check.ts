/**
 * The storage check: is there room for a WhatsApp backup in iCloud and on the iPhone?
 *
 * WhatsApp needs free space of at least 2.05 × the backup size in both places (shared/reference,
 * whatsapp-icloud-facts.md). All sizes are whole bytes as BigInt.
 */
import { formatBytes } from './format.ts';
import { GB, parseSize, TB, type DecimalMark, type SizeError, type SizeResult } from './size.ts';

/** The 2.05× rule as a percentage, so the maths stays in whole numbers: required = backup × 205 / 100. */
const FREE_SPACE_PERCENT = 205n;

/** Free bytes needed in iCloud and on the iPhone for a backup of `backupBytes`, rounded up to a whole byte. */
export function requiredFreeBytes(backupBytes: bigint): bigint {
	return (backupBytes * FREE_SPACE_PERCENT + 99n) / 100n;
}

/** The answer, as support tooling reads it from `data-verdict`. */
export const VERDICTS = ['enough', 'short-icloud', 'short-iphone', 'short-both'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The three sizes, in bytes. */
export interface StorageSizes {
	backup: bigint;
	icloud: bigint;
	iphone: bigint;
}

/** The verdict with the figures behind it; a shortfall is 0n where there is enough room. */
export interface StorageAnswer extends StorageSizes {
	verdict: Verdict;
	required: bigint;
	icloudShortfall: bigint;
	iphoneShortfall: bigint;
}

/** Compare both free spaces with 2.05 × the backup; exactly 2.05 × counts as enough. */
export function checkStorage(sizes: StorageSizes): StorageAnswer {
	const required = requiredFreeBytes(sizes.backup);
	const icloudShortfall = required > sizes.icloud ? required - sizes.icloud : 0n;
	const iphoneShortfall = required > sizes.iphone ? required - sizes.iphone : 0n;
	const verdict: Verdict =
		icloudShortfall > 0n
			? iphoneShortfall > 0n
				? 'short-both'
				: 'short-icloud'
			: iphoneShortfall > 0n
				? 'short-iphone'
				: 'enough';
	return { ...sizes, verdict, required, icloudShortfall, iphoneShortfall };
}

/** Read a typed backup size: a part of a byte counts as a whole one, and 0 is refused. */
export function parseBackupSize(input: string, decimalMark: DecimalMark = '.'): SizeResult {
	return parseSize(input, { rounding: 'up', allowZero: false, decimalMark });
}

/** Read a typed free space: a part of a byte is dropped, and 0 is fine (there is no room at all). */
export function parseFreeSpace(input: string, decimalMark: DecimalMark = '.'): SizeResult {
	return parseSize(input, { rounding: 'down', allowZero: true, decimalMark });
}

/** The three fields of the form, in order; also the names of their URL parameters. */
export const SIZE_FIELDS = ['backup', 'icloud', 'iphone'] as const;
export type SizeField = (typeof SIZE_FIELDS)[number];

/** What the reader typed in each field. */
export type SizeInputs = Record<SizeField, string>;

/** One field: nothing typed yet, a size, or something that is not a size. */
type FieldState =
	| { status: 'empty' }
	| { status: 'valid'; bytes: bigint }
	| { status: 'invalid'; error: SizeError };

/** The whole form: still being filled in, something typed is wrong, or an answer. */
export type TypedCheck =
	| { kind: 'incomplete'; fields: Record<SizeField, FieldState> }
	| { kind: 'invalid'; fields: Record<SizeField, FieldState>; invalid: SizeField[] }
	| { kind: 'answer'; fields: Record<SizeField, FieldState>; answer: StorageAnswer };

function readField(field: SizeField, input: string, decimalMark: DecimalMark): FieldState {
	if (input.trim() === '') return { status: 'empty' };
	const result =
		field === 'backup' ? parseBackupSize(input, decimalMark) : parseFreeSpace(input, decimalMark);
	return result.ok
		? { status: 'valid', bytes: result.value }
		: { status: 'invalid', error: result.error };
}

/**
 * Check the form as typed by a reader whose decimal mark is `decimalMark`. Something invalid wins over an empty
 * field, so a mistake shows as soon as it is typed; otherwise any empty field means the form is incomplete, and
 * three sizes give an answer.
 */
export function checkTypedSizes(inputs: SizeInputs, decimalMark: DecimalMark = '.'): TypedCheck {
	const fields = {
		backup: readField('backup', inputs.backup, decimalMark),
		icloud: readField('icloud', inputs.icloud, decimalMark),
		iphone: readField('iphone', inputs.iphone, decimalMark),
	};
	const invalid = SIZE_FIELDS.filter((field) => fields[field].status === 'invalid');
	if (invalid.length > 0) return { kind: 'invalid', fields, invalid };
	const { backup, icloud, iphone } = fields;
	if (backup.status !== 'valid' || icloud.status !== 'valid' || iphone.status !== 'valid') {
		return { kind: 'incomplete', fields };
	}
	return {
		kind: 'answer',
		fields,
		answer: checkStorage({ backup: backup.bytes, icloud: icloud.bytes, iphone: iphone.bytes }),
	};
}

/**
 * The value of `data-verdict` on the answer: a verdict, "invalid" when something typed is not a size, and
 * undefined (no attribute) while a field is still empty.
 */
export function checkToVerdictAttribute(check: TypedCheck): Verdict | 'invalid' | undefined {
	if (check.kind === 'answer') return check.answer.verdict;
	return check.kind === 'invalid' ? 'invalid' : undefined;
}

/** iCloud+ plan sizes (shared/reference: 50 GB, 200 GB, 2 TB, 6 TB, 12 TB). */
export const ICLOUD_PLUS_PLAN_BYTES: readonly bigint[] = [
	50n * GB,
	200n * GB,
	2n * TB,
	6n * TB,
	12n * TB,
];

/** The sizes an answer shows a reader. */
export interface AnswerSizes {
	backup: string;
	required: string;
	icloudShortfall: string;
	iphoneShortfall: string;
}

/**
 * An answer's sizes rounded for reading, as iPhone shows sizes ("1.5 GiB" is echoed as "1.61 GB", not
 * every digit); the verdict itself is decided on the exact bytes. What to free rounds up, so a reader
 * who frees what we say always has enough.
 */
export function answerSizes(answer: StorageAnswer, locale: Intl.LocalesArgument): AnswerSizes {
	return {
		backup: formatBytes(answer.backup, locale),
		required: formatBytes(answer.required, locale, 'up'),
		icloudShortfall: formatBytes(answer.icloudShortfall, locale, 'up'),
		iphoneShortfall: formatBytes(answer.iphoneShortfall, locale, 'up'),
	};
}

/** The articles the check can send a reader to; their words are in the page's language. */
type NextStepId =
	'freeIphone' | 'freeIcloud' | 'leaveVideosOut' | 'moreIcloud' | 'deleteOldBackup' | 'backUpNow';

/** A link to the article that helps; `id` names its words. */
export interface NextStep {
	id: NextStepId;
	href: string;
}

/** Every next step's address (English: the page moves it into its language); contracts with the articles. */
const NEXT_STEP_HREFS: Record<NextStepId, string> = {
	freeIphone: '/make-enough-room/#free-iphone-storage',
	freeIcloud: '/make-enough-room/#free-icloud-storage',
	leaveVideosOut: '/leave-videos-out/',
	moreIcloud: '/make-enough-room/#get-more-icloud-storage',
	deleteOldBackup: '/delete-old-backup/',
	backUpNow: '/back-up-now/',
};

const VERDICT_STEPS: Record<Verdict, NextStepId[]> = {
	enough: ['backUpNow'],
	'short-iphone': ['freeIphone', 'leaveVideosOut'],
	'short-icloud': ['freeIcloud', 'leaveVideosOut', 'moreIcloud', 'deleteOldBackup'],
	'short-both': ['freeIphone', 'freeIcloud', 'leaveVideosOut', 'moreIcloud', 'deleteOldBackup'],
};

/** What to do next for a verdict: safe fixes first, deleting the old backup last. */
export function nextSteps(verdict: Verdict): NextStep[] {
	return VERDICT_STEPS[verdict].map((id) => ({ id, href: NEXT_STEP_HREFS[id] }));
}
