import type { UiText } from './en.ts';

/** The site's own words in German, addressing the reader as `du`; same keys and placeholders as en.ts. */
export const de: UiText = {
	site: {
		name: 'WhatsApp-Backup-Hilfe',
		tagline: 'Hilfe, wenn das WhatsApp-Chat-Backup deines iPhone nicht in iCloud ankommt.',
		ogLocale: 'de_DE',
		skipLink: 'Zum Inhalt springen',
		mainNav: 'Hauptmenü',
		startHere: 'Hier anfangen',
		errorMessages: 'Fehlermeldungen',
		searchLabel: 'Die Hilfe durchsuchen',
		searchPlaceholder: 'Fehlermeldung oder Problem',
		searchPlaceholderLarge: 'Füg die Fehlermeldung ein oder beschreib das Problem',
		searchButton: 'Suchen',
		footerIndependent:
			'Eine unabhängige Hilfeseite, nicht betrieben von WhatsApp, Meta oder Apple. Ohne Werbung und ohne Tracking.',
		footerAllFixes: 'Alle Lösungen der Reihe nach',
		footerSearch: 'Suche',
		footerPrivacy: 'Datenschutz',
		home: 'Startseite',
		breadcrumb: 'Brotkrümelnavigation',
		language: 'Sprache',
		languageCurrent: 'Sprache: {name}',
	},
	article: {
		appliesTo: 'Gilt für',
		lastVerified: 'Zuletzt geprüft',
		time: 'Dauer',
		minutes: 'Etwa {count} Minuten',
		minute: 'Etwa 1 Minute',
		risk: 'Risiko',
		riskDeletes: 'Löscht Daten: Lies zuerst die Warnung',
		copyReply: 'Antwort kopieren',
		covers: 'Meldungen und Anzeichen, die diese Seite behebt',
		toc: 'In diesem Artikel',
		copyStepLink: 'Link zu diesem Schritt kopieren',
		didThisFix: 'Hat das geholfen?',
		doneOrNext:
			'Wird dein Backup jetzt fertig, bist du am Ziel. Wenn nicht, probier die nächste Lösung:',
		nextFix: 'Nächste Lösung: {title}',
		doneOrStart:
			'Wird dein Backup jetzt fertig, bist du am Ziel. Wenn nicht, geh zurück zu [Hier anfangen](/start-here/) und prüfe, ob du alle Lösungen der Reihe nach ausprobiert hast.',
		sources: 'Quellen',
		sourceLead: 'Quelle:',
		basedOnLead: 'Grundlage:',
		pressReport: 'ein Pressebericht',
		firstHandReport: 'ein Erfahrungsbericht',
		warning: 'Warnung',
		note: 'Hinweis',
		behindTitle: 'Diese Übersetzung ist vielleicht nicht aktuell',
		behind:
			'Die englische Seite wurde geändert, nachdem diese Übersetzung geschrieben wurde. Bis sie aktualisiert ist, vergleiche die Schritte mit der englischen Seite:',
		behindLink: '{title} (auf Englisch)',
		copyBlocked:
			'Der Browser hat das Kopieren blockiert. Markier stattdessen diesen Text und kopier ihn: {text}',
		stepLinkCopied: 'Link zu diesem Schritt kopiert.',
		replyCopied: 'Antwort kopiert: Titel, Zusammenfassung und Link.',
	},
	sourceKinds: {
		official: 'Offiziell',
		press: 'Presse',
		'first-hand': 'Erfahrungsbericht',
	},
	errorPlaces: {
		whatsapp: 'In WhatsApp',
		ios: 'In den iOS-Einstellungen und Mitteilungen',
		restore: 'Beim Wiederherstellen von Chats',
	},
	feedback: {
		yes: 'Ja',
		no: 'Nein',
		note: 'Deine Antwort hilft uns, die Lösungen, die funktionieren, nach vorn zu stellen. Wir setzen keine Cookies und speichern nichts, was dich erkennbar macht: [was wir speichern](/privacy/).',
		whichStep: 'Welcher Schritt hat geholfen?',
		whichStepHint: 'Freiwillig: Wähl den Schritt, mit dem das Backup geklappt hat.',
		sorryNext: 'Schade, dass es nicht geholfen hat. Probier als Nächstes das hier:',
		sorryLast:
			'Schade, dass es nicht geholfen hat. Das war die letzte Lösung: Geh zurück zu [Hier anfangen](/start-here/) und prüfe, ob du alle Lösungen der Reihe nach ausprobiert hast.',
		notSure:
			'Du weißt nicht, woran es liegt? [Beantworte ein paar Fragen](/troubleshoot/), um die eine Lösung zu finden, die passt.',
		thanksYes: 'Danke! Schön, dass es geklappt hat.',
		thanksNo: 'Danke, dass du es uns sagst.',
		failed:
			'Deine Antwort konnte gerade nicht gesendet werden. Bitte versuch es später noch einmal.',
		thanksStep: 'Danke! Wir haben notiert, dass „{step}“ geholfen hat.',
	},
	fixList: {
		minutes: 'Etwa {count} Min.',
		deletes: 'Löscht Daten: Lies zuerst die Warnung',
	},
	home: {
		heading: 'Dein WhatsApp-Backup kommt nicht in iCloud an?',
		summary:
			'Füg die Meldung ein, die du siehst, oder beschreib, was passiert. Jede Lösung hier hat genaue, aktuelle Schritte für das iPhone.',
		searchLabel: 'Nach deiner Fehlermeldung oder deinem Problem suchen',
		statusHeading: 'Funktioniert iCloud gerade?',
		statusLink: 'Was du tun kannst, wenn iCloud gestört ist',
		troubleshoot: 'Du weißt nicht, warum? Beantworte ein paar Fragen.',
		startHeading: 'Hier anfangen: Probier diese Lösungen der Reihe nach',
		fixesLabel: 'Lösungen in der Reihenfolge, in der du sie probieren solltest',
		commonErrors: 'Häufige Fehlermeldungen',
		allErrors: 'Alle Fehlermeldungen',
	},
	startHere: {
		title: 'Hier anfangen: ein WhatsApp-Backup Schritt für Schritt reparieren',
		description:
			'Alle Lösungen für ein WhatsApp-Backup, das nicht in iCloud ankommt, in der richtigen Reihenfolge: schnelle Prüfungen zuerst, das alte Backup zu löschen ganz zuletzt.',
		heading: 'Hier anfangen',
		summary:
			'Arbeite diese Liste von oben nach unten ab. Die ersten Lösungen gehen schnell und ändern nichts; die gegen Ende dauern länger oder löschen Daten. Versuch nach jeder Lösung noch einmal das Backup, und hör auf, sobald es klappt.',
		notSure:
			'Du weißt nicht, welche Lösung für dich gilt? [Beantworte ein paar Fragen](/troubleshoot/), dann kommst du direkt dorthin.',
		situationsHeading: 'Wenn eine dieser Situationen auf dich zutrifft',
		situationsIntro:
			'Für manche Situationen gibt es einen eigenen Schritt. Keiner davon löscht etwas.',
		situationsLabel: 'Situationen mit einem eigenen Schritt',
		situations: {
			reallyStuck: 'Bevor du etwas löschst: Hängt das Backup wirklich? Vergleiche seine Größen',
			skippedRestore:
				'WhatsApp hat angeboten, deine Chats wiederherzustellen, und du hast es weggetippt',
			quickStart:
				'Umzug auf ein neues iPhone mit Apples Schnellstart oder mit kostenlosem, vorübergehendem iCloud-Speicher',
			newNumberNewPhone: 'Du hast Telefonnummer und Telefon gleichzeitig gewechselt',
			iphoneTooOld: 'Dein iPhone kann die iOS-Version nicht installieren, die WhatsApp braucht',
			linkedDevices:
				'Du nutzt WhatsApp auf einem iPad, einem Mac, einem PC oder im Web: Das ist keine Kopie',
			toAndroid: 'Du wechselst von einem iPhone zu einem Android-Telefon',
		},
	},
	errors: {
		title: 'Fehlermeldungen und was sie bedeuten',
		description:
			'Meldungen und Anzeichen, wenn ein WhatsApp-Chat-Backup oder eine Wiederherstellung auf dem iPhone fehlschlägt, jeweils mit Link zum Schritt, der hilft.',
		heading: 'Fehlermeldungen',
		summary:
			'Such die Meldung oder das Anzeichen, das du siehst, und folge dem Link zum Schritt, der es behebt. Zitierte Meldungen haben den genauen Wortlaut, den eine offizielle Seite oder jemand auf dem eigenen Telefon festgehalten hat; die anderen beschreiben wir mit eigenen Worten, weil der genaue Text schwankt oder weil es etwas ist, das passiert, und keine Meldung. Die Tasten und Schalter, die die Lösungen nennen, haben am Ende eine eigene Liste. Jede Meldung und jede Taste hat einen eigenen Link: Damit schickst du jemanden direkt dorthin.',
		messagesIn: 'Meldungen: {place}',
		exactWording: 'Genauer Wortlaut, festgehalten von',
		ourWords: 'Mit unseren Worten; dein Bildschirm sagt es vielleicht anders',
		fixedIn: 'Behoben in {title}',
		labelsHeading: 'Tasten und Schalter',
		labelsIntro:
			'Das sind keine Meldungen, sondern die Namen von Tasten und Schaltern, auf die du bei den Lösungen tippen sollst. Heißt eine auf deinem Bildschirm anders, such die Taste, die dasselbe tut; jeder Link führt zu dem Schritt, der sie erklärt.',
		labelsLabel: 'Tasten und Schalter, die die Lösungen nennen',
		exactLabel: 'Genaue Bezeichnung, wie sie zu sehen ist auf',
		describedLabel:
			'Bezeichnung, wie Anleitungen sie beschreiben; deine lautet vielleicht etwas anders',
		usedIn: 'Verwendet in {title}',
		inEnglish:
			'Auf Englisch angezeigt: Auf einem Telefon, das auf Deutsch eingestellt ist, kann der Wortlaut anders sein.',
	},
	notFound: {
		title: 'Seite nicht gefunden',
		description:
			'Diese Seite gibt es nicht. Durchsuch die Hilfe oder fang bei der Liste der Lösungen an.',
		heading: 'Diese Seite finden wir nicht',
		summary:
			'Vielleicht ist der Link falsch geschrieben, oder die Seite ist umgezogen. Such nach dem, was du brauchst:',
		elsewhere:
			'Oder geh zu [Hier anfangen](/start-here/), dort stehen alle Lösungen der Reihe nach, oder zur [Liste der Fehlermeldungen](/errors/).',
		troubleshoot:
			'Du weißt nicht, woran es liegt? [Beantworte ein paar Fragen](/troubleshoot/), um die Lösung zu finden.',
	},
	troubleshoot: {
		name: 'Fehlersuche',
		answers: 'Antworten',
		noneOfThese:
			'Nichts davon? [Hier anfangen](/start-here/) listet alle Lösungen in der Reihenfolge, in der du sie probieren solltest, und die Liste der [Fehlermeldungen](/errors/) führt von jeder Meldung zum Schritt, der sie behebt.',
		pathHeading: 'Deine bisherigen Antworten',
		pathHint:
			'Wähl oben eine Antwort, um zurückzugehen und sie zu ändern, oder [fang neu an](/troubleshoot/).',
		tried: 'Ausprobiert: {step}',
		didNotFix: 'Das hat nicht geholfen',
		kicker: 'Probier das',
		titleOutcome: 'Probier das: {step}',
		descriptionQuestion:
			'Beantworte ein paar Fragen und finde die eine Lösung für dein WhatsApp-Backup: {question}',
		descriptionOutcome:
			'{why} Hilft es nicht, führt „{didNotFix}“ zum Nächsten, was du probieren kannst.',
		openStep: 'Schritt öffnen: {step}',
		inArticle: 'In [{title}]({href}) · etwa {count} Min.',
		deletes: 'Löscht dein altes Backup: Lies zuerst die Warnung',
		messagesHeading: 'Meldungen, die dieser Schritt behebt',
		checkHeading: 'Prüf deinen Speicher hier',
		checkIntro:
			'Gib die drei Größen ein und sieh sofort, ob das Backup passt, ohne diese Seite zu verlassen.',
		didItWork: 'Hat es geklappt?',
		done: 'Wird das Backup jetzt fertig, bist du am Ziel.',
		nextToTry: 'Als Nächstes probieren: {label}',
		last: 'Mehr kann der Fragenassistent nicht vorschlagen. Haben sich deine Antworten geändert, [fang neu an](/troubleshoot/), oder geh auf [Hier anfangen](/start-here/) alle Lösungen der Reihe nach durch.',
	},
	search: {
		title: 'Suche',
		description:
			'Durchsuch alle Lösungen nach Fehlermeldung oder danach, was mit deinem WhatsApp-Backup passiert.',
		heading: 'Die Hilfe durchsuchen',
		inputLabel: 'Nach deiner Fehlermeldung oder deinem Problem suchen',
		showingResultsFor: 'Ergebnisse für',
		searchInsteadFor: 'Stattdessen suchen nach',
		fallback:
			'Die Suche braucht JavaScript, und das scheint ausgeschaltet zu sein oder lädt noch. Ohne JavaScript geh zu [Hier anfangen](/start-here/), dort stehen alle Lösungen der Reihe nach, oder zur [Liste der Fehlermeldungen](/errors/) und such dort die Meldung, die du siehst.',
		failedHeading: 'Die Suche funktioniert gerade nicht',
		failedReason:
			'Vielleicht liegt es an deiner Verbindung. Versuch es noch einmal, oder finde deine Lösung ohne Suche:',
		retry: 'Noch einmal',
		startHereItem:
			'[Hier anfangen](/start-here/): alle Lösungen, in der Reihenfolge, in der du sie probieren solltest.',
		errorsItem:
			'[Fehlermeldungen](/errors/): Such die Meldung, die du siehst, und den Schritt, der sie behebt.',
		troubleshootItem:
			'[Beantworte ein paar Fragen](/troubleshoot/), um die eine Lösung zu finden, die passt.',
		fewerWords: 'Such noch einmal mit weniger Wörtern oder nur mit dem Anfang der Meldung.',
		bestMatch: 'Bester Treffer',
		fixedBy: 'Behoben durch',
		fixedByIn: 'in',
		results: 'Suchergebnisse',
		more: 'Mehr Ergebnisse zeigen',
		emptyHeading: 'Nichts gefunden. Probier eine dieser Möglichkeiten',
		searching: 'Suche läuft …',
		couldNotLoad:
			'Die Suche konnte nicht geladen werden. Prüf deine Verbindung und tippe dann auf „Noch einmal“.',
		stopped:
			'Die Suche wurde mit einem Fehler beendet. Tippe auf „Noch einmal“, um erneut zu suchen.',
		riskNote: 'Das kann Chats oder ein Backup löschen: Lies zuerst die Warnung.',
		matchingSteps: 'Passende Schritte in {title}',
		exactMessage: 'So, wie die Meldung auf dem Bildschirm steht.',
		describedMessage: 'Mit unseren Worten: Der Bildschirm sagt es vielleicht anders.',
		typeSomething: 'Gib eine Meldung oder ein paar Wörter zum Problem ein.',
		noMatch: 'Keine Artikel passen zu „{query}“.',
		oneMatch: '{count} Artikel passt zu „{query}“.',
		manyMatch: '{count} Artikel passen zu „{query}“.',
		closest: 'Kein Artikel enthält alle Wörter von „{query}“; die passendsten stehen zuerst.',
		shortened: 'Deine Suche wurde auf die ersten {count} Zeichen gekürzt.',
	},
	privacy: {
		title: 'Datenschutz: Was diese Seite speichert',
		description:
			'Keine Cookies, keine Werbung, kein Tracking. Was gespeichert wird, wenn du „Hat das geholfen?“ beantwortest oder eine Suche ohne Antwort verlässt, und was nie.',
		heading: 'Datenschutz',
		summary:
			'Dieses Hilfe-Center setzt keine Cookies, zeigt keine Werbung und nutzt keine Analyse-Tools. Es speichert nur zwei Dinge über einen Besuch: deine Antwort auf „Hat das geholfen?“, wenn du eine gibst, und eine Suche, die du verlässt, ohne ein Ergebnis zu öffnen, ohne alles Persönliche. Diese Seite listet alles auf.',
		feedbackHeading: 'Wenn du „Hat das geholfen?“ beantwortest',
		feedbackIntro:
			'Am Ende jeder Lösung kannst du auf Ja oder Nein tippen und nach Ja den Schritt wählen, der geholfen hat. Wir speichern dann:',
		feedbackArticle: 'den Artikel, auf dem du geantwortet hast, und die Sprache der Seite;',
		feedbackStep: 'den Schritt, den du gewählt hast, falls du einen gewählt hast;',
		feedbackAnswer: 'ob du Ja oder Nein gesagt hast;',
		feedbackDay: 'den Tag (nur das Datum, in UTC, ohne Uhrzeit).',
		oneCount:
			'Damit eine Person nur einmal zählt, behalten wir außerdem einen Code, der mit einem geheimen Schlüssel aus deiner Netzwerkadresse erzeugt wird. Der Schlüssel wechselt jeden Tag. Der Code eines Tages lässt sich also nicht mit dem eines anderen Tages verknüpfen, und er lässt sich nicht in eine Adresse zurückverwandeln. Antwortest du am selben Tag noch einmal auf demselben Artikel, ersetzt deine neue Antwort die alte.',
		unansweredHeading: 'Wenn eine Suche nicht findet, was du brauchst',
		unansweredIntro:
			'Verlässt du die Suchseite oder wechselst du zu einer anderen App oder einem anderen Tab, ohne eines der Ergebnisse zu öffnen, teilt uns die Seite mit, wonach du gesucht hast, damit wir die Artikel schreiben können, die fehlen. Bevor etwas gespeichert wird, entfernen wir alle Ziffern, E-Mail- und Webadressen, Telefonnummern, Schlüssel und Codes (etwa deinen 64-stelligen Schlüssel oder einen Bestätigungscode). Danach speichern wir:',
		unansweredWords: 'die übrigen Wörter deiner Suche, kleingeschrieben, höchstens 100 Zeichen;',
		unansweredLanguage: 'die Sprache der Seite;',
		unansweredDay: 'den Tag (nur das Datum, in UTC, ohne Uhrzeit).',
		unansweredCount:
			'Damit jede Person nur einmal zählt, speichern wir außerdem einen Code aus deiner Netzwerkadresse und der Suche zusammen, mit demselben täglichen geheimen Schlüssel wie bei den Antworten. Er lässt sich nicht in eine Adresse zurückverwandeln und nicht mit deinen Antworten, deinen anderen Suchen oder einem anderen Tag verbinden. Wir sehen uns eine Suche erst an, wenn sie mindestens dreimal gestellt wurde (jede Person zählt einmal am Tag), und löschen jede Suche nach 30 Tagen.',
		neverHeading: 'Was nie gespeichert wird',
		neverAddress: 'deine IP-Adresse oder eine andere Netzwerkadresse;',
		neverBrowser: 'dein Browser, dein Gerät oder dein Betriebssystem;',
		neverCookies: 'Cookies oder andere Kennungen in deinem Browser;',
		neverVisits:
			'die Uhrzeit deines Besuchs, die Seiten, die du gelesen hast, oder eine Suche, bei der du eine Antwort gefunden hast;',
		neverPersonal:
			'dein Name, deine Telefonnummer, dein Apple Account oder irgendetwas aus WhatsApp.',
		totals:
			'Wir nutzen die Antworten nur als Summen pro Artikel, um zu lernen, welche Lösungen funktionieren und welche Artikel wir neu schreiben müssen, und die Suchen nur als Summen pro Suche, um zu lernen, was fehlt. Ohne JavaScript, oder wenn du keinen Knopf drückst, wird keine Antwort gesendet; ohne JavaScript wird auch keine Suche gesendet.',
		othersHeading: 'Andere Beteiligte',
		others:
			'Die Prüfung des iCloud-Status fragt Apples Systemstatus vielleicht direkt aus deinem Browser ab, und Apple sieht diese Anfrage wie jeden anderen Besuch auf seiner Website. Wie bei jeder Website führt das Unternehmen, das diese Seite hostet, womöglich eigene kurze Protokolle über Anfragen; wir fügen ihnen nichts hinzu und lesen sie nicht.',
	},
	desk: {
		/** The line that closes every reply. */
		checked: 'Geprüft am {date}',
		sourceLead: 'Quelle:',
		basedOnLead: 'Grundlage:',
		note: 'Hinweis',
		warning: 'Warnung',
		widget: 'Die Webseite hat hier eine interaktive Prüfung.',
		/** The Markdown copy of an article. */
		markdown: {
			appliesTo: 'Gilt für',
			lastVerified: 'Zuletzt geprüft',
			webPage: 'Webseite',
			stepLink: 'Link zu diesem Schritt',
			source: 'Quelle:',
			basedOn: 'Grundlage:',
			messages: 'Meldungen und Anzeichen, die diese Seite behebt',
			sources: 'Quellen',
			changes: 'Änderungen an diesen Schritten',
		},
		sourceKinds: { official: 'Offiziell', press: 'Presse', 'first-hand': 'Erfahrungsbericht' },
		/** The dated list of step changes, on the page and in the feed. */
		changes: {
			heading: 'Änderungen an diesen Schritten',
			everyStep: 'alle Schritte',
			steps: 'Schritte:',
			removed: '{step} (entfernt)',
			feedTitle: '{site}: Änderungen an den Schritten',
			entryTitle: '{article}: {summary}',
		},
		/** The step hand-off to a phone. */
		handoff: {
			open: 'Auf dem iPhone öffnen',
			hint: 'Scanne diesen Code mit der Kamera deines iPhone, um diesen Schritt dort zu öffnen.',
			alt: 'QR-Code mit der Adresse dieses Schritts',
		},
		/** The /desk/ page. */
		desk: {
			title: 'Support-Arbeitsplatz: jeder Schritt als Antwort',
			description:
				'Jeder Schritt jeder Lösung, bereit zum Einfügen in eine Support-Antwort in WhatsApp, Klartext, Markdown oder HTML, mit Link, Datum und Quelle.',
			heading: 'Support-Arbeitsplatz',
			summary:
				'Jeder Schritt jeder Lösung als Antwort zum Einfügen in ein Ticket oder einen Chat: die Anleitung mit den genauen Bezeichnungen auf dem Bildschirm, der Link, der Tag der Prüfung und die Quelle. Tippe zum Filtern, bewege dich mit den Pfeiltasten, drücke Enter zum Kopieren.',
			filterLabel: 'Schritte und Meldungen filtern',
			filterHint:
				'Drücke /, um hierher zurückzukommen, ↓, um zu den Schritten zu gehen, und Enter, um die erste Antwort zu kopieren.',
			formatLegend: 'Format der Antwort',
			formats: { whatsapp: 'WhatsApp', text: 'Klartext', markdown: 'Markdown', html: 'HTML' },
			languages: 'Sprache der Antworten und Links',
			copyReply: 'Antwort kopieren',
			copyLink: 'Link kopieren',
			openStep: 'Schritt öffnen',
			fixes: 'Behebt:',
			bundles:
				'Für dein Helpdesk: alle Antworten als [JSON]({json}) oder [CSV]({csv}), und [der Änderungs-Feed]({feed}), damit du weißt, wann du sie neu importieren solltest.',
			noMatch: 'Kein Schritt passt zu „{query}“.',
			matches: '{count} Schritte passen.',
			replyCopied: 'Antwort kopiert ({format}): {step}',
			linkCopied: 'Link kopiert: {url}',
			copyBlocked:
				'Der Browser hat das Kopieren blockiert. Markier stattdessen diesen Text und kopier ihn: {text}',
			loading: 'Die Antworten werden geladen; versuch es gleich noch einmal.',
			loadFailed:
				'Die Antworten konnten nicht geladen werden. Lade die Seite neu, um es noch einmal zu versuchen.',
		},
	},
};
