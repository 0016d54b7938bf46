/**
 * The site's own words in English: menus, headings, buttons, notices. Every other language has a file of
 * the same shape (`es.ts`, `pt-br.ts`, `de.ts`); TypeScript refuses one with a missing or extra key.
 * `{name}` marks a value filled in at render time (see `fill` in ../text.ts): keep it in every language.
 * Links inside a sentence are written as `[words](/path/)`: the page keeps the link in the reader's
 * language.
 */
export const en = {
	site: {
		name: 'WhatsApp Backup Help',
		tagline: 'Fix a WhatsApp chat backup that won’t reach iCloud on your iPhone.',
		ogLocale: 'en_US',
		skipLink: 'Skip to content',
		mainNav: 'Main',
		startHere: 'Start here',
		errorMessages: 'Error messages',
		searchLabel: 'Search the help center',
		searchPlaceholder: 'Error message or problem',
		searchPlaceholderLarge: 'Paste the error message or describe the problem',
		searchButton: 'Search',
		footerIndependent:
			'An independent help center, not run by WhatsApp, Meta or Apple. No ads and no tracking.',
		footerAllFixes: 'All fixes, in order',
		footerSearch: 'Search',
		footerPrivacy: 'Privacy',
		home: 'Home',
		breadcrumb: 'Breadcrumb',
		language: 'Language',
		languageCurrent: 'Language: {name}',
	},
	article: {
		appliesTo: 'Applies to',
		lastVerified: 'Last verified',
		time: 'Time',
		minutes: 'About {count} minutes',
		minute: 'About 1 minute',
		risk: 'Risk',
		riskDeletes: 'Deletes data: read the warning first',
		copyReply: 'Copy reply',
		covers: 'Messages and symptoms this page fixes',
		toc: 'In this article',
		copyStepLink: 'Copy link to this step',
		didThisFix: 'Did this fix it?',
		doneOrNext: 'If your backup now finishes, you are done. If not, try the next fix:',
		nextFix: 'Next fix: {title}',
		doneOrStart:
			'If your backup now finishes, you are done. If not, go back to [Start here](/start-here/) and check that you tried every fix in order.',
		sources: 'Sources',
		sourceLead: 'Source:',
		basedOnLead: 'Based on:',
		pressReport: 'a press report',
		firstHandReport: 'a first-hand report',
		warning: 'Warning',
		note: 'Note',
		behindTitle: 'This translation may be behind',
		behind:
			'The English page changed after this translation was written. Until it is updated, check the steps against the English page:',
		behindLink: '{title} (English)',
		copyBlocked: 'Copying was blocked by the browser. Select and copy this instead: {text}',
		stepLinkCopied: 'Link to this step copied.',
		replyCopied: 'Reply copied: title, summary and link.',
	},
	sourceKinds: {
		official: 'Official',
		press: 'Press',
		'first-hand': 'First-hand report',
	},
	errorPlaces: {
		whatsapp: 'In WhatsApp',
		ios: 'In iOS Settings and notifications',
		restore: 'When restoring chats',
	},
	feedback: {
		yes: 'Yes',
		no: 'No',
		note: 'Your answer helps us put the fixes that work first. We keep no cookies and nothing that identifies you: [what we store](/privacy/).',
		whichStep: 'Which step did it?',
		whichStepHint: 'Optional: pick the step that made the backup work.',
		sorryNext: 'Sorry it didn’t help. Try this next:',
		sorryLast:
			'Sorry it didn’t help. This was the last fix: go back to [Start here](/start-here/) and check that you tried every fix in order.',
		notSure:
			'Not sure what is wrong? [Answer a few questions](/troubleshoot/) to find the one fix that applies.',
		thanksYes: 'Thank you! Glad it worked.',
		thanksNo: 'Thank you for telling us.',
		failed: 'Sorry, your answer couldn’t be sent just now. Please try again later.',
		thanksStep: 'Thank you! We noted that “{step}” did it.',
	},
	fixList: {
		minutes: 'About {count} min',
		deletes: 'Deletes data: read the warning first',
	},
	home: {
		heading: 'Your WhatsApp backup won’t reach iCloud?',
		summary:
			'Paste the message you see, or describe what happens. Every fix here has exact, current steps for iPhone.',
		searchLabel: 'Search for your error or problem',
		statusHeading: 'Is iCloud working right now?',
		statusLink: 'What to do when iCloud is down',
		troubleshoot: 'Not sure why? Answer a few questions.',
		startHeading: 'Start here: try these in order',
		fixesLabel: 'Fixes, in the order to try them',
		commonErrors: 'Common error messages',
		allErrors: 'All error messages',
	},
	startHere: {
		title: 'Start here: fix a WhatsApp backup, step by step',
		description:
			'Every fix for a WhatsApp backup that fails to reach iCloud, in the order to try them: quick checks first, deleting the old backup last.',
		heading: 'Start here',
		summary:
			'Work down this list from the top. The first fixes are quick and change nothing; the ones near the end take longer or delete data. After each fix, try the backup again; stop as soon as it works.',
		notSure:
			'Not sure which fix applies to you? [Answer a few questions](/troubleshoot/) to go straight to it.',
		situationsHeading: 'If one of these is your situation',
		situationsIntro: 'Some situations have a step of their own. None of these deletes anything.',
		situationsLabel: 'Situations with a step of their own',
		situations: {
			reallyStuck: 'Before deleting anything: is the backup really stuck? Compare its sizes',
			skippedRestore: 'WhatsApp offered to restore your chats and you tapped past it',
			quickStart:
				'Moving to a new iPhone with Apple’s Quick Start, or with free temporary iCloud storage',
			newNumberNewPhone: 'You changed your phone number and your phone at the same time',
			iphoneTooOld: 'Your iPhone can’t install the iOS version WhatsApp needs',
			linkedDevices: 'You use WhatsApp on an iPad, a Mac, a PC or the web: it is not a copy',
			toAndroid: 'You are moving from an iPhone to an Android phone',
		},
	},
	errors: {
		title: 'Error messages and what they mean',
		description:
			'Messages and symptoms of a WhatsApp chat backup or restore that fails on iPhone, each linked to the step that fixes it.',
		heading: 'Error messages',
		summary:
			'Find the message or the symptom you see and follow its link to the step that fixes it. Quoted messages are the exact wording recorded by an official page or by someone who saw it on their own phone; the others are described in our words, because the exact text varies or because it is something that happens rather than a message. Buttons and switches the fixes name have their own list at the end. Each message and each button has its own link: use it to send someone straight to it.',
		messagesIn: 'Messages: {place}',
		exactWording: 'Exact wording, as recorded by',
		ourWords: 'In our words; your screen may say it differently',
		fixedIn: 'Fixed in {title}',
		labelsHeading: 'Buttons and switches',
		labelsIntro:
			'These are not messages but the names of buttons and switches that the fixes ask you to tap. If your screen words one differently, look for the button that does the same thing; each link goes to the step that explains it.',
		labelsLabel: 'Buttons and switches the fixes name',
		exactLabel: 'Exact label, as shown on',
		describedLabel: 'Label as guides describe it; yours may read a little differently',
		usedIn: 'Used in {title}',
		inEnglish: 'Shown in English: the wording on a phone set to your language may differ.',
	},
	notFound: {
		title: 'Page not found',
		description:
			'This page does not exist. Search the help center or start from the list of fixes.',
		heading: 'We can’t find that page',
		summary: 'The link may be mistyped, or the page may have moved. Search for what you need:',
		elsewhere:
			'Or go to [Start here](/start-here/) for every fix in order, or to the [list of error messages](/errors/).',
		troubleshoot:
			'Not sure what is wrong? [Answer a few questions](/troubleshoot/) to find the fix.',
	},
	troubleshoot: {
		name: 'Troubleshooter',
		answers: 'Answers',
		noneOfThese:
			'None of these? [Start here](/start-here/) lists every fix in the order to try them, and the list of [error messages](/errors/) links each message to the step that fixes it.',
		pathHeading: 'Your answers so far',
		pathHint: 'Choose an answer above to go back and change it, or [start over](/troubleshoot/).',
		tried: 'Tried: {step}',
		didNotFix: "That didn't fix it",
		kicker: 'Try this',
		titleOutcome: 'Try this: {step}',
		descriptionQuestion:
			'Answer a few questions to find the one fix for your WhatsApp backup: {question}',
		descriptionOutcome: '{why} If it doesn’t help, “{didNotFix}” leads to the next thing to try.',
		openStep: 'Open the step: {step}',
		inArticle: 'In [{title}]({href}) · about {count} min',
		deletes: 'Deletes your old backup: read the warning first',
		messagesHeading: 'Messages this step fixes',
		checkHeading: 'Check your storage here',
		checkIntro:
			'Type the three sizes and see at once whether the backup fits, without leaving this page.',
		didItWork: 'Did it work?',
		done: 'If the backup now finishes, you are done.',
		nextToTry: 'Next to try: {label}',
		last: 'This is the last thing the troubleshooter can suggest. If your answers have changed, [start over](/troubleshoot/), or go through every fix in order on [Start here](/start-here/).',
	},
	search: {
		title: 'Search',
		description: 'Search every fix by error message or by what happens to your WhatsApp backup.',
		heading: 'Search the help center',
		inputLabel: 'Search for your error or problem',
		showingResultsFor: 'Showing results for',
		searchInsteadFor: 'Search instead for',
		fallback:
			'Search needs JavaScript, which seems to be off or still loading. Without it, go to [Start here](/start-here/) for every fix in order, or to the [list of error messages](/errors/) and find the message you see.',
		failedHeading: 'Search isn’t working right now',
		failedReason: 'It may be your connection. Try again, or find your fix without search:',
		retry: 'Retry',
		startHereItem: '[Start here](/start-here/): every fix, in the order to try them.',
		errorsItem: '[Error messages](/errors/): find the message you see and the step that fixes it.',
		troubleshootItem: '[Answer a few questions](/troubleshoot/) to find the one fix that applies.',
		fewerWords: 'Search again with fewer words, or only the first part of the message.',
		bestMatch: 'Best match',
		fixedBy: 'Fixed by',
		fixedByIn: 'in',
		results: 'Search results',
		more: 'Show more results',
		emptyHeading: 'Nothing matched. Try one of these',
		searching: 'Searching…',
		couldNotLoad: 'Search couldn’t load. Check your connection, then press Retry.',
		stopped: 'Search stopped with an error. Press Retry to search again.',
		riskNote: 'This can delete chats or a backup: read its warning first.',
		matchingSteps: 'Matching steps in {title}',
		exactMessage: 'As the message appears on screen.',
		describedMessage: 'In our words: the screen may say it differently.',
		typeSomething: 'Type a message or a few words about the problem.',
		noMatch: 'No articles match “{query}”.',
		oneMatch: '{count} article matches “{query}”.',
		manyMatch: '{count} articles match “{query}”.',
		closest: 'No article has all the words of “{query}”; the closest come first.',
		shortened: 'Your search was shortened to its first {count} characters.',
	},
	privacy: {
		title: 'Privacy: what this site keeps',
		description:
			'No cookies, no ads, no tracking. What is stored when you answer “Did this fix it?” or leave a search without an answer, and what never is.',
		heading: 'Privacy',
		summary:
			'This help center sets no cookies, shows no ads and runs no analytics. It stores only two things about a visit: your answer to “Did this fix it?”, if you give one, and a search you leave without opening a result, with anything personal taken out. This page lists all of it.',
		feedbackHeading: 'When you answer “Did this fix it?”',
		feedbackIntro:
			'At the end of each fix you can press Yes or No, and after Yes pick the step that worked. We then keep:',
		feedbackArticle: 'the article you answered on, and the language of the page;',
		feedbackStep: 'the step you picked, if you picked one;',
		feedbackAnswer: 'whether you said yes or no;',
		feedbackDay: 'the day (the date only, in UTC, with no time of day).',
		oneCount:
			'So that one person counts once, we also keep a code made from your network address with a secret key. The key changes every day, so the code of one day can’t be matched with the code of another, and the code can’t be turned back into an address. If you answer again on the same article on the same day, your new answer replaces the old one.',
		unansweredHeading: 'When a search doesn’t find what you need',
		unansweredIntro:
			'If you leave the search page, or switch to another app or tab, without opening any of its results, the page tells us what you searched for, so that we can write the articles readers are missing. Before anything is stored, we take out every digit, e-mail or web address, phone number, key and code (such as your 64-digit backup key or a verification code). We then keep:',
		unansweredWords:
			'the words of your search that are left, in lower case, at most 100 characters;',
		unansweredLanguage: 'the language of the page;',
		unansweredDay: 'the day (the date only, in UTC, with no time of day).',
		unansweredCount:
			'So that one person counts once, we also keep a code made from your network address and the search together, with the same daily secret key as for answers. It can’t be turned back into an address, and it can’t be matched with your answers, your other searches or another day. We look at a search only once it has been made at least three times (each person counting once a day), and we delete every search after 30 days.',
		neverHeading: 'What is never stored',
		neverAddress: 'your IP address or any other network address;',
		neverBrowser: 'your browser, device or operating system;',
		neverCookies: 'cookies or any other identifier in your browser;',
		neverVisits: 'the time you visited, the pages you read, or a search you found an answer for;',
		neverPersonal: 'your name, phone number, Apple Account or anything from WhatsApp.',
		totals:
			'We use the answers only as totals per article, to learn which fixes work and which articles need a rewrite, and searches only as totals per search, to learn what is missing. Without JavaScript, or if you never press a button, no answer is sent at all; without JavaScript, no search is sent either.',
		othersHeading: 'Other parties',
		others:
			'The iCloud status check may ask Apple’s System Status feed directly from your browser, and Apple then sees that request as it sees any visit to its site. Like any website, the company hosting this one may keep its own short records of requests; we add nothing to them and don’t read them.',
	},
	desk: {
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
	},
};

/** The shape every language's file must have: the same keys, each a string. */
export type UiText = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
