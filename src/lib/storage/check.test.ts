import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_SIZE_BYTES } from './size.ts';
import {
	answerSizes,
	checkStorage,
	checkToVerdictAttribute,
	checkTypedSizes,
	nextSteps,
	requiredFreeBytes,
	VERDICTS,
	type SizeInputs,
	type Verdict,
} from './check.ts';

const MB = 10n ** 6n;
const GB = 10n ** 9n;
const TB = 10n ** 12n;

/** The rule checked independently of the code under test: free space ≥ 2.05 × backup, as exact fractions. */
const hasRoom = (free: bigint, backup: bigint) => free * 100n >= backup * 205n;

describe('requiredFreeBytes', () => {
	test.each([
		{ backup: 100n, required: 205n },
		{ backup: 1n, required: 3n },
		{ backup: 20n, required: 41n },
		{ backup: 4_200_000_000n, required: 8_610_000_000n },
		{ backup: 1_000_000_001n, required: 2_050_000_003n },
	])('needs $required bytes for a backup of $backup bytes', ({ backup, required }) => {
		expect(requiredFreeBytes(backup)).toBe(required);
	});

	test('is the smallest whole number of bytes that is at least 2.05 × the backup', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 1n, max: MAX_SIZE_BYTES }), (backup) => {
				const required = requiredFreeBytes(backup);
				expect(hasRoom(required, backup)).toBe(true);
				expect(hasRoom(required - 1n, backup)).toBe(false);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('checkStorage', () => {
	test.each<{ title: string; backup: bigint; icloud: bigint; iphone: bigint; verdict: Verdict }>([
		{
			title: 'exactly 2.05 × in both places',
			backup: 4n * GB,
			icloud: 8_200n * MB,
			iphone: 8_200n * MB,
			verdict: 'enough',
		},
		{
			title: 'one byte under in iCloud',
			backup: 4n * GB,
			icloud: 8_200n * MB - 1n,
			iphone: 8_200n * MB,
			verdict: 'short-icloud',
		},
		{
			title: 'one byte under on the iPhone',
			backup: 4n * GB,
			icloud: 8_200n * MB,
			iphone: 8_200n * MB - 1n,
			verdict: 'short-iphone',
		},
		{
			title: 'one byte under in both',
			backup: 4n * GB,
			icloud: 8_200n * MB - 1n,
			iphone: 8_200n * MB - 1n,
			verdict: 'short-both',
		},
		{
			title: 'exactly 2× (not enough)',
			backup: 4n * GB,
			icloud: 8n * GB,
			iphone: 8n * GB,
			verdict: 'short-both',
		},
		{
			title: 'TB free for a MB backup',
			backup: 850n * MB,
			icloud: 2n * TB,
			iphone: 1_742_500_000n,
			verdict: 'enough',
		},
		{
			title: 'TB backup with MB short on the iPhone',
			backup: TB,
			icloud: 2_050n * GB,
			iphone: 2_049_999n * MB,
			verdict: 'short-iphone',
		},
		{ title: 'no free space at all', backup: 1n, icloud: 0n, iphone: 0n, verdict: 'short-both' },
		{
			title: 'a 1-byte backup with 3 bytes free',
			backup: 1n,
			icloud: 3n,
			iphone: 3n,
			verdict: 'enough',
		},
		{
			title: 'a 1-byte backup with 2 bytes free',
			backup: 1n,
			icloud: 2n,
			iphone: 3n,
			verdict: 'short-icloud',
		},
		{
			title: 'the largest sizes',
			backup: MAX_SIZE_BYTES,
			icloud: MAX_SIZE_BYTES,
			iphone: MAX_SIZE_BYTES,
			verdict: 'short-both',
		},
	])('says $verdict for $title', ({ backup, icloud, iphone, verdict }) => {
		expect(checkStorage({ backup, icloud, iphone }).verdict).toBe(verdict);
	});

	test('gives the space needed and the shortfall in each place', () => {
		expect(checkStorage({ backup: 4_200_000_000n, icloud: 3n * GB, iphone: 50n * GB })).toEqual({
			backup: 4_200_000_000n,
			icloud: 3n * GB,
			iphone: 50n * GB,
			verdict: 'short-icloud',
			required: 8_610_000_000n,
			icloudShortfall: 5_610_000_000n,
			iphoneShortfall: 0n,
		});
	});

	// Sizes near the boundary, where rounding mistakes live, as well as anywhere in range.
	const backupBytes = fc.oneof(
		fc.bigInt({ min: 1n, max: 1_000n }),
		fc.bigInt({ min: 1n, max: MAX_SIZE_BYTES }),
	);
	const freeFor = (backup: bigint) =>
		fc
			.oneof(
				fc.bigInt({ min: -3n, max: 3n }).map((delta) => (backup * 205n) / 100n + delta),
				fc.bigInt({ min: 0n, max: MAX_SIZE_BYTES }),
			)
			.map((free) => (free < 0n ? 0n : free));
	const sizes = backupBytes.chain((backup) =>
		fc.record({ backup: fc.constant(backup), icloud: freeFor(backup), iphone: freeFor(backup) }),
	);

	test('never says enough when either free space is below 2.05 × the backup', () => {
		fc.assert(
			fc.property(sizes, ({ backup, icloud, iphone }) => {
				const { verdict } = checkStorage({ backup, icloud, iphone });
				const expected: Verdict = hasRoom(icloud, backup)
					? hasRoom(iphone, backup)
						? 'enough'
						: 'short-iphone'
					: hasRoom(iphone, backup)
						? 'short-icloud'
						: 'short-both';
				expect(verdict).toBe(expected);
			}),
			{ numRuns: 5000 },
		);
	});

	test('has shortfalls that, once freed, are exactly enough', () => {
		fc.assert(
			fc.property(sizes, ({ backup, icloud, iphone }) => {
				const answer = checkStorage({ backup, icloud, iphone });
				const after = checkStorage({
					backup,
					icloud: icloud + answer.icloudShortfall,
					iphone: iphone + answer.iphoneShortfall,
				});
				expect(after.verdict).toBe('enough');
				if (answer.icloudShortfall > 0n)
					expect(hasRoom(icloud + answer.icloudShortfall - 1n, backup)).toBe(false);
				if (answer.iphoneShortfall > 0n)
					expect(hasRoom(iphone + answer.iphoneShortfall - 1n, backup)).toBe(false);
			}),
			{ numRuns: 2000 },
		);
	});

	const isShortIn = (verdict: Verdict, place: 'icloud' | 'iphone') =>
		verdict === 'short-both' || verdict === `short-${place}`;

	test('is monotone: more free space never makes the answer worse', () => {
		fc.assert(
			fc.property(
				sizes,
				fc.bigInt({ min: 0n, max: TB }),
				fc.bigInt({ min: 0n, max: TB }),
				(start, moreIcloud, moreIphone) => {
					const before = checkStorage(start);
					const after = checkStorage({
						...start,
						icloud: start.icloud + moreIcloud,
						iphone: start.iphone + moreIphone,
					});
					expect(after.icloudShortfall <= before.icloudShortfall).toBe(true);
					expect(after.iphoneShortfall <= before.iphoneShortfall).toBe(true);
					if (!isShortIn(before.verdict, 'icloud'))
						expect(isShortIn(after.verdict, 'icloud')).toBe(false);
					if (!isShortIn(before.verdict, 'iphone'))
						expect(isShortIn(after.verdict, 'iphone')).toBe(false);
					if (before.verdict === 'enough') expect(after.verdict).toBe('enough');
				},
			),
			{ numRuns: 2000 },
		);
	});

	test('is monotone: a bigger backup never makes the answer better', () => {
		fc.assert(
			fc.property(sizes, fc.bigInt({ min: 0n, max: TB }), (start, more) => {
				const before = checkStorage(start);
				const after = checkStorage({ ...start, backup: start.backup + more });
				expect(after.required >= before.required).toBe(true);
				if (before.verdict !== 'enough') expect(after.verdict).not.toBe('enough');
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('checkTypedSizes', () => {
	const typed = (backup: string, icloud: string, iphone: string): SizeInputs => ({
		backup,
		icloud,
		iphone,
	});

	test.each([
		{ title: 'nothing typed', inputs: typed('', '', ''), attribute: undefined },
		{ title: 'two of three sizes', inputs: typed('4 GB', '8 GB', ''), attribute: undefined },
		{ title: 'only spaces in a field', inputs: typed('4 GB', '  ', '50 GB'), attribute: undefined },
		{ title: 'a missing unit, others empty', inputs: typed('12', '', ''), attribute: 'invalid' },
		{
			title: 'a bad size next to good ones',
			inputs: typed('4 GB', 'abc', '50 GB'),
			attribute: 'invalid',
		},
		{ title: 'a backup of 0', inputs: typed('0 GB', '8 GB', '50 GB'), attribute: 'invalid' },
		{ title: 'enough everywhere', inputs: typed('4 GB', '8.2 GB', '50 GB'), attribute: 'enough' },
		{ title: 'short in iCloud', inputs: typed('4GB', '8GB', '50GB'), attribute: 'short-icloud' },
		{
			title: 'short on the iPhone',
			inputs: typed('4,2 GB', '200 GB', '8 GB'),
			attribute: 'short-iphone',
		},
		{ title: 'short in both', inputs: typed('1,800 MB', '0 GB', '0 GB'), attribute: 'short-both' },
		{
			title: 'free space of 0 with a tiny backup',
			inputs: typed('1 B', '0 KB', '1 TB'),
			attribute: 'short-icloud',
		},
	])('gives data-verdict $attribute for $title', ({ inputs, attribute }) => {
		expect(checkToVerdictAttribute(checkTypedSizes(inputs))).toBe(attribute);
	});

	test('lists every invalid field, in form order', () => {
		const check = checkTypedSizes(typed('abc', '8 GB', '12'));
		expect(check.kind === 'invalid' && check.invalid).toEqual(['backup', 'iphone']);
	});

	test('keeps the error of each invalid field', () => {
		const check = checkTypedSizes(typed('12', '', ''));
		expect(check.fields.backup).toEqual({
			status: 'invalid',
			error: { code: 'missing-unit', typed: '12', number: '12', unit: '' },
		});
		expect(check.fields.icloud).toEqual({ status: 'empty' });
	});

	// Sizes as an iPhone set to Spanish, Brazilian Portuguese or German shows them, typed by a reader who
	// writes "1,5": the verdict is the one the same sizes get in English.
	test.each([
		{ inputs: typed('1,5 GB', '3,075 GB', '3,1 GB'), attribute: 'enough' },
		{ inputs: typed('1,5 GB', '3,07 GB', '50 GB'), attribute: 'short-icloud' },
		{ inputs: typed('1,5 GB', '200 GB', '3 GB'), attribute: 'short-iphone' },
		{ inputs: typed('1.500 MB', '3.074 MB', '3.074 MB'), attribute: 'short-both' },
		{ inputs: typed('1,500 GB', '3,075 GB', '3,075 GB'), attribute: 'enough' },
	])(
		'gives data-verdict $attribute for $inputs.backup typed with a decimal comma',
		({ inputs, attribute }) => {
			expect(checkToVerdictAttribute(checkTypedSizes(inputs, ','))).toBe(attribute);
		},
	);
});

describe('answerSizes', () => {
	test('echoes a size typed in binary units rounded, and keeps the exact bytes for the verdict', () => {
		const check = checkTypedSizes({ backup: '1.5 GiB', icloud: '3.3 GB', iphone: '3.302 GB' });
		if (check.kind !== 'answer') throw new Error(`expected an answer, got ${check.kind}`);
		expect(check.answer.backup).toBe(1_610_612_736n);
		// 2.05 × 1,610,612,736 B is 3,301,755,909 B: 3.3 GB is short; 3.302 GB is enough.
		expect(check.answer.verdict).toBe('short-icloud');
		expect(answerSizes(check.answer, 'en-US')).toEqual({
			backup: '1.61 GB',
			required: '3.31 GB',
			icloudShortfall: '1.76 MB',
			iphoneShortfall: '0 bytes',
		});
	});
});

// The island renders these links only after hydration, so the build's link check never sees them.
describe('nextSteps', () => {
	const registry = new Set(
		JSON.parse(
			readFileSync(new URL('../../../permalinks.json', import.meta.url), 'utf8'),
		) as string[],
	);
	/** `risk` from an article's front matter: "safe" or "data-loss". */
	const riskOf = (href: string) => {
		const slug = /^\/([a-z0-9-]+)\//.exec(href)?.[1] ?? '';
		const mdx = readFileSync(new URL(`../../../content/${slug}.mdx`, import.meta.url), 'utf8');
		return /^risk: (\S+)$/m.exec(mdx)?.[1];
	};

	test.each(VERDICTS)('suggests for %s at least one step, each a registered link', (verdict) => {
		const hrefs = nextSteps(verdict).map((step) => step.href);
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((href) => !registry.has(href))).toEqual([]);
	});

	test.each(VERDICTS)(
		'suggests for %s a step that can lose chats only after every safe one',
		(verdict) => {
			const risks = nextSteps(verdict).map((step) => riskOf(step.href));
			expect(risks.every((risk) => risk === 'safe' || risk === 'data-loss')).toBe(true);
			const firstRisky = risks.indexOf('data-loss');
			expect(firstRisky === -1 ? [] : risks.slice(firstRisky)).not.toContain('safe');
		},
	);
});
