/**
 * "Did this fix it?" (src/components/Feedback.astro): shows the answers only when this host stores
 * votes, sends each answer to the feedback endpoint and thanks the reader in place, in the page's
 * language (the component writes the sentences into `data-feedback-messages`).
 * Plain DOM code, not an island: it must fit an article's 4 KB JavaScript budget.
 */
import {
	FEEDBACK_AVAILABILITY_PATH,
	FEEDBACK_PATH,
	type FeedbackAvailability,
} from '../lib/feedback/shared.ts';

const group = document.querySelector<HTMLElement>('[data-feedback]');
const status = document.querySelector<HTMLElement>('[data-feedback-status]');
const stepsGroup = document.querySelector<HTMLElement>('[data-feedback-steps]');
const afterNo = document.querySelector<HTMLElement>('[data-feedback-no]');
// The way on for readers who don't answer; once they do, the answer's own follow-up replaces it.
const way = document.querySelector<HTMLElement>('[data-feedback-way]');

/** The sentences Feedback.astro writes; `{step}` in `step` is the title of the step the reader picked. */
interface Messages {
	yes: string;
	no: string;
	failed: string;
	step: string;
}
const THANKS = JSON.parse(group?.dataset['feedbackMessages'] ?? '{}') as Partial<Messages>;

/** True only when the host answers the availability file with `{"available": true}`. */
async function hostTakesVotes(): Promise<boolean> {
	try {
		const response = await fetch(FEEDBACK_AVAILABILITY_PATH, {
			headers: { Accept: 'application/json' },
		});
		if (!response.ok) return false;
		return ((await response.json()) as Partial<FeedbackAvailability>).available === true;
	} catch {
		return false;
	}
}

// The site names languages as `<html lang>` does, lower-cased (pt-BR is pt-br): src/lib/i18n/locales.ts.
const lang = document.documentElement.lang.toLowerCase();

async function send(article: string, fixed: boolean, step?: string): Promise<boolean> {
	try {
		const response = await fetch(FEEDBACK_PATH, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ article, fixed, step, lang }),
		});
		return response.ok;
	} catch {
		return false;
	}
}

/** Mark `chosen` as the pressed button among `buttons`. */
function press(buttons: Iterable<HTMLButtonElement>, chosen: HTMLButtonElement | undefined) {
	for (const button of buttons) button.setAttribute('aria-pressed', String(button === chosen));
}

function say(text: string | undefined) {
	if (status) status.textContent = text ?? '';
}

async function start(root: HTMLElement, article: string) {
	const takesVotes = await hostTakesVotes();
	// Tests and tools wait on this rather than on the network going quiet: the host has been asked.
	root.setAttribute('data-ready', '');
	if (!takesVotes) return;
	const answers = [...root.querySelectorAll<HTMLButtonElement>('button[data-feedback-fixed]')];
	const steps = [
		...(stepsGroup?.querySelectorAll<HTMLButtonElement>('button[data-feedback-step]') ?? []),
	];
	root.hidden = false;

	async function answer(button: HTMLButtonElement) {
		const fixed = button.dataset['feedbackFixed'] === 'true';
		if (!(await send(article, fixed))) return say(THANKS.failed);
		press(answers, button);
		press(steps, undefined);
		if (stepsGroup) stepsGroup.hidden = !fixed;
		if (afterNo) afterNo.hidden = fixed;
		if (way) way.hidden = true;
		say(fixed ? THANKS.yes : THANKS.no);
	}
	async function nameStep(button: HTMLButtonElement) {
		if (!(await send(article, true, button.dataset['feedbackStep']))) return say(THANKS.failed);
		press(steps, button);
		const step = button.textContent?.trim() ?? '';
		say(THANKS.step?.replace('{step}', () => step));
	}
	for (const button of answers) button.addEventListener('click', () => void answer(button));
	for (const button of steps) button.addEventListener('click', () => void nameStep(button));
}

const article = group?.dataset['feedback'];
if (group && article) void start(group, article);
