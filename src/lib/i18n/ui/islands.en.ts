/**
 * The islands' words in English: the storage check, the iCloud status widget and the troubleshooter's
 * status notice. Every other language has a file of the same shape (`islands.es.ts`, `islands.pt-br.ts`,
 * `islands.de.ts`), and `uiText(locale)` (./index.ts) serves them with the rest of the site's words.
 *
 * Apart from <lang>.ts so that the islands' words and the site's words can be written and merged
 * separately. Each page hands an island only its own language's group, as a prop: no page ships the
 * words of another language, or of another island, to the browser.
 *
 * `{name}` marks a value filled in when the island draws (sizes, dates, a path through Settings, a
 * link): keep each one in every language. Sizes and dates are written by Intl in the reader's style;
 * write only the words around them. Apple's service names (iCloud Backup, iCloud Drive…) stay in
 * English, as Apple's status feed gives them.
 */
export const islandsEn = {
	storageCheck: {
		/** The form's accessible name. */
		form: 'Check your storage',
		/** One per field; `{path}` is the path through Settings, from the glossary. */
		fields: {
			backup: { label: 'WhatsApp backup size', hint: 'In {path}, e.g. 4.2 GB.' },
			icloud: {
				label: 'Free iCloud storage',
				hint: 'In {path}: your plan’s size minus what is used, e.g. 8 GB.',
			},
			iphone: {
				label: 'Free iPhone storage',
				hint: 'In {path}: the total minus what is used, e.g. 50 GB.',
			},
		},
		incomplete: 'Enter all three sizes to see whether there is room for the backup.',
		checkTyped: 'Check what you typed',
		/** A field's problem in the answer: the field's label, then its error. */
		fieldProblem: '{field}: {problem}',
		/** Read out before a field's error; hidden on screen. */
		errorPrefix: 'Error:',
		enough: 'Enough space',
		notEnough: 'Not enough space',
		needs:
			'A {backup} backup needs at least {required} free in iCloud and on your iPhone ({factor} × the backup).',
		inIcloud: 'In iCloud',
		onIphone: 'On your iPhone',
		placeShort: '{place}: not enough. Free up at least {shortfall} more.',
		placeEnough: '{place}: enough space.',
		next: 'Next',
		whatYouCanDo: 'What you can do',
		/** The articles the check sends a reader to: a link's words, then why it helps. */
		steps: {
			freeIphone: {
				text: 'Free up iPhone storage',
				why: 'remove apps, videos and files you no longer need on the iPhone.',
			},
			freeIcloud: {
				text: 'Free up iCloud storage',
				why: 'see what takes the most room and remove what you keep somewhere else.',
			},
			leaveVideosOut: {
				text: 'Leave videos out of the backup',
				why: 'a smaller backup needs less free space in both places.',
			},
			moreIcloud: { text: 'Get more iCloud storage', why: 'move to a bigger iCloud+ plan.' },
			deleteOldBackup: {
				text: 'Delete the old backup from iCloud',
				why: 'frees the room it takes, but read the warnings first: that backup is gone for good.',
			},
			backUpNow: { text: 'Back up now', why: 'start it in {path}.' },
		},
		step: '{link}: {why}',
		plans:
			'iCloud+ plans come in {plans}. A bigger plan helps only if it adds at least {shortfall}: add that to the size of your current plan, and choose a plan at least that big.',
		/** Joins the last two plan sizes: "6 TB and 12 TB". */
		and: 'and',
		copy: 'Copy link to this result',
		copied: 'Link copied',
		copyFailed: 'Couldn’t copy the link. Select it below and copy it by hand.',
		linkLabel: 'Link to this result',
		/** Why a size was not accepted; `{typed}`, `{number}`, `{unit}` quote what the reader typed. */
		errors: {
			empty: 'Enter a size, e.g. 4.2 GB.',
			'too-long': 'That is too long for a size. Type a number and a unit, e.g. 4.2 GB.',
			'not-a-number': '"{typed}" is not a size. Type a number and a unit, e.g. 4.2 GB.',
			negative: 'A size can’t be below zero. Type the number without a minus sign, e.g. 4.2 GB.',
			'missing-unit': 'Add a unit to "{number}", e.g. {number} GB.',
			'unknown-unit':
				'"{unit}" is not a unit this check knows. Use KB, MB, GB or TB, e.g. {number} GB.',
			'too-large':
				'"{typed}" is more than 1 PB, far more than any iPhone or iCloud plan holds. Check the number and the unit.',
			zero: 'Enter a size larger than 0, e.g. 4.2 GB.',
			/** A backup of 0; `{path}` is where WhatsApp shows its size. */
			backupZero: 'A backup is never 0 bytes. Type the size shown in {path}.',
		},
		/** How a size with one separator and three digits after it ("1,800 MB") was read. */
		notes: {
			commaThousands: 'Read as {read} (the comma separates thousands). For {other}, type {other}.',
			dotThousands: 'Read as {read} (the dot separates thousands). For {other}, type {other}.',
			commaDecimal: 'Read as {read} (the comma is a decimal mark). For {other}, type {other}.',
			dotDecimal: 'Read as {read} (the dot is a decimal mark). For {other}, type {other}.',
		},
	},
	icloudStatus: {
		intro:
			'Apple lists known problems with iCloud Backup, iCloud Drive and iCloud sign-in on its System Status page, linked below.',
		checkingNow: 'Checking it now…',
		checking: 'Checking…',
		/** Before any state is shown; about as long as `lag`, so the widget keeps its height. */
		lagBeforeCheck:
			'Apple’s page can lag behind real outages, so a clean report is not proof that iCloud is working.',
		/** `{available}` is the label of the `available` state. */
		lag: 'Apple’s page can lag behind real outages, so “{available}” is not proof that iCloud is working.',
		source: 'Source: {link}.',
		appleLink: 'Apple’s System Status page',
		failed: 'Couldn’t check right now.',
		failedSee: 'See {link} for the latest.',
		listLabel: 'iCloud services on Apple’s System Status',
		checkedAt: 'Checked at {time}',
		triedAt: 'Tried at {time}',
		refresh: 'Refresh',
		noDetails: 'Apple gave no details.',
		plannedFromTo: 'Planned from {start} to {end}',
		plannedFrom: 'Planned from {start}',
		started: 'Started {start}',
		/** Visible label of each state: the state never depends on colour alone. */
		states: {
			available: 'No reported issue',
			issue: 'Issue',
			outage: 'Outage',
			maintenance: 'Maintenance now',
			planned: 'Maintenance planned',
			unknown: 'Unknown',
		},
		/** Why a service's state is unknown. */
		reasons: {
			'not-checked': 'Couldn’t check right now.',
			'not-listed': 'Apple’s feed doesn’t list this service right now.',
			'unreadable-entry': 'Apple’s feed has an entry for this service that we couldn’t read.',
			'unclassified-event': 'Apple’s feed lists an event for this service that we couldn’t read.',
		},
		/** Read out by screen readers when the picture changes. */
		summary: 'Apple System Status. {parts}',
		summaryPart: '{state}: {services}.',
		summaryFailed: 'Couldn’t check Apple’s System Status right now.',
	},
	troubleshootStatus: {
		outage: 'Apple reports an outage of {services} right now',
		issue: 'Apple reports an issue with {services} right now',
		problems: 'Apple reports problems with {services} right now',
		/** Joins the two service names: "iCloud Backup and iCloud Drive". */
		and: 'and',
		waitingIsTheFix: 'Waiting is the fix.',
		waiting:
			'While Apple reports this, nothing you change on your iPhone will get the backup through. Try it again once Apple shows the problem as resolved.',
		link: 'What to do while iCloud is down',
	},
};

/** The shape every language's islands file must have: the same keys, each a string. */
export type IslandText = Strings<typeof islandsEn>;
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
