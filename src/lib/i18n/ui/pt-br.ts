import type { UiText } from './en.ts';

/**
 * The site's own words in Brazilian Portuguese, addressing the reader as `você`. Same keys as `en.ts`;
 * `{name}` placeholders and link paths stay as they are.
 */
export const ptBr: UiText = {
	site: {
		name: 'Ajuda com o Backup do WhatsApp',
		tagline: 'Resolva o backup de conversas do WhatsApp que não chega ao iCloud no seu iPhone.',
		ogLocale: 'pt_BR',
		skipLink: 'Pular para o conteúdo',
		mainNav: 'Principal',
		startHere: 'Comece aqui',
		errorMessages: 'Mensagens de erro',
		searchLabel: 'Pesquisar na central de ajuda',
		searchPlaceholder: 'Mensagem de erro ou problema',
		searchPlaceholderLarge: 'Cole a mensagem de erro ou descreva o problema',
		searchButton: 'Pesquisar',
		footerIndependent:
			'Uma central de ajuda independente, sem ligação com o WhatsApp, a Meta ou a Apple. Sem anúncios e sem rastreamento.',
		footerAllFixes: 'Todas as soluções, em ordem',
		footerSearch: 'Pesquisar',
		footerPrivacy: 'Privacidade',
		home: 'Início',
		breadcrumb: 'Trilha de navegação',
		language: 'Idioma',
		languageCurrent: 'Idioma: {name}',
	},
	article: {
		appliesTo: 'Vale para',
		lastVerified: 'Última verificação',
		time: 'Tempo',
		minutes: 'Cerca de {count} minutos',
		minute: 'Cerca de 1 minuto',
		risk: 'Risco',
		riskDeletes: 'Apaga dados: leia o aviso antes',
		copyReply: 'Copiar resposta',
		covers: 'Mensagens e sintomas que esta página resolve',
		toc: 'Neste artigo',
		copyStepLink: 'Copiar o link deste passo',
		didThisFix: 'Isso resolveu?',
		doneOrNext: 'Se agora o seu backup termina, pronto. Se não, tente a próxima solução:',
		nextFix: 'Próxima solução: {title}',
		doneOrStart:
			'Se agora o seu backup termina, pronto. Se não, volte para [Comece aqui](/start-here/) e confira se você tentou todas as soluções, em ordem.',
		sources: 'Fontes',
		sourceLead: 'Fonte:',
		basedOnLead: 'Com base em:',
		pressReport: 'uma reportagem',
		firstHandReport: 'um relato em primeira mão',
		warning: 'Atenção',
		note: 'Observação',
		behindTitle: 'Esta tradução pode estar desatualizada',
		behind:
			'A página em inglês mudou depois que esta tradução foi escrita. Até ela ser atualizada, confira os passos na página em inglês:',
		behindLink: '{title} (em inglês)',
		copyBlocked: 'O navegador bloqueou a cópia. Selecione e copie isto: {text}',
		stepLinkCopied: 'Link deste passo copiado.',
		replyCopied: 'Resposta copiada: título, resumo e link.',
	},
	sourceKinds: {
		official: 'Oficial',
		press: 'Imprensa',
		'first-hand': 'Relato em primeira mão',
	},
	errorPlaces: {
		whatsapp: 'No WhatsApp',
		ios: 'Nos Ajustes e nas notificações do iOS',
		restore: 'Ao restaurar as conversas',
	},
	feedback: {
		yes: 'Sim',
		no: 'Não',
		note: 'A sua resposta nos ajuda a pôr em primeiro lugar as soluções que funcionam. Não guardamos cookies nem nada que identifique você: [o que guardamos](/privacy/).',
		whichStep: 'Qual passo resolveu?',
		whichStepHint: 'Opcional: escolha o passo que fez o backup funcionar.',
		sorryNext: 'Que pena que não ajudou. Tente isto agora:',
		sorryLast:
			'Que pena que não ajudou. Esta era a última solução: volte para [Comece aqui](/start-here/) e confira se você tentou todas as soluções, em ordem.',
		notSure:
			'Não sabe bem o que está errado? [Responda a algumas perguntas](/troubleshoot/) para encontrar a solução que vale para o seu caso.',
		thanksYes: 'Obrigado! Que bom que funcionou.',
		thanksNo: 'Obrigado por nos contar.',
		failed: 'Desculpe, não foi possível enviar a sua resposta agora. Tente de novo mais tarde.',
		thanksStep: 'Obrigado! Anotamos que “{step}” resolveu.',
	},
	fixList: {
		minutes: 'Cerca de {count} min',
		deletes: 'Apaga dados: leia o aviso antes',
	},
	home: {
		heading: 'O backup do seu WhatsApp não chega ao iCloud?',
		summary:
			'Cole a mensagem que você vê, ou descreva o que acontece. Cada solução daqui tem passos exatos e atualizados para iPhone.',
		searchLabel: 'Pesquise o seu erro ou problema',
		statusHeading: 'O iCloud está funcionando agora?',
		statusLink: 'O que fazer quando o iCloud está fora do ar',
		troubleshoot: 'Não sabe por quê? Responda a algumas perguntas.',
		startHeading: 'Comece aqui: tente estas soluções em ordem',
		fixesLabel: 'Soluções, na ordem em que devem ser tentadas',
		commonErrors: 'Mensagens de erro comuns',
		allErrors: 'Todas as mensagens de erro',
	},
	startHere: {
		title: 'Comece aqui: resolva o backup do WhatsApp, passo a passo',
		description:
			'Todas as soluções para um backup do WhatsApp que não chega ao iCloud, na ordem certa: primeiro as conferências rápidas, por último apagar o backup antigo.',
		heading: 'Comece aqui',
		summary:
			'Siga esta lista de cima para baixo. As primeiras soluções são rápidas e não mudam nada; as do fim levam mais tempo ou apagam dados. Depois de cada solução, tente o backup de novo, e pare assim que funcionar.',
		notSure:
			'Não sabe qual solução vale para você? [Responda a algumas perguntas](/troubleshoot/) para ir direto a ela.',
		situationsHeading: 'Se a sua situação é uma destas',
		situationsIntro: 'Algumas situações têm um passo próprio. Nenhuma delas apaga nada.',
		situationsLabel: 'Situações com um passo próprio',
		situations: {
			reallyStuck: 'Antes de apagar qualquer coisa: o backup travou mesmo? Compare os tamanhos',
			skippedRestore: 'O WhatsApp ofereceu restaurar as suas conversas e você passou direto',
			quickStart:
				'Vai passar para um iPhone novo com o Início Rápido da Apple, ou com armazenamento temporário grátis no iCloud',
			newNumberNewPhone: 'Você trocou de número e de celular ao mesmo tempo',
			iphoneTooOld: 'O seu iPhone não consegue instalar a versão do iOS que o WhatsApp exige',
			linkedDevices:
				'Você usa o WhatsApp num iPad, num Mac, num PC ou na web: isso não é uma cópia',
			toAndroid: 'Você vai passar de um iPhone para um celular Android',
		},
	},
	errors: {
		title: 'Mensagens de erro e o que elas significam',
		description:
			'Mensagens e sintomas de um backup ou de uma restauração de conversas do WhatsApp que falha no iPhone, cada um com o link do passo que resolve.',
		heading: 'Mensagens de erro',
		summary:
			'Encontre a mensagem ou o sintoma que você vê e siga o link até o passo que resolve. As mensagens entre aspas são o texto exato registrado por uma página oficial ou por alguém que viu a mensagem no próprio celular; as outras estão descritas com as nossas palavras, porque o texto exato varia ou porque se trata de algo que acontece, e não de uma mensagem. Os botões e as chaves que as soluções citam têm uma lista própria no fim. Cada mensagem e cada botão tem um link próprio: use esse link para mandar alguém direto para ela.',
		messagesIn: 'Mensagens: {place}',
		exactWording: 'Texto exato, como registrado por',
		ourWords: 'Com as nossas palavras; a sua tela pode dizer de outro jeito',
		fixedIn: 'Resolvido em {title}',
		labelsHeading: 'Botões e chaves',
		labelsIntro:
			'Estes não são mensagens, e sim os nomes de botões e chaves em que as soluções pedem para você tocar. Se a sua tela usar outro nome, procure o botão que faz a mesma coisa; cada link leva ao passo que explica esse botão.',
		labelsLabel: 'Botões e chaves que as soluções citam',
		exactLabel: 'Nome exato, como aparece em',
		describedLabel: 'Nome como os guias descrevem; o seu pode ser um pouco diferente',
		usedIn: 'Usado em {title}',
		inEnglish: 'Em inglês: o texto num celular configurado no seu idioma pode ser diferente.',
	},
	notFound: {
		title: 'Página não encontrada',
		description:
			'Esta página não existe. Pesquise na central de ajuda ou comece pela lista de soluções.',
		heading: 'Não encontramos essa página',
		summary:
			'O link pode estar digitado errado, ou a página pode ter mudado de lugar. Pesquise o que você precisa:',
		elsewhere:
			'Ou vá para [Comece aqui](/start-here/), com todas as soluções em ordem, ou para a [lista de mensagens de erro](/errors/).',
		troubleshoot:
			'Não sabe bem o que está errado? [Responda a algumas perguntas](/troubleshoot/) para encontrar a solução.',
	},
	troubleshoot: {
		name: 'Diagnóstico guiado',
		answers: 'Respostas',
		noneOfThese:
			'Nenhuma destas? [Comece aqui](/start-here/) lista todas as soluções na ordem em que devem ser tentadas, e a lista de [mensagens de erro](/errors/) liga cada mensagem ao passo que a resolve.',
		pathHeading: 'As suas respostas até agora',
		pathHint:
			'Escolha uma resposta acima para voltar e mudar, ou [comece de novo](/troubleshoot/).',
		tried: 'Já tentado: {step}',
		didNotFix: 'Isso não resolveu',
		kicker: 'Tente isto',
		titleOutcome: 'Tente isto: {step}',
		descriptionQuestion:
			'Responda a algumas perguntas para encontrar a solução para o backup do seu WhatsApp: {question}',
		descriptionOutcome: '{why} Se não ajudar, “{didNotFix}” leva à próxima coisa a tentar.',
		openStep: 'Abra o passo: {step}',
		inArticle: 'Em [{title}]({href}) · cerca de {count} min',
		deletes: 'Apaga o seu backup antigo: leia o aviso antes',
		messagesHeading: 'Mensagens que este passo resolve',
		checkHeading: 'Confira o seu armazenamento aqui',
		checkIntro: 'Digite os três tamanhos e veja na hora se o backup cabe, sem sair desta página.',
		didItWork: 'Funcionou?',
		done: 'Se agora o backup termina, pronto.',
		nextToTry: 'Próxima tentativa: {label}',
		last: 'Esta é a última sugestão do diagnóstico guiado. Se as suas respostas mudaram, [comece de novo](/troubleshoot/), ou siga todas as soluções em ordem em [Comece aqui](/start-here/).',
	},
	search: {
		title: 'Pesquisar',
		description:
			'Pesquise todas as soluções pela mensagem de erro ou pelo que acontece com o backup do seu WhatsApp.',
		heading: 'Pesquisar na central de ajuda',
		inputLabel: 'Pesquise o seu erro ou problema',
		showingResultsFor: 'Mostrando resultados para',
		searchInsteadFor: 'Pesquisar em vez disso por',
		fallback:
			'A pesquisa precisa de JavaScript, que parece estar desativado ou ainda carregando. Sem ele, vá para [Comece aqui](/start-here/), com todas as soluções em ordem, ou para a [lista de mensagens de erro](/errors/) e encontre a mensagem que você vê.',
		failedHeading: 'A pesquisa não está funcionando agora',
		failedReason:
			'Pode ser a sua conexão. Tente de novo, ou encontre a sua solução sem a pesquisa:',
		retry: 'Tentar de novo',
		startHereItem:
			'[Comece aqui](/start-here/): todas as soluções, na ordem em que devem ser tentadas.',
		errorsItem:
			'[Mensagens de erro](/errors/): encontre a mensagem que você vê e o passo que a resolve.',
		troubleshootItem:
			'[Responda a algumas perguntas](/troubleshoot/) para encontrar a solução que vale para o seu caso.',
		fewerWords: 'Pesquise de novo com menos palavras, ou só com o começo da mensagem.',
		bestMatch: 'Melhor resultado',
		fixedBy: 'Resolvido por',
		fixedByIn: 'em',
		results: 'Resultados da pesquisa',
		more: 'Mostrar mais resultados',
		emptyHeading: 'Nada encontrado. Tente uma destas opções',
		searching: 'Pesquisando…',
		couldNotLoad:
			'Não foi possível carregar a pesquisa. Confira a sua conexão e use o botão Tentar de novo.',
		stopped: 'A pesquisa parou com um erro. Use o botão Tentar de novo para pesquisar outra vez.',
		riskNote: 'Isto pode apagar conversas ou um backup: leia o aviso antes.',
		matchingSteps: 'Passos encontrados em {title}',
		exactMessage: 'Como a mensagem aparece na tela.',
		describedMessage: 'Com as nossas palavras: a tela pode dizer de outro jeito.',
		typeSomething: 'Digite uma mensagem ou algumas palavras sobre o problema.',
		noMatch: 'Nenhum artigo corresponde a “{query}”.',
		oneMatch: '{count} artigo corresponde a “{query}”.',
		manyMatch: '{count} artigos correspondem a “{query}”.',
		closest: 'Nenhum artigo tem todas as palavras de “{query}”; os mais próximos vêm primeiro.',
		shortened: 'A sua pesquisa foi cortada nos primeiros {count} caracteres.',
	},
	privacy: {
		title: 'Privacidade: o que este site guarda',
		description:
			'Sem cookies, sem anúncios, sem rastreamento. O que fica guardado quando você responde “Isso resolveu?” ou sai de uma busca sem resposta, e o que nunca fica.',
		heading: 'Privacidade',
		summary:
			'Esta central de ajuda não usa cookies, não mostra anúncios e não usa ferramentas de análise. Ela guarda só duas coisas de uma visita: sua resposta a “Isso resolveu?”, se você responder, e uma busca da qual você sai sem abrir nenhum resultado, sem nada pessoal. Esta página lista tudo.',
		feedbackHeading: 'Quando você responde “Isso resolveu?”',
		feedbackIntro:
			'No fim de cada solução, você pode tocar em Sim ou Não e, depois do Sim, escolher o passo que funcionou. Então guardamos:',
		feedbackArticle: 'o artigo em que você respondeu, e o idioma da página;',
		feedbackStep: 'o passo que você escolheu, se escolheu algum;',
		feedbackAnswer: 'se você disse sim ou não;',
		feedbackDay: 'o dia (só a data, em UTC, sem o horário).',
		oneCount:
			'Para que cada pessoa conte uma vez só, também guardamos um código gerado a partir do seu endereço de rede com uma chave secreta. A chave muda todo dia, então o código de um dia não pode ser ligado ao código de outro, e o código não pode ser convertido de volta num endereço. Se você responder de novo no mesmo artigo no mesmo dia, a nova resposta substitui a antiga.',
		unansweredHeading: 'Quando uma busca não encontra o que você precisa',
		unansweredIntro:
			'Se você sai da página de busca, ou muda para outro app ou aba, sem abrir nenhum resultado, a página nos diz o que você buscou, para que possamos escrever os artigos que estão faltando. Antes de guardar qualquer coisa, tiramos todos os dígitos, endereços de e-mail ou de sites, números de telefone, chaves e códigos (como a sua chave de 64 dígitos ou um código de verificação). Depois guardamos:',
		unansweredWords:
			'as palavras que sobram da sua busca, em minúsculas, no máximo 100 caracteres;',
		unansweredLanguage: 'o idioma da página;',
		unansweredDay: 'o dia (só a data, em UTC, sem o horário).',
		unansweredCount:
			'Para que cada pessoa conte uma vez só, também guardamos um código feito com o seu endereço de rede e a busca juntos, com a mesma chave secreta diária usada para as respostas. Ele não pode ser convertido de volta em um endereço, nem ligado às suas respostas, às suas outras buscas ou a outro dia. Só olhamos uma busca depois que ela foi feita pelo menos três vezes (cada pessoa conta uma vez por dia), e apagamos cada busca depois de 30 dias.',
		neverHeading: 'O que nunca é guardado',
		neverAddress: 'o seu endereço IP ou qualquer outro endereço de rede;',
		neverBrowser: 'o seu navegador, aparelho ou sistema operacional;',
		neverCookies: 'cookies ou qualquer outro identificador no seu navegador;',
		neverVisits:
			'o horário da sua visita, as páginas que você leu ou uma busca em que você encontrou resposta;',
		neverPersonal:
			'o seu nome, o seu número de telefone, a sua Conta Apple ou qualquer coisa do WhatsApp.',
		totals:
			'Usamos as respostas só como totais por artigo, para saber quais soluções funcionam e quais artigos precisam ser reescritos, e as buscas só como totais por busca, para saber o que está faltando. Sem JavaScript, ou se você nunca tocar em um botão, nenhuma resposta é enviada; sem JavaScript, nenhuma busca é enviada também.',
		othersHeading: 'Outras partes',
		others:
			'A verificação de status do iCloud pode consultar o feed de Status do Sistema da Apple direto do seu navegador, e a Apple vê essa consulta como vê qualquer visita ao site dela. Como qualquer site, a empresa que hospeda este pode manter os próprios registros curtos das solicitações; não acrescentamos nada a eles e não os lemos.',
	},
	desk: {
		/** The line that closes every reply. */
		checked: 'Verificado em {date}',
		sourceLead: 'fonte:',
		basedOnLead: 'com base em:',
		note: 'Observação',
		warning: 'Atenção',
		widget: 'A página da web tem aqui uma verificação interativa.',
		/** The Markdown copy of an article. */
		markdown: {
			appliesTo: 'Vale para',
			lastVerified: 'Última verificação',
			webPage: 'Página da web',
			stepLink: 'Link deste passo',
			source: 'Fonte:',
			basedOn: 'Com base em:',
			messages: 'Mensagens e sintomas que esta página resolve',
			sources: 'Fontes',
			changes: 'Mudanças nestes passos',
		},
		sourceKinds: { official: 'Oficial', press: 'Imprensa', 'first-hand': 'Relato em primeira mão' },
		/** The dated list of step changes, on the page and in the feed. */
		changes: {
			heading: 'Mudanças nestes passos',
			everyStep: 'todos os passos',
			steps: 'Passos:',
			removed: '{step} (removido)',
			feedTitle: '{site}: mudanças nos passos',
			entryTitle: '{article}: {summary}',
		},
		/** The step hand-off to a phone. */
		handoff: {
			open: 'Abrir no seu iPhone',
			hint: 'Aponte a câmera do iPhone para este código para abrir este passo nele.',
			alt: 'Código QR com o endereço deste passo',
		},
		/** The /desk/ page. */
		desk: {
			title: 'Mesa do atendente: cada passo como resposta',
			description:
				'Cada passo de cada solução, pronto para colar numa resposta de suporte em WhatsApp, texto simples, Markdown ou HTML, com link, data e fonte.',
			heading: 'Mesa do atendente',
			summary:
				'Cada passo de cada solução, como resposta para colar num ticket ou num chat: as instruções com os nomes exatos da tela, o link, o dia em que foi verificado e a fonte. Digite para filtrar, use as setas para se mover e Enter para copiar.',
			filterLabel: 'Filtrar passos e mensagens',
			filterHint:
				'Tecle / para voltar aqui, ↓ para ir aos passos e Enter para copiar a primeira resposta.',
			formatLegend: 'Formato da resposta',
			formats: { whatsapp: 'WhatsApp', text: 'Texto simples', markdown: 'Markdown', html: 'HTML' },
			languages: 'Idioma das respostas e dos links',
			copyReply: 'Copiar resposta',
			copyLink: 'Copiar link',
			openStep: 'Abrir o passo',
			fixes: 'Resolve:',
			bundles:
				'Para a sua ferramenta de atendimento: todas as respostas em [JSON]({json}) ou [CSV]({csv}), e [o feed de mudanças]({feed}) para saber quando importá-las de novo.',
			noMatch: 'Nenhum passo corresponde a “{query}”.',
			matches: '{count} passos correspondem.',
			replyCopied: 'Resposta copiada ({format}): {step}',
			linkCopied: 'Link copiado: {url}',
			copyBlocked: 'O navegador bloqueou a cópia. Selecione e copie isto: {text}',
			loading: 'As respostas estão carregando; tente de novo em instantes.',
			loadFailed:
				'Não foi possível carregar as respostas. Recarregue a página para tentar de novo.',
		},
	},
};
