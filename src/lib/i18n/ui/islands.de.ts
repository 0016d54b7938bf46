import type { IslandText } from './islands.en.ts';

/**
 * The islands' words in German, addressing the reader as `du` (see islands.en.ts). Sizes in the
 * examples use the decimal comma, as German iPhones show them.
 */
export const islandsDe: IslandText = {
	storageCheck: {
		form: 'Speicherplatz prüfen',
		fields: {
			backup: { label: 'Größe des WhatsApp-Backups', hint: 'Unter {path}, z. B. 4,2 GB.' },
			icloud: {
				label: 'Freier iCloud-Speicher',
				hint: 'Unter {path}: die Größe deines Speicherplans abzüglich des belegten Speichers, z. B. 8 GB.',
			},
			iphone: {
				label: 'Freier iPhone-Speicher',
				hint: 'Unter {path}: der gesamte Speicher abzüglich des belegten, z. B. 50 GB.',
			},
		},
		incomplete: 'Gib alle drei Größen ein, um zu sehen, ob genug Platz für das Backup ist.',
		checkTyped: 'Prüfe deine Eingabe',
		fieldProblem: '{field}: {problem}',
		errorPrefix: 'Fehler:',
		enough: 'Genug Speicherplatz',
		notEnough: 'Nicht genug Speicherplatz',
		needs:
			'Ein Backup von {backup} braucht mindestens {required} freien Speicher in iCloud und auf deinem iPhone ({factor} × das Backup).',
		inIcloud: 'In iCloud',
		onIphone: 'Auf deinem iPhone',
		placeShort: '{place}: nicht genug. Gib mindestens {shortfall} mehr frei.',
		placeEnough: '{place}: genug Speicherplatz.',
		next: 'Als Nächstes',
		whatYouCanDo: 'Was du tun kannst',
		steps: {
			freeIphone: {
				text: 'Speicher auf dem iPhone freigeben',
				why: 'lösche Apps, Videos und Dateien, die du auf dem iPhone nicht mehr brauchst.',
			},
			freeIcloud: {
				text: 'iCloud-Speicher freigeben',
				why: 'sieh nach, was am meisten Platz belegt, und lösche, was du schon woanders aufbewahrst.',
			},
			leaveVideosOut: {
				text: 'Videos aus dem Backup weglassen',
				why: 'ein kleineres Backup braucht an beiden Orten weniger freien Speicher.',
			},
			moreIcloud: {
				text: 'Mehr iCloud-Speicher bekommen',
				why: 'wechsle zu einem größeren iCloud+-Speicherplan.',
			},
			deleteOldBackup: {
				text: 'Das alte Backup aus iCloud löschen',
				why: 'gibt den Platz frei, den es belegt, aber lies zuerst die Warnungen: Dieses Backup ist dann für immer weg.',
			},
			backUpNow: { text: 'Backup jetzt starten', why: 'starte es unter {path}.' },
		},
		step: '{link}: {why}',
		plans:
			'iCloud+ gibt es mit {plans}. Ein größerer Speicherplan hilft nur, wenn er mindestens {shortfall} dazugibt: Zähle das zur Größe deines jetzigen Plans hinzu und wähle einen Plan, der mindestens so groß ist.',
		and: 'und',
		copy: 'Link zu diesem Ergebnis kopieren',
		copied: 'Link kopiert',
		copyFailed:
			'Der Link konnte nicht kopiert werden. Markiere ihn unten und kopiere ihn von Hand.',
		linkLabel: 'Link zu diesem Ergebnis',
		errors: {
			empty: 'Gib eine Größe ein, z. B. 4,2 GB.',
			'too-long':
				'Das ist zu lang für eine Größe. Gib eine Zahl und eine Einheit ein, z. B. 4,2 GB.',
			'not-a-number':
				'„{typed}“ ist keine Größe. Gib eine Zahl und eine Einheit ein, z. B. 4,2 GB.',
			negative:
				'Eine Größe kann nicht unter null liegen. Gib die Zahl ohne Minuszeichen ein, z. B. 4,2 GB.',
			'missing-unit': 'Ergänze eine Einheit zu „{number}“, z. B. {number} GB.',
			'unknown-unit':
				'„{unit}“ ist keine Einheit, die diese Prüfung kennt. Verwende KB, MB, GB oder TB, z. B. {number} GB.',
			'too-large':
				'„{typed}“ ist mehr als 1 PB, weit mehr, als ein iPhone oder ein iCloud-Speicherplan fasst. Prüfe die Zahl und die Einheit.',
			zero: 'Gib eine Größe über 0 ein, z. B. 4,2 GB.',
			backupZero: 'Ein Backup ist nie 0 Byte groß. Gib die Größe ein, die unter {path} steht.',
		},
		notes: {
			commaThousands:
				'Gelesen als {read} (das Komma trennt die Tausender). Für {other} gib {other} ein.',
			dotThousands:
				'Gelesen als {read} (der Punkt trennt die Tausender). Für {other} gib {other} ein.',
			commaDecimal:
				'Gelesen als {read} (das Komma trennt die Nachkommastellen). Für {other} gib {other} ein.',
			dotDecimal:
				'Gelesen als {read} (der Punkt trennt die Nachkommastellen). Für {other} gib {other} ein.',
		},
	},
	icloudStatus: {
		intro:
			'Apple listet bekannte Probleme mit iCloud Backup, iCloud Drive und der Anmeldung bei iCloud auf seiner Systemstatus-Seite, die unten verlinkt ist.',
		checkingNow: 'Wird gerade geprüft …',
		checking: 'Wird geprüft …',
		lagBeforeCheck:
			'Apples Seite kann echten Störungen hinterherhinken, ein Bericht ohne Probleme beweist also nicht, dass iCloud funktioniert.',
		lag: 'Apples Seite kann echten Störungen hinterherhinken, „{available}“ beweist also nicht, dass iCloud funktioniert.',
		source: 'Quelle: {link}.',
		appleLink: 'Apples Systemstatus-Seite',
		failed: 'Die Prüfung hat gerade nicht geklappt.',
		failedSee: 'Den aktuellen Stand zeigt {link}.',
		listLabel: 'iCloud-Dienste auf Apples Systemstatus-Seite',
		checkedAt: 'Geprüft um {time}',
		triedAt: 'Versucht um {time}',
		refresh: 'Aktualisieren',
		noDetails: 'Apple nennt keine Details.',
		plannedFromTo: 'Geplant von {start} bis {end}',
		plannedFrom: 'Geplant ab {start}',
		started: 'Beginn: {start}',
		states: {
			available: 'Kein gemeldetes Problem',
			issue: 'Problem',
			outage: 'Ausfall',
			maintenance: 'Wartung läuft',
			planned: 'Wartung geplant',
			unknown: 'Unbekannt',
		},
		reasons: {
			'not-checked': 'Die Prüfung hat gerade nicht geklappt.',
			'not-listed': 'Apples Liste führt diesen Dienst gerade nicht.',
			'unreadable-entry':
				'Apples Liste hat einen Eintrag für diesen Dienst, den wir nicht lesen konnten.',
			'unclassified-event':
				'Apples Liste meldet für diesen Dienst ein Ereignis, das wir nicht lesen konnten.',
		},
		summary: 'Apples Systemstatus. {parts}',
		summaryPart: '{state}: {services}.',
		summaryFailed: 'Apples Systemstatus konnte gerade nicht geprüft werden.',
	},
	troubleshootStatus: {
		outage: 'Apple meldet gerade einen Ausfall von {services}',
		issue: 'Apple meldet gerade ein Problem mit {services}',
		problems: 'Apple meldet gerade Probleme mit {services}',
		and: 'und',
		waitingIsTheFix: 'Warten ist die Lösung.',
		waiting:
			'Solange Apple das meldet, bringt keine Änderung auf deinem iPhone das Backup durch. Versuche es wieder, sobald Apple das Problem als behoben anzeigt.',
		link: 'Was du tun kannst, während iCloud gestört ist',
	},
};
