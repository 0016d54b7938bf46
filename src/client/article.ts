import { replyText, stepUrl } from '../lib/site/share.ts';

const status = document.querySelector<HTMLElement>('#copy-status');
const canonical =
	document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
	location.href.split(/[?#]/)[0] ??
	'';

async function copy(text: string, done: string) {
	if (!status) return;
	try {
		await navigator.clipboard.writeText(text);
		status.textContent = done;
	} catch {
		// Some browsers refuse clipboard access; the reader can still copy the text by hand.
		status.textContent = `Copying was blocked by the browser. Select and copy this instead: ${text}`;
	}
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-step]')) {
	button.hidden = false;
	button.addEventListener('click', () => {
		void copy(stepUrl(canonical, button.dataset['copyStep'] ?? ''), 'Link to this step copied.');
	});
}

const replyButton = document.querySelector<HTMLButtonElement>('button[data-copy-reply]');
if (replyButton) {
	replyButton.hidden = false;
	replyButton.addEventListener('click', () => {
		const title = document.querySelector('h1')?.textContent ?? '';
		const summary = document.querySelector('.summary')?.textContent ?? '';
		void copy(
			replyText({ title, summary, url: canonical }),
			'Reply copied: title, summary and link.',
		);
	});
}
