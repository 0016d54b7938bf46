// The vocabulary of the synthetic corpus (bench/generate-corpus.ts): the subjects, problems, steps,
// places in Settings, error messages, filler words and sources its articles are made from.

export const SUBJECTS = [
	'WhatsApp backup',
	'iCloud backup',
	'chat backup',
	'iCloud Drive',
	'iCloud storage',
	'backup upload',
	'video backup',
	'end-to-end encrypted backup',
	'restore from iCloud',
	'Low Power Mode',
	'mobile data backup',
	'Apple Account',
	'iPhone storage',
	'Family Sharing storage',
	'iCloud+ plan',
	'Wi-Fi backup',
	'media download',
	'backup password',
	'encryption key',
	'backup schedule',
];
export const PROBLEMS = [
	'stuck at 0%',
	'stops partway',
	'never finishes',
	'says not enough storage',
	'is greyed out',
	'fails overnight',
	'is much larger than expected',
	'does not start',
	'shows an old date',
	'keeps preparing',
	'cannot be found',
	'uses mobile data',
	'is slow',
	'restarts from the beginning',
	'shows an error',
	'freezes the app',
];
export const VERBS = [
	'Check',
	'Turn on',
	'Turn off',
	'Free up',
	'Reset',
	'Update',
	'Restart',
	'Sign in to',
	'Review',
	'Clear',
	'Allow',
	'Move',
];
export const OBJECTS = [
	'iCloud Drive',
	'WhatsApp in Apps Using iCloud',
	'Low Power Mode',
	'the backup frequency',
	'videos in the backup',
	'iCloud storage',
	'iPhone storage',
	'Background App Refresh',
	'network settings',
	'iOS',
	'WhatsApp',
	'your Apple Account',
	'the encrypted backup',
	'Cellular data for WhatsApp',
	'old device backups',
	'large chats',
];
/** Objects that are on-screen labels of content/glossary.yaml: steps name them through `<L app>`. */
export const SCREEN_LABELS: Record<string, string> = {
	'iCloud Drive': 'ios',
	'Low Power Mode': 'ios',
	WhatsApp: 'ios',
};
/** Paths through Settings, every place in content/glossary.yaml for its app. */
export const PLACES = [
	{ app: 'ios', places: ['Settings', '[your name]', 'iCloud'] },
	{ app: 'ios', places: ['Settings', '[your name]', 'iCloud', 'Manage Account Storage'] },
	{ app: 'ios', places: ['Settings', 'General', 'iPhone Storage'] },
	{ app: 'ios', places: ['Settings', 'Battery', 'Low Power Mode'] },
	{ app: 'ios', places: ['Settings', 'Cellular', 'WhatsApp'] },
	{ app: 'ios', places: ['Settings', 'Wi-Fi'] },
	{ app: 'whatsapp', places: ['Settings', 'Chats', 'Chat Backup'] },
	{ app: 'whatsapp', places: ['Settings', 'Chats', 'Chat Backup', 'End-to-end encrypted backup'] },
	{ app: 'ios', places: ['Settings', 'General', 'Software Update'] },
	{ app: 'ios', places: ['Settings', 'General', 'Transfer or Reset iPhone', 'Reset'] },
];
export const ERRORS = [
	'Not enough iCloud storage',
	'Backup failed',
	'iCloud Drive is off',
	'Your backup could not be completed',
	'Couldn’t back up chats',
	'Unable to restore chat history',
	'Sign in to iCloud to back up',
	'Backup stuck at preparing',
	'An error occurred while backing up',
	'Couldn’t find a backup',
	'Backup paused on cellular',
	'iPhone storage almost full',
	'Your iCloud account does not have enough space',
	'Restore failed: try again later',
	'WhatsApp is missing from Apps Using iCloud',
	'Backup could not be encrypted',
];
export const WORDS = (
	'backup iCloud WhatsApp iPhone storage chats media videos photos space plan account network Wi-Fi battery settings ' +
	'switch screen message restore encrypted password key upload download app version update device size gigabytes ' +
	'folder history schedule daily weekly monthly progress minutes hours night charger connection signal account family ' +
	'quota limit files documents voice notes stickers groups archive export copy transfer'
).split(' ');
export const FILLERS = [
	'This usually happens when',
	'In most cases',
	'If you have tried this before',
	'Before you change anything',
	'On newer versions of iOS',
	'When the backup runs overnight',
	'Many readers find that',
	'It helps to know that',
	'Keep in mind that',
	'After a recent update',
];
export const APPLIES = [
	'iOS 15.5 and later',
	'iOS 16 and later',
	'iOS 17 and later',
	'iOS 18',
	'WhatsApp for iPhone, current version',
	'WhatsApp 24.x and later',
];
type SourceKind = 'official' | 'press' | 'first-hand';
// Official ones are on WhatsApp's and Apple's own sites (src/lib/content/source-policy.ts checks the host).
export const OFFICIAL_SOURCES: [title: string, url: string, kind: SourceKind][] = [
	['Apple Support: iCloud storage', 'https://support.apple.com/en-us/108922', 'official'],
	[
		'WhatsApp Help Center: back up to iCloud',
		'https://faq.whatsapp.com/iphone/chats/how-to-back-up-to-icloud',
		'official',
	],
	['Apple Support: manage iCloud storage', 'https://support.apple.com/en-us/108923', 'official'],
	[
		'WhatsApp Help Center: end-to-end encrypted backup',
		'https://faq.whatsapp.com/490592613091019/',
		'official',
	],
];
export const OTHER_SOURCES: [title: string, url: string, kind: SourceKind][] = [
	['A tech blog: why WhatsApp backups stall', 'https://example.com/whatsapp-backup-stall', 'press'],
	[
		'A forum thread on iCloud backup sizes',
		'https://example.org/threads/icloud-backup-size',
		'first-hand',
	],
];
