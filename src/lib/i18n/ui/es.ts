import type { UiText } from './en.ts';

/**
 * The site's own words in Spanish for Latin America, addressing the reader as `tú`. Same keys and
 * `{placeholders}` as en.ts; links stay English paths, and the page points them at the Spanish page.
 */
export const es: UiText = {
	site: {
		name: 'Ayuda con la copia de WhatsApp',
		tagline: 'Soluciona una copia de chats de WhatsApp que no llega a iCloud desde tu iPhone.',
		ogLocale: 'es_LA',
		skipLink: 'Ir al contenido',
		mainNav: 'Principal',
		startHere: 'Empieza aquí',
		errorMessages: 'Mensajes de error',
		searchLabel: 'Buscar en el centro de ayuda',
		searchPlaceholder: 'Mensaje de error o problema',
		searchPlaceholderLarge: 'Pega el mensaje de error o describe el problema',
		searchButton: 'Buscar',
		footerIndependent:
			'Un centro de ayuda independiente, que no pertenece a WhatsApp, Meta ni Apple. Sin anuncios y sin rastreo.',
		footerAllFixes: 'Todas las soluciones, en orden',
		footerSearch: 'Buscar',
		footerPrivacy: 'Privacidad',
		home: 'Inicio',
		breadcrumb: 'Ruta de navegación',
		language: 'Idioma',
		languageCurrent: 'Idioma: {name}',
	},
	article: {
		appliesTo: 'Se aplica a',
		lastVerified: 'Última revisión',
		time: 'Tiempo',
		minutes: 'Unos {count} minutos',
		minute: 'Un minuto, más o menos',
		risk: 'Riesgo',
		riskDeletes: 'Borra datos: lee antes la advertencia',
		copyReply: 'Copiar respuesta',
		covers: 'Mensajes y síntomas que resuelve esta página',
		toc: 'En este artículo',
		copyStepLink: 'Copiar el enlace a este paso',
		didThisFix: '¿Se resolvió?',
		doneOrNext: 'Si ahora tu copia termina, listo. Si no, prueba la siguiente solución:',
		nextFix: 'Siguiente solución: {title}',
		doneOrStart:
			'Si ahora tu copia termina, listo. Si no, vuelve a [Empieza aquí](/start-here/) y comprueba que probaste cada solución en orden.',
		sources: 'Fuentes',
		sourceLead: 'Fuente:',
		basedOnLead: 'Basado en:',
		pressReport: 'una nota de prensa',
		firstHandReport: 'un testimonio directo',
		warning: 'Advertencia',
		note: 'Nota',
		behindTitle: 'Esta traducción puede estar desactualizada',
		behind:
			'La página en inglés cambió después de que se escribió esta traducción. Hasta que se actualice, compara los pasos con la página en inglés:',
		behindLink: '{title} (en inglés)',
		copyBlocked: 'El navegador bloqueó la copia. Selecciona y copia esto: {text}',
		stepLinkCopied: 'Se copió el enlace a este paso.',
		replyCopied: 'Se copió la respuesta: título, resumen y enlace.',
	},
	sourceKinds: {
		official: 'Oficial',
		press: 'Prensa',
		'first-hand': 'Relato de primera mano',
	},
	errorPlaces: {
		whatsapp: 'En WhatsApp',
		ios: 'En la Configuración de iOS y en las notificaciones',
		restore: 'Al restaurar los chats',
	},
	feedback: {
		yes: 'Sí',
		no: 'No',
		note: 'Tu respuesta nos ayuda a poner primero las soluciones que funcionan. No guardamos cookies ni nada que te identifique: [qué guardamos](/privacy/).',
		whichStep: '¿Qué paso lo resolvió?',
		whichStepHint: 'Opcional: elige el paso que hizo funcionar la copia.',
		sorryNext: 'Lamentamos que no haya servido. Prueba esto ahora:',
		sorryLast:
			'Lamentamos que no haya servido. Esta era la última solución: vuelve a [Empieza aquí](/start-here/) y comprueba que probaste cada solución en orden.',
		notSure:
			'¿No sabes bien qué pasa? [Responde unas preguntas](/troubleshoot/) para encontrar la solución que te corresponde.',
		thanksYes: '¡Gracias! Nos alegra que haya funcionado.',
		thanksNo: 'Gracias por contarnos.',
		failed: 'No pudimos enviar tu respuesta en este momento. Vuelve a intentarlo más tarde.',
		thanksStep: '¡Gracias! Anotamos que «{step}» lo resolvió.',
	},
	fixList: {
		minutes: 'Unos {count} min',
		deletes: 'Borra datos: lee antes la advertencia',
	},
	home: {
		heading: '¿Tu copia de WhatsApp no llega a iCloud?',
		summary:
			'Pega el mensaje que ves, o describe lo que pasa. Cada solución de este sitio tiene pasos exactos y actuales para iPhone.',
		searchLabel: 'Busca tu error o problema',
		statusHeading: '¿iCloud funciona en este momento?',
		statusLink: 'Qué hacer cuando iCloud tiene una falla',
		troubleshoot: '¿No sabes por qué? Responde unas preguntas.',
		startHeading: 'Empieza aquí: prueba estas soluciones en orden',
		fixesLabel: 'Soluciones, en el orden en que conviene probarlas',
		commonErrors: 'Mensajes de error frecuentes',
		allErrors: 'Todos los mensajes de error',
	},
	startHere: {
		title: 'Empieza aquí: soluciona la copia de WhatsApp, paso a paso',
		description:
			'Todas las soluciones para una copia de WhatsApp que no llega a iCloud, en el orden para probarlas: primero las revisiones rápidas y al final borrar la copia antigua.',
		heading: 'Empieza aquí',
		summary:
			'Recorre esta lista de arriba hacia abajo. Las primeras soluciones son rápidas y no cambian nada; las del final tardan más o borran datos. Después de cada solución, vuelve a intentar la copia, y detente en cuanto funcione.',
		notSure:
			'¿No sabes qué solución te corresponde? [Responde unas preguntas](/troubleshoot/) para ir directo a ella.',
		situationsHeading: 'Si estás en una de estas situaciones',
		situationsIntro: 'Algunas situaciones tienen su propio paso. Ninguno de ellos borra nada.',
		situationsLabel: 'Situaciones con su propio paso',
		situations: {
			reallyStuck: 'Antes de borrar nada: ¿la copia está realmente atascada? Compara sus tamaños',
			skippedRestore: 'WhatsApp te ofreció restaurar tus chats y pasaste de largo',
			quickStart:
				'Te pasas a un iPhone nuevo con Inicio rápido de Apple, o con almacenamiento temporal gratis de iCloud',
			newNumberNewPhone: 'Cambiaste de número de teléfono y de teléfono al mismo tiempo',
			iphoneTooOld: 'Tu iPhone no puede instalar la versión de iOS que necesita WhatsApp',
			linkedDevices: 'Usas WhatsApp en un iPad, una Mac, una PC o la web: eso no es una copia',
			toAndroid: 'Te pasas de un iPhone a un teléfono Android',
		},
	},
	errors: {
		title: 'Mensajes de error y qué significan',
		description:
			'Mensajes y síntomas de una copia o una restauración de chats de WhatsApp que falla en el iPhone, cada uno con el enlace al paso que lo resuelve.',
		heading: 'Mensajes de error',
		summary:
			'Busca el mensaje o el síntoma que ves y sigue su enlace al paso que lo resuelve. Los mensajes entre comillas son el texto exacto que registró una página oficial o alguien que lo vio en su propio teléfono; los demás están descritos con nuestras palabras, porque el texto exacto cambia o porque es algo que pasa y no un mensaje. Los botones e interruptores que mencionan las soluciones tienen su propia lista al final. Cada mensaje y cada botón tiene su propio enlace: úsalo para enviarle a alguien directo a él.',
		messagesIn: 'Mensajes: {place}',
		exactWording: 'Texto exacto, según lo registró',
		ourWords: 'Con nuestras palabras; tu pantalla puede decirlo de otra forma',
		fixedIn: 'Se resuelve en {title}',
		labelsHeading: 'Botones e interruptores',
		labelsIntro:
			'No son mensajes, sino los nombres de los botones e interruptores que las soluciones te piden tocar. Si en tu pantalla alguno tiene otro nombre, busca el botón que hace lo mismo; cada enlace lleva al paso que lo explica.',
		labelsLabel: 'Botones e interruptores que mencionan las soluciones',
		exactLabel: 'Etiqueta exacta, como aparece en',
		describedLabel:
			'Etiqueta como la describen las guías; la tuya puede decir algo un poco distinto',
		usedIn: 'Se usa en {title}',
		inEnglish:
			'Se muestra en inglés: en un teléfono configurado en español, el texto puede ser distinto.',
	},
	notFound: {
		title: 'No se encontró la página',
		description:
			'Esta página no existe. Busca en el centro de ayuda o empieza por la lista de soluciones.',
		heading: 'No encontramos esa página',
		summary:
			'Puede que el enlace esté mal escrito o que la página se haya movido. Busca lo que necesitas:',
		elsewhere:
			'O ve a [Empieza aquí](/start-here/) para ver todas las soluciones en orden, o a la [lista de mensajes de error](/errors/).',
		troubleshoot:
			'¿No sabes bien qué pasa? [Responde unas preguntas](/troubleshoot/) para encontrar la solución.',
	},
	troubleshoot: {
		name: 'Diagnóstico guiado',
		answers: 'Respuestas',
		noneOfThese:
			'¿Ninguna de estas? [Empieza aquí](/start-here/) muestra todas las soluciones en el orden para probarlas, y la lista de [mensajes de error](/errors/) enlaza cada mensaje con el paso que lo resuelve.',
		pathHeading: 'Tus respuestas hasta ahora',
		pathHint:
			'Elige una respuesta de arriba para volver y cambiarla, o [empieza de nuevo](/troubleshoot/).',
		tried: 'Probado: {step}',
		didNotFix: 'No se resolvió',
		kicker: 'Prueba esto',
		titleOutcome: 'Prueba esto: {step}',
		descriptionQuestion:
			'Responde unas preguntas para encontrar la solución para tu copia de WhatsApp: {question}',
		descriptionOutcome:
			'{why} Si no sirve, «{didNotFix}» te lleva a lo siguiente que puedes probar.',
		openStep: 'Abrir el paso: {step}',
		inArticle: 'En [{title}]({href}) · unos {count} min',
		deletes: 'Borra tu copia antigua: lee antes la advertencia',
		messagesHeading: 'Mensajes que resuelve este paso',
		checkHeading: 'Revisa tu almacenamiento aquí',
		checkIntro:
			'Escribe los tres tamaños y mira enseguida si la copia entra, sin salir de esta página.',
		didItWork: '¿Funcionó?',
		done: 'Si ahora la copia termina, listo.',
		nextToTry: 'Lo siguiente que puedes probar: {label}',
		last: 'Esto es lo último que el asistente puede sugerirte. Si tus respuestas cambiaron, [empieza de nuevo](/troubleshoot/), o recorre todas las soluciones en orden en [Empieza aquí](/start-here/).',
	},
	search: {
		title: 'Buscar',
		description:
			'Busca todas las soluciones por mensaje de error o por lo que le pasa a tu copia de WhatsApp.',
		heading: 'Buscar en el centro de ayuda',
		inputLabel: 'Busca tu error o problema',
		showingResultsFor: 'Resultados para',
		searchInsteadFor: 'Buscar en cambio',
		fallback:
			'La búsqueda necesita JavaScript, y parece estar desactivado o todavía cargando. Sin él, ve a [Empieza aquí](/start-here/) para ver todas las soluciones en orden, o a la [lista de mensajes de error](/errors/) y busca el mensaje que ves.',
		failedHeading: 'La búsqueda no funciona en este momento',
		failedReason:
			'Puede ser tu conexión. Vuelve a intentarlo, o encuentra tu solución sin la búsqueda:',
		retry: 'Reintentar',
		startHereItem:
			'[Empieza aquí](/start-here/): todas las soluciones, en el orden para probarlas.',
		errorsItem:
			'[Mensajes de error](/errors/): busca el mensaje que ves y el paso que lo resuelve.',
		troubleshootItem:
			'[Responde unas preguntas](/troubleshoot/) para encontrar la solución que te corresponde.',
		fewerWords: 'Vuelve a buscar con menos palabras, o solo con la primera parte del mensaje.',
		bestMatch: 'Mejor resultado',
		fixedBy: 'Se resuelve con',
		fixedByIn: 'en',
		results: 'Resultados de la búsqueda',
		more: 'Mostrar más resultados',
		emptyHeading: 'No encontramos nada. Prueba una de estas opciones',
		searching: 'Buscando…',
		couldNotLoad: 'No se pudo cargar la búsqueda. Revisa tu conexión y luego presiona Reintentar.',
		stopped: 'La búsqueda se detuvo con un error. Presiona Reintentar para buscar de nuevo.',
		riskNote: 'Esto puede borrar chats o una copia: lee antes su advertencia.',
		matchingSteps: 'Pasos que coinciden en {title}',
		exactMessage: 'Tal como aparece el mensaje en la pantalla.',
		describedMessage: 'Con nuestras palabras: la pantalla puede decirlo de otra forma.',
		typeSomething: 'Escribe un mensaje o unas palabras sobre el problema.',
		noMatch: 'Ningún artículo coincide con «{query}».',
		oneMatch: '{count} artículo coincide con “{query}”.',
		manyMatch: '{count} artículos coinciden con “{query}”.',
		closest:
			'Ningún artículo tiene todas las palabras de “{query}”; primero van los más parecidos.',
		shortened: 'Tu búsqueda se acortó a sus primeros {count} caracteres.',
	},
	privacy: {
		title: 'Privacidad: qué guarda este sitio',
		description:
			'Sin cookies, sin anuncios, sin seguimiento. Qué se guarda cuando respondes “¿Se solucionó?” o dejas una búsqueda sin respuesta, y qué nunca.',
		heading: 'Privacidad',
		summary:
			'Este centro de ayuda no usa cookies, no muestra anuncios ni usa analítica. Solo guarda dos cosas de una visita: tu respuesta a “¿Se solucionó?”, si la das, y una búsqueda que dejas sin abrir ningún resultado, sin nada personal. Esta página lo detalla todo.',
		feedbackHeading: 'Cuando respondes «¿Se resolvió?»',
		feedbackIntro:
			'Al final de cada solución puedes tocar Sí o No, y después de Sí elegir el paso que funcionó. Entonces guardamos:',
		feedbackArticle: 'el artículo en el que respondiste, y el idioma de la página;',
		feedbackStep: 'el paso que elegiste, si elegiste uno;',
		feedbackAnswer: 'si respondiste sí o no;',
		feedbackDay: 'el día (solo la fecha, en UTC, sin la hora).',
		oneCount:
			'Para que cada persona cuente una sola vez, también guardamos un código hecho a partir de tu dirección de red con una clave secreta. La clave cambia todos los días, así que el código de un día no se puede relacionar con el de otro, y el código no se puede convertir de nuevo en una dirección. Si vuelves a responder en el mismo artículo el mismo día, tu nueva respuesta reemplaza a la anterior.',
		unansweredHeading: 'Cuando una búsqueda no encuentra lo que necesitas',
		unansweredIntro:
			'Si sales de la página de búsqueda, o cambias a otra app o pestaña, sin abrir ninguno de sus resultados, la página nos dice qué buscaste, para que podamos escribir los artículos que faltan. Antes de guardar nada, quitamos todos los dígitos, las direcciones de correo o web, los números de teléfono, las claves y los códigos (como tu clave de 64 dígitos o un código de verificación). Después guardamos:',
		unansweredWords:
			'las palabras que quedan de tu búsqueda, en minúsculas, como máximo 100 caracteres;',
		unansweredLanguage: 'el idioma de la página;',
		unansweredDay: 'el día (solo la fecha, en UTC, sin la hora).',
		unansweredCount:
			'Para que cada persona cuente una sola vez, también guardamos un código hecho con tu dirección de red y la búsqueda juntas, con la misma clave secreta diaria que para las respuestas. No se puede convertir de nuevo en una dirección, ni relacionar con tus respuestas, tus otras búsquedas u otro día. Solo miramos una búsqueda cuando se hizo al menos tres veces (cada persona cuenta una vez al día), y borramos cada búsqueda a los 30 días.',
		neverHeading: 'Qué no se guarda nunca',
		neverAddress: 'tu dirección IP ni ninguna otra dirección de red;',
		neverBrowser: 'tu navegador, tu dispositivo ni tu sistema operativo;',
		neverCookies: 'cookies ni ningún otro identificador en tu navegador;',
		neverVisits:
			'la hora de tu visita, las páginas que leíste o una búsqueda en la que encontraste respuesta;',
		neverPersonal:
			'tu nombre, tu número de teléfono, tu cuenta de Apple ni nada que venga de WhatsApp.',
		totals:
			'Usamos las respuestas solo como totales por artículo, para saber qué soluciones funcionan y qué artículos hay que reescribir, y las búsquedas solo como totales por búsqueda, para saber qué falta. Sin JavaScript, o si nunca pulsas un botón, no se envía ninguna respuesta; sin JavaScript tampoco se envía ninguna búsqueda.',
		othersHeading: 'Otras partes',
		others:
			'La comprobación del estado de iCloud puede consultar directamente desde tu navegador el servicio de estado del sistema de Apple, y Apple ve esa consulta como cualquier visita a su sitio. Como cualquier sitio web, la empresa que aloja este puede guardar sus propios registros breves de las solicitudes; nosotros no les agregamos nada y no los leemos.',
	},
	desk: {
		/** The line that closes every reply. */
		checked: 'Revisado el {date}',
		sourceLead: 'fuente:',
		basedOnLead: 'basado en:',
		note: 'Nota',
		warning: 'Advertencia',
		widget: 'La página web tiene aquí una comprobación interactiva.',
		/** The Markdown copy of an article. */
		markdown: {
			appliesTo: 'Se aplica a',
			lastVerified: 'Última revisión',
			webPage: 'Página web',
			stepLink: 'Enlace a este paso',
			source: 'Fuente:',
			basedOn: 'Basado en:',
			messages: 'Mensajes y síntomas que resuelve esta página',
			sources: 'Fuentes',
			changes: 'Cambios en estos pasos',
		},
		sourceKinds: { official: 'Oficial', press: 'Prensa', 'first-hand': 'Testimonio directo' },
		/** The dated list of step changes, on the page and in the feed. */
		changes: {
			heading: 'Cambios en estos pasos',
			everyStep: 'todos los pasos',
			steps: 'Pasos:',
			removed: '{step} (eliminado)',
			feedTitle: '{site}: cambios en los pasos',
			entryTitle: '{article}: {summary}',
		},
		/** The step hand-off to a phone. */
		handoff: {
			open: 'Abrir en tu iPhone',
			hint: 'Escanea este código con la cámara del iPhone para abrir este paso allí.',
			alt: 'Código QR con la dirección de este paso',
		},
		/** The /desk/ page. */
		desk: {
			title: 'Mesa de agentes: cada paso como respuesta',
			description:
				'Cada paso de cada solución, listo para pegar en una respuesta de soporte en WhatsApp, texto plano, Markdown o HTML, con su enlace, fecha y fuente.',
			heading: 'Mesa de agentes',
			summary:
				'Cada paso de cada solución, como respuesta para pegar en un ticket o un chat: sus instrucciones con los nombres exactos de la pantalla, su enlace, el día en que se revisó y su fuente. Escribe para filtrar, muévete con las flechas y pulsa Intro para copiar.',
			filterLabel: 'Filtrar pasos y mensajes',
			filterHint:
				'Pulsa / para volver aquí, ↓ para ir a los pasos e Intro para copiar la primera respuesta.',
			formatLegend: 'Formato de la respuesta',
			formats: { whatsapp: 'WhatsApp', text: 'Texto plano', markdown: 'Markdown', html: 'HTML' },
			languages: 'Idioma de respuestas y enlaces',
			copyReply: 'Copiar respuesta',
			copyLink: 'Copiar enlace',
			openStep: 'Abrir el paso',
			fixes: 'Resuelve:',
			bundles:
				'Para tu herramienta de soporte: todas las respuestas en [JSON]({json}) o [CSV]({csv}), y [el feed de cambios]({feed}) para saber cuándo importarlas de nuevo.',
			noMatch: 'Ningún paso coincide con “{query}”.',
			matches: '{count} pasos coinciden.',
			replyCopied: 'Respuesta copiada ({format}): {step}',
			linkCopied: 'Enlace copiado: {url}',
			copyBlocked: 'El navegador bloqueó la copia. Selecciona y copia esto: {text}',
			loading: 'Las respuestas se están cargando; inténtalo de nuevo en un momento.',
			loadFailed:
				'No se pudieron cargar las respuestas. Vuelve a cargar la página para intentarlo de nuevo.',
		},
	},
};
