import type { IslandText } from './islands.en.ts';

/**
 * The islands' words in Brazilian Portuguese, addressing the reader as `você` (see islands.en.ts).
 * Sizes in the examples use the decimal comma, as Brazilian iPhones show them.
 */
export const islandsPtBr: IslandText = {
	storageCheck: {
		form: 'Verifique seu armazenamento',
		fields: {
			backup: { label: 'Tamanho do backup do WhatsApp', hint: 'Em {path}; por exemplo, 4,2 GB.' },
			icloud: {
				label: 'Espaço livre no iCloud',
				hint: 'Em {path}: o tamanho do seu plano menos o que já está em uso; por exemplo, 8 GB.',
			},
			iphone: {
				label: 'Espaço livre no iPhone',
				hint: 'Em {path}: o total menos o que já está em uso; por exemplo, 50 GB.',
			},
		},
		incomplete: 'Digite os três tamanhos para ver se há espaço para o backup.',
		checkTyped: 'Confira o que você digitou',
		fieldProblem: '{field}: {problem}',
		errorPrefix: 'Erro:',
		enough: 'Há espaço suficiente',
		notEnough: 'Não há espaço suficiente',
		needs:
			'Um backup de {backup} precisa de pelo menos {required} livres no iCloud e no seu iPhone ({factor} × o backup).',
		inIcloud: 'No iCloud',
		onIphone: 'No seu iPhone',
		placeShort: '{place}: não é suficiente. Libere pelo menos mais {shortfall}.',
		placeEnough: '{place}: há espaço suficiente.',
		next: 'Próximo passo',
		whatYouCanDo: 'O que você pode fazer',
		steps: {
			freeIphone: {
				text: 'Libere espaço no iPhone',
				why: 'apague apps, vídeos e arquivos de que você não precisa mais no iPhone.',
			},
			freeIcloud: {
				text: 'Libere armazenamento no iCloud',
				why: 'veja o que ocupa mais espaço e apague o que você já guarda em outro lugar.',
			},
			leaveVideosOut: {
				text: 'Deixe os vídeos fora do backup',
				why: 'um backup menor precisa de menos espaço livre nos dois lugares.',
			},
			moreIcloud: {
				text: 'Consiga mais armazenamento no iCloud',
				why: 'mude para um plano do iCloud+ maior.',
			},
			deleteOldBackup: {
				text: 'Apague o backup antigo do iCloud',
				why: 'libera o espaço que ele ocupa, mas leia os avisos antes: esse backup some para sempre.',
			},
			backUpNow: { text: 'Faça o backup agora', why: 'comece em {path}.' },
		},
		step: '{link}: {why}',
		plans:
			'Os planos do iCloud+ são de {plans}. Um plano maior só ajuda se acrescentar pelo menos {shortfall}: some isso ao tamanho do seu plano atual e escolha um plano pelo menos desse tamanho.',
		and: 'e',
		copy: 'Copiar o link deste resultado',
		copied: 'Link copiado',
		copyFailed: 'Não foi possível copiar o link. Selecione-o abaixo e copie manualmente.',
		linkLabel: 'Link deste resultado',
		errors: {
			empty: 'Digite um tamanho; por exemplo, 4,2 GB.',
			'too-long':
				'Isso é longo demais para um tamanho. Digite um número e uma unidade; por exemplo, 4,2 GB.',
			'not-a-number':
				'“{typed}” não é um tamanho. Digite um número e uma unidade; por exemplo, 4,2 GB.',
			negative:
				'Um tamanho não pode ser menor que zero. Digite o número sem o sinal de menos; por exemplo, 4,2 GB.',
			'missing-unit': 'Acrescente uma unidade a “{number}”; por exemplo, {number} GB.',
			'unknown-unit':
				'“{unit}” não é uma unidade que esta verificação conhece. Use KB, MB, GB ou TB; por exemplo, {number} GB.',
			'too-large':
				'“{typed}” é mais de 1 PB, muito mais do que cabe em qualquer iPhone ou plano do iCloud. Confira o número e a unidade.',
			zero: 'Digite um tamanho maior que 0; por exemplo, 4,2 GB.',
			backupZero: 'Um backup nunca tem 0 bytes. Digite o tamanho que aparece em {path}.',
		},
		notes: {
			commaThousands:
				'Lido como {read} (a vírgula separa os milhares). Se você quis dizer {other}, digite {other}.',
			dotThousands:
				'Lido como {read} (o ponto separa os milhares). Se você quis dizer {other}, digite {other}.',
			commaDecimal:
				'Lido como {read} (a vírgula separa as casas decimais). Se você quis dizer {other}, digite {other}.',
			dotDecimal:
				'Lido como {read} (o ponto separa as casas decimais). Se você quis dizer {other}, digite {other}.',
		},
	},
	icloudStatus: {
		intro:
			'A Apple lista os problemas conhecidos do iCloud Backup, do iCloud Drive e do início de sessão no iCloud na página de status do sistema dela, com o link abaixo.',
		checkingNow: 'Verificando agora…',
		checking: 'Verificando…',
		lagBeforeCheck:
			'A página da Apple pode demorar a mostrar falhas reais, então um relatório sem problemas não prova que o iCloud está funcionando.',
		lag: 'A página da Apple pode demorar a mostrar falhas reais, então “{available}” não prova que o iCloud está funcionando.',
		source: 'Fonte: {link}.',
		appleLink: 'a página de status do sistema da Apple',
		failed: 'Não foi possível verificar agora.',
		failedSee: 'Veja {link} para a informação mais recente.',
		listLabel: 'Serviços do iCloud no status do sistema da Apple',
		checkedAt: 'Verificado às {time}',
		triedAt: 'Tentativa às {time}',
		refresh: 'Atualizar',
		noDetails: 'A Apple não deu detalhes.',
		plannedFromTo: 'Programado de {start} até {end}',
		plannedFrom: 'Programado a partir de {start}',
		started: 'Início: {start}',
		states: {
			available: 'Nenhum problema informado',
			issue: 'Problema',
			outage: 'Interrupção',
			maintenance: 'Manutenção em andamento',
			planned: 'Manutenção programada',
			unknown: 'Desconhecido',
		},
		reasons: {
			'not-checked': 'Não foi possível verificar agora.',
			'not-listed': 'A lista da Apple não inclui este serviço no momento.',
			'unreadable-entry': 'A lista da Apple tem uma entrada deste serviço que não conseguimos ler.',
			'unclassified-event':
				'A lista da Apple mostra um evento deste serviço que não conseguimos ler.',
		},
		summary: 'Status do sistema da Apple. {parts}',
		summaryPart: '{state}: {services}.',
		summaryFailed: 'Não foi possível verificar o status do sistema da Apple agora.',
	},
	troubleshootStatus: {
		outage: 'A Apple informa uma interrupção de {services} agora',
		issue: 'A Apple informa um problema com {services} agora',
		problems: 'A Apple informa problemas com {services} agora',
		and: 'e',
		waitingIsTheFix: 'Esperar é a solução.',
		waiting:
			'Enquanto a Apple informar isso, nada que você mude no iPhone vai fazer o backup passar. Tente de novo quando a Apple mostrar o problema como resolvido.',
		link: 'O que fazer enquanto o iCloud está fora do ar',
	},
};
