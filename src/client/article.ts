import { replyText, stepUrl } from '../lib/site/share.ts';

const status = document.querySelector<HTMLElement>('#copy-status');
const canonical =
	document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
	location.href.split(/[?#]/)[0] ??
	'';

/** What to say after a copy, in the page's language (src/layouts/ArticleLayout.astro writes them). */
interface CopyMessages {
	/** `{text}` is what the reader can copy by hand. */
	blocked: string;
	step: string;
	reply: string;
}
const messages = JSON.parse(status?.dataset['copyMessages'] ?? '{}') as Partial<CopyMessages>;

async function copy(text: string, done: string | undefined) {
	if (!status) return;
	try {
		await navigator.clipboard.writeText(text);
		status.textContent = done ?? '';
	} catch {
		// Some browsers refuse clipboard access; the reader can still copy the text by hand.
		status.textContent = (messages.blocked ?? '{text}').replace('{text}', () => text);
	}
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-step]')) {
	button.hidden = false;
	button.addEventListener('click', () => {
		void copy(stepUrl(canonical, button.dataset['copyStep'] ?? ''), messages.step);
	});
}

const replyButton = document.querySelector<HTMLButtonElement>('button[data-copy-reply]');
if (replyButton) {
	replyButton.hidden = false;
	replyButton.addEventListener('click', () => {
		const title = document.querySelector('h1')?.textContent ?? '';
		const summary = document.querySelector('.summary')?.textContent ?? '';
		void copy(replyText({ title, summary, url: canonical }), messages.reply);
	});
}
