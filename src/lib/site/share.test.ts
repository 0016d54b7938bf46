import { describe, expect, test } from 'vitest';
import { replyText, stepUrl } from './share.ts';

describe('stepUrl', () => {
	test.each([
		{
			article: 'https://whatsapp-backup.help/restart-iphone/',
			step: 'force-restart',
			url: 'https://whatsapp-backup.help/restart-iphone/#force-restart',
		},
		{
			article: 'https://whatsapp-backup.help/restart-iphone/#old',
			step: 'force-restart',
			url: 'https://whatsapp-backup.help/restart-iphone/#force-restart',
		},
	])('returns $url for step $step', ({ article, step, url }) => {
		expect(stepUrl(article, step)).toBe(url);
	});
});

describe('replyText', () => {
	test('returns the title, the summary and the link on three lines, trimmed', () => {
		expect(
			replyText({
				title: ' Restart your iPhone ',
				summary: 'A restart clears stuck tasks.\n',
				url: 'https://x.test/restart-iphone/',
			}),
		).toBe('Restart your iPhone\nA restart clears stuck tasks.\nhttps://x.test/restart-iphone/');
	});
});
