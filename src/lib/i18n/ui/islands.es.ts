import type { IslandText } from './islands.en.ts';

/**
 * The islands' words in Spanish for Latin America, addressing the reader as `tú` (see islands.en.ts).
 * Sizes in the examples use the decimal comma, as the Spanish articles do; the check reads "4.2 GB" too.
 */
export const islandsEs: IslandText = {
	storageCheck: {
		form: 'Revisa tu almacenamiento',
		fields: {
			backup: { label: 'Tamaño de la copia de WhatsApp', hint: 'En {path}; por ejemplo, 4,2 GB.' },
			icloud: {
				label: 'Espacio libre en iCloud',
				hint: 'En {path}: el tamaño de tu plan menos lo que ya está en uso; por ejemplo, 8 GB.',
			},
			iphone: {
				label: 'Espacio libre en el iPhone',
				hint: 'En {path}: el total menos lo que ya está en uso; por ejemplo, 50 GB.',
			},
		},
		incomplete: 'Escribe los tres tamaños para ver si hay espacio para la copia.',
		checkTyped: 'Revisa lo que escribiste',
		fieldProblem: '{field}: {problem}',
		errorPrefix: 'Error:',
		enough: 'Hay espacio suficiente',
		notEnough: 'No hay espacio suficiente',
		needs:
			'Una copia de {backup} necesita al menos {required} libres en iCloud y en tu iPhone ({factor} × la copia).',
		inIcloud: 'En iCloud',
		onIphone: 'En tu iPhone',
		placeShort: '{place}: no alcanza. Libera al menos {shortfall} más.',
		placeEnough: '{place}: hay espacio suficiente.',
		next: 'Lo siguiente',
		whatYouCanDo: 'Qué puedes hacer',
		steps: {
			freeIphone: {
				text: 'Libera espacio en el iPhone',
				why: 'borra las apps, los videos y los archivos que ya no necesitas en el iPhone.',
			},
			freeIcloud: {
				text: 'Libera almacenamiento en iCloud',
				why: 'mira qué ocupa más espacio y borra lo que ya guardas en otro lugar.',
			},
			leaveVideosOut: {
				text: 'Deja los videos fuera de la copia',
				why: 'una copia más pequeña necesita menos espacio libre en los dos lugares.',
			},
			moreIcloud: {
				text: 'Consigue más almacenamiento en iCloud',
				why: 'cámbiate a un plan de iCloud+ más grande.',
			},
			deleteOldBackup: {
				text: 'Borra la copia antigua de iCloud',
				why: 'libera el espacio que ocupa, pero lee antes las advertencias: esa copia se pierde para siempre.',
			},
			backUpNow: { text: 'Haz la copia ahora', why: 'iníciala en {path}.' },
		},
		step: '{link}: {why}',
		plans:
			'Los planes de iCloud+ son de {plans}. Un plan más grande solo sirve si suma al menos {shortfall}: súmalo al tamaño de tu plan actual y elige un plan de al menos ese tamaño.',
		and: 'y',
		copy: 'Copiar el enlace a este resultado',
		copied: 'Enlace copiado',
		copyFailed: 'No se pudo copiar el enlace. Selecciónalo abajo y cópialo a mano.',
		linkLabel: 'Enlace a este resultado',
		errors: {
			empty: 'Escribe un tamaño; por ejemplo, 4,2 GB.',
			'too-long':
				'Es demasiado largo para ser un tamaño. Escribe un número y una unidad; por ejemplo, 4,2 GB.',
			'not-a-number':
				'«{typed}» no es un tamaño. Escribe un número y una unidad; por ejemplo, 4,2 GB.',
			negative:
				'Un tamaño no puede ser menor que cero. Escribe el número sin el signo menos; por ejemplo, 4,2 GB.',
			'missing-unit': 'Agrega una unidad a «{number}»; por ejemplo, {number} GB.',
			'unknown-unit':
				'«{unit}» no es una unidad que esta herramienta conozca. Usa KB, MB, GB o TB; por ejemplo, {number} GB.',
			'too-large':
				'«{typed}» es más de 1 PB, mucho más de lo que cabe en cualquier iPhone o plan de iCloud. Revisa el número y la unidad.',
			zero: 'Escribe un tamaño mayor que 0; por ejemplo, 4,2 GB.',
			backupZero: 'Una copia nunca ocupa 0 bytes. Escribe el tamaño que aparece en {path}.',
		},
		notes: {
			commaThousands:
				'Se leyó como {read} (la coma separa los miles). Si querías decir {other}, escribe {other}.',
			dotThousands:
				'Se leyó como {read} (el punto separa los miles). Si querías decir {other}, escribe {other}.',
			commaDecimal:
				'Se leyó como {read} (la coma marca los decimales). Si querías decir {other}, escribe {other}.',
			dotDecimal:
				'Se leyó como {read} (el punto marca los decimales). Si querías decir {other}, escribe {other}.',
		},
	},
	icloudStatus: {
		intro:
			'Apple publica los problemas conocidos de iCloud Backup, iCloud Drive y el inicio de sesión en iCloud en su página de estado del sistema, enlazada abajo.',
		checkingNow: 'Revisándola ahora…',
		checking: 'Revisando…',
		lagBeforeCheck:
			'La página de Apple puede tardar en mostrar las fallas reales, así que un informe sin problemas no prueba que iCloud funcione.',
		lag: 'La página de Apple puede tardar en mostrar las fallas reales, así que «{available}» no prueba que iCloud funcione.',
		source: 'Fuente: {link}.',
		appleLink: 'la página de estado del sistema de Apple',
		failed: 'No se pudo revisar en este momento.',
		failedSee: 'Consulta {link} para ver lo más reciente.',
		listLabel: 'Servicios de iCloud en el estado del sistema de Apple',
		checkedAt: 'Revisado: {time}',
		triedAt: 'Último intento: {time}',
		refresh: 'Actualizar',
		noDetails: 'Apple no dio detalles.',
		plannedFromTo: 'Programado desde {start} hasta {end}',
		plannedFrom: 'Programado desde {start}',
		started: 'Comenzó: {start}',
		states: {
			available: 'Ningún problema informado',
			issue: 'Problema',
			outage: 'Interrupción',
			maintenance: 'Mantenimiento en curso',
			planned: 'Mantenimiento programado',
			unknown: 'Desconocido',
		},
		reasons: {
			'not-checked': 'No se pudo revisar en este momento.',
			'not-listed': 'La lista de Apple no incluye este servicio en este momento.',
			'unreadable-entry':
				'La lista de Apple tiene una entrada de este servicio que no pudimos leer.',
			'unclassified-event':
				'La lista de Apple muestra un evento de este servicio que no pudimos leer.',
		},
		summary: 'Estado del sistema de Apple. {parts}',
		summaryPart: '{state}: {services}.',
		summaryFailed: 'No se pudo revisar el estado del sistema de Apple en este momento.',
	},
	troubleshootStatus: {
		outage: 'Apple informa una interrupción de {services} en este momento',
		issue: 'Apple informa un problema con {services} en este momento',
		problems: 'Apple informa problemas con {services} en este momento',
		// "e", not "y", before "iCloud…", as the Spanish articles write it.
		and: 'e',
		waitingIsTheFix: 'Esperar es la solución.',
		waiting:
			'Mientras Apple informe esto, nada que cambies en tu iPhone hará que la copia se complete. Vuelve a intentarlo cuando Apple muestre el problema como resuelto.',
		link: 'Qué hacer mientras iCloud tiene una falla',
	},
};
