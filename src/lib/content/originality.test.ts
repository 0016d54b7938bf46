import { describe, expect, test } from 'vitest';
import { copiedRuns, pageText, runFingerprints, toWords } from './originality.ts';

const sharedRuns = (text: string, reference: string) =>
	copiedRuns(text, runFingerprints(reference));

describe('toWords', () => {
	test('returns lower-case words with curly apostrophes straightened and punctuation dropped', () => {
		expect(toWords('Can’t complete backup. Make sure — “now”!')).toEqual([
			"can't",
			'complete',
			'backup',
			'make',
			'sure',
			'now',
		]);
	});
	test('keeps accented letters inside words, so a translation is compared word for word', () => {
		expect(toWords('O backup não conclui: Größe überprüfen, ¿está atascada?')).toEqual([
			'o',
			'backup',
			'não',
			'conclui',
			'größe',
			'überprüfen',
			'está',
			'atascada',
		]);
	});
});

describe('copiedRuns', () => {
	const reference =
		'If backing up or restoring fails, the cause is likely the iCloud account rather than WhatsApp itself.';

	test('returns a copied run of ten or more words once, at its full length', () => {
		const text =
			'Note: if backing up or restoring fails, the cause is likely the iCloud account rather than the app.';
		expect(sharedRuns(text, reference)).toEqual([
			'if backing up or restoring fails the cause is likely the icloud account rather than',
		]);
	});

	test('returns nothing for the same facts in other words', () => {
		expect(
			sharedRuns(
				'When a backup or restore fails, your iCloud account is the usual suspect, not WhatsApp.',
				reference,
			),
		).toEqual([]);
	});

	test('returns nothing for a run of nine shared words', () => {
		expect(
			sharedRuns('so if backing up or restoring fails, the cause is probably elsewhere', reference),
		).toEqual([]);
	});
});

describe('pageText', () => {
	test('returns visible text without scripts, styles, tags or verbatim quotes of on-screen messages', () => {
		const html =
			'<style>p{}</style><p>Tap <b>Back Up Now</b>.</p><span class="on-screen" data-verbatim>“Not enough storage”</span><script>x()</script>';
		expect(toWords(pageText(html))).toEqual(['tap', 'back', 'up', 'now']);
	});
});
