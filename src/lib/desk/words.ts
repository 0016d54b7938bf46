/**
 * The desk's own words in English: the replies' closing line, the Markdown pages, the change list and
 * feed, and the /desk/ page. `{name}` marks a value filled in when the text is written. Every generator
 * takes its words as an argument, so a language passes its own dictionary of this shape.
 */
import type { Locale } from '../i18n/locales.ts';

const DESK_WORDS_EN = {
	/** The line that closes every reply. */
	checked: 'Checked {date}',
	sourceLead: 'source:',
	basedOnLead: 'based on:',
	note: 'Note',
	warning: 'Warning',
	widget: 'The web page has an interactive check here.',
	/** The Markdown copy of an article. */
	markdown: {
		appliesTo: 'Applies to',
		lastVerified: 'Last verified',
		webPage: 'Web page',
		stepLink: 'Link to this step',
		source: 'Source:',
		basedOn: 'Based on:',
		messages: 'Messages and symptoms this page fixes',
		sources: 'Sources',
		changes: 'Changes to these steps',
	},
	sourceKinds: { official: 'Official', press: 'Press', 'first-hand': 'First-hand report' },
	/** The dated list of step changes, on the page and in the feed. */
	changes: {
		heading: 'Changes to these steps',
		everyStep: 'every step',
		steps: 'Steps:',
		removed: '{step} (removed)',
		feedTitle: '{site}: changes to the steps',
		entryTitle: '{article}: {summary}',
	},
	/** The step hand-off to a phone. */
	handoff: {
		open: 'Open on your iPhone',
		hint: 'Scan this code with your iPhone’s camera to open this step there.',
		alt: 'QR code of the address of this step',
	},
	/** The /desk/ page. */
	desk: {
		title: 'Agent’s desk: every step as a reply',
		description:
			'Every step of every fix, ready to paste into a support reply in WhatsApp, plain text, Markdown or HTML, with its link, date and source.',
		heading: 'Agent’s desk',
		summary:
			'Every step of every fix, as a reply to paste into a ticket or a chat: its instructions with the exact labels on screen, its link, the day it was checked and its source. Type to filter, move with the arrow keys, press Enter to copy.',
		filterLabel: 'Filter steps and messages',
		filterHint: 'Press / to come back here, ↓ to go to the steps, Enter to copy the first reply.',
		formatLegend: 'Reply format',
		formats: { whatsapp: 'WhatsApp', text: 'Plain text', markdown: 'Markdown', html: 'HTML' },
		languages: 'Language of replies and links',
		copyReply: 'Copy reply',
		copyLink: 'Copy link',
		openStep: 'Open the step',
		fixes: 'Fixes:',
		bundles:
			'For your help desk: every reply as [JSON]({json}) or [CSV]({csv}), and [the changes feed]({feed}) to know when to import them again.',
		noMatch: 'No step matches “{query}”.',
		matches: '{count} steps match.',
		replyCopied: 'Reply copied ({format}): {step}',
		linkCopied: 'Link copied: {url}',
		copyBlocked: 'Copying was blocked by the browser. Select and copy this instead: {text}',
		loading: 'The replies are loading; try again in a moment.',
		loadFailed: 'The replies could not be loaded. Reload the page to try again.',
	},
};

export type DeskWords = typeof DESK_WORDS_EN;

const DESK_WORDS: Record<Locale, DeskWords> = {
	en: DESK_WORDS_EN,
	// English until each language's desk words are written (src/lib/i18n/ui/ holds the site's).
	es: DESK_WORDS_EN,
	'pt-br': DESK_WORDS_EN,
	de: DESK_WORDS_EN,
};

/** The desk's words in a language. */
export function deskWords(locale: Locale): DeskWords {
	return DESK_WORDS[locale];
}
