// The agent's desk: filter as you type, move with the arrow keys, copy a step's reply in the chosen format
// (remembered in localStorage) or its link. The replies are the bundle help desks import
// (/desk/replies.<lang>.json), so what is copied here is what a desk imports.
import {
	FORMAT_KEY,
	foldText,
	matchesFilter,
	moveFocus,
	storedFormat,
} from '../lib/desk/desk-page.ts';
import type { ReplyFormat } from '../lib/desk/formats.ts';
import type { ReplyEntry } from '../lib/desk/replies.ts';
import { fill } from '../lib/i18n/text.ts';

const desk = document.querySelector<HTMLElement>('[data-desk]');
const tools = desk?.querySelector<HTMLElement>('[data-desk-tools]');
const filter = desk?.querySelector<HTMLInputElement>('#desk-filter');
const status = desk?.querySelector<HTMLElement>('[data-desk-status]');
const count = desk?.querySelector<HTMLElement>('[data-desk-count]');

if (desk && tools && filter && status && count) {
	const words = desk.dataset;
	const steps = [...desk.querySelectorAll<HTMLElement>('[data-desk-step]')].map((element) => ({
		element,
		text: foldText(element.textContent ?? ''),
	}));
	const sections = [...desk.querySelectorAll<HTMLElement>('[data-desk-article]')];
	const replies = new Map<string, ReplyEntry>();

	const formatInputs = [...tools.querySelectorAll<HTMLInputElement>('input[name="desk-format"]')];
	let format: ReplyFormat = 'text';
	try {
		format = storedFormat(localStorage.getItem(FORMAT_KEY));
	} catch {
		// Storage can be off (private browsing): the choice then lasts as long as the page.
	}
	for (const input of formatInputs) {
		input.checked = input.value === format;
		input.addEventListener('change', () => {
			format = storedFormat(input.value);
			try {
				localStorage.setItem(FORMAT_KEY, format);
			} catch {
				// As above: nothing to remember it in.
			}
		});
	}
	const formatName = () =>
		formatInputs.find((input) => input.checked)?.nextElementSibling?.textContent ?? format;

	const visibleSteps = () => steps.filter((step) => !step.element.hidden);
	const replyButton = (step: HTMLElement | undefined) =>
		step?.querySelector<HTMLButtonElement>('[data-desk-copy="reply"]');

	const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-desk-language]')];
	function applyFilter() {
		const query = filter?.value.trim() ?? '';
		for (const step of steps) step.element.hidden = !matchesFilter(step.text, query);
		for (const section of sections)
			section.hidden = !section.querySelector('[data-desk-step]:not([hidden])');
		const shown = visibleSteps().length;
		if (count)
			count.textContent =
				query === ''
					? ''
					: shown === 0
						? fill(words['noMatch'] ?? '', { query })
						: fill(words['matches'] ?? '', { count: shown });
		// The language switch keeps the filter, so the same steps show in the other language.
		for (const link of languageLinks) {
			const url = new URL(link.href);
			url.search = query === '' ? '' : `?q=${encodeURIComponent(query)}`;
			link.href = url.href;
		}
	}

	async function copy(write: () => Promise<void>, done: string, fallback: string): Promise<void> {
		if (!status) return;
		try {
			await write();
			status.textContent = done;
		} catch {
			// navigator.clipboard is missing outside secure contexts, and browsers may refuse it.
			status.textContent = fill(words['copyBlocked'] ?? '', { text: fallback });
		}
	}

	function copyReply(step: HTMLElement) {
		const reply = replies.get(step.dataset['deskStep'] ?? '');
		if (!reply) {
			if (status) status.textContent = words['loading'] ?? '';
			return;
		}
		const title = step.querySelector('h3')?.textContent?.trim() ?? reply.title;
		const done = fill(words['replyCopied'] ?? '', { format: formatName(), step: title });
		if (format === 'html') {
			// Rich paste (Zendesk, Help Scout, Gmail) reads text/html; plain editors read text/plain.
			void copy(
				() =>
					navigator.clipboard.write([
						new ClipboardItem({
							'text/html': new Blob([reply.html], { type: 'text/html' }),
							'text/plain': new Blob([reply.text], { type: 'text/plain' }),
						}),
					]),
				done,
				reply.text,
			);
		} else {
			const text = reply[format];
			void copy(() => navigator.clipboard.writeText(text), done, text);
		}
	}

	desk.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('[data-desk-copy]');
		const step = button?.closest<HTMLElement>('[data-desk-step]');
		if (!button || !step) return;
		if (button.dataset['deskCopy'] === 'reply') copyReply(step);
		else {
			const url = button.dataset['url'] ?? '';
			void copy(
				() => navigator.clipboard.writeText(url),
				fill(words['linkCopied'] ?? '', { url }),
				url,
			);
		}
	});

	desk.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const visible = visibleSteps();
		if (target === filter && event.key === 'Enter') {
			// Enter in the filter copies the first step that matches: type a few words, press Enter, paste.
			event.preventDefault();
			const first = visible[0];
			if (first) copyReply(first.element);
			return;
		}
		const current =
			target === filter
				? -1
				: visible.findIndex((step) => step.element.contains(target) && target.matches('button'));
		if (target !== filter && current === -1) return;
		const next = moveFocus(event.key, current, visible.length);
		if (next === undefined) return;
		event.preventDefault();
		if (next === -1) filter.focus();
		else replyButton(visible[next]?.element)?.focus();
	});

	filter.addEventListener('input', applyFilter);
	const query = new URLSearchParams(location.search).get('q');
	if (query) filter.value = query;
	applyFilter();
	tools.hidden = false;

	void fetch(desk.dataset['replies'] ?? '')
		.then((response) => response.json() as Promise<ReplyEntry[]>)
		.then((entries) => {
			for (const entry of entries) replies.set(entry.id, entry);
			for (const button of desk.querySelectorAll<HTMLButtonElement>('[data-desk-copy]'))
				button.hidden = false;
			desk.dataset['ready'] = '';
		})
		.catch(() => {
			status.textContent = words['loadFailed'] ?? '';
		});
}
