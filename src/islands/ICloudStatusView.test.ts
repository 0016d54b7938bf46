// The view is pure, so its markup is checked here without a browser; behaviour is in e2e/icloud-status.spec.ts.
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { parseAppleFeed } from '../lib/status/feed.ts';
import { LOCALE_INFO, type Locale } from '../lib/i18n/locales.ts';
import { islandsDe } from '../lib/i18n/ui/islands.de.ts';
import { islandsEn } from '../lib/i18n/ui/islands.en.ts';
import { islandsEs } from '../lib/i18n/ui/islands.es.ts';
import { islandsPtBr } from '../lib/i18n/ui/islands.pt-br.ts';
import type { StatusView } from '../lib/status/poller.ts';
import { unknownReport, type StatusReport } from '../lib/status/report.ts';
import ICloudStatus from './ICloudStatus.tsx';
import { ICloudStatusView } from './ICloudStatusView.tsx';
import { appleFeedFixture } from '../../tests/support/apple-feed.ts';

const NOW = Date.UTC(2026, 4, 12, 18, 0);

function reportFrom(file: string): StatusReport {
	const parsed = parseAppleFeed(appleFeedFixture(file), NOW);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
}

const WORDS = { en: islandsEn, es: islandsEs, 'pt-br': islandsPtBr, de: islandsDe };

function render(
	view: StatusView,
	compact = false,
	{ locale = 'en', readerLocales = [] }: { locale?: Locale; readerLocales?: string[] } = {},
): string {
	return renderToStaticMarkup(
		createElement(ICloudStatusView, {
			words: WORDS[locale].icloudStatus,
			dateLocale: LOCALE_INFO[locale].intl,
			readerLocales,
			view,
			loading: false,
			announcement: '',
			compact,
			onRefresh: () => undefined,
		}),
	);
}

const APPLE_LINK =
	'<a href="https://www.apple.com/support/systemstatus/">Apple’s System Status page</a>';

describe('ICloudStatus server render', () => {
	test.each([{ compact: false }, { compact: true }])(
		'shows a sentence and Apple’s link, and no state, when compact is $compact',
		({ compact }) => {
			const html = renderToString(
				createElement(ICloudStatus, { compact, words: islandsEn.icloudStatus, dateLocale: 'en' }),
			);
			expect(html).toContain(APPLE_LINK);
			expect(html).toContain('data-phase="idle"');
			expect(html).not.toContain('data-state');
			expect(html).not.toContain('No reported issue');
			expect(html).not.toContain('Refresh');
			expect(html).toContain('role="status"');
			expect(html).not.toContain('data-ready');
		},
	);
});

describe('ICloudStatusView', () => {
	test('shows one row per service with its exact name and state', () => {
		const html = render({
			phase: 'ready',
			report: reportFrom('apple-status-icloud-backup-outage.js'),
			failed: false,
		});
		expect(html.match(/data-service="[^"]+" data-state="[a-z]+"/g)).toEqual([
			'data-service="iCloud Backup" data-state="outage"',
			'data-service="iCloud Drive" data-state="outage"',
			'data-service="iCloud Account &amp; Sign In" data-state="issue"',
			'data-service="iCloud Storage Upgrades" data-state="available"',
		]);
		expect(html).toContain('INVENTED TEST MESSAGE: Some users may be unable to back up to iCloud.');
		expect(html).toContain('Started <time dateTime="2026-05-12T16:40:00.000Z">');
		expect(html).toContain('>Refresh</button>');
		expect(html).toContain('“No reported issue” is not proof');
	});

	test('shows planned maintenance with its window', () => {
		const html = render({
			phase: 'ready',
			report: reportFrom('apple-status-resolved-and-upcoming.js'),
			failed: false,
		});
		expect(html).toContain('data-service="iCloud Backup" data-state="planned"');
		expect(html).toContain('Maintenance planned');
		expect(html).toMatch(
			/Planned from <time dateTime="2026-06-03T05:00:00.000Z">.*<\/time> to <time dateTime="2026-06-03T09:00:00.000Z">/,
		);
	});

	test('escapes hostile markup from the feed as text', () => {
		const html = render({
			phase: 'ready',
			report: reportFrom('apple-status-hostile.js'),
			failed: false,
		});
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
		expect(html).not.toMatch(/<(img|script|iframe|svg onload)[\s>]/i);
		expect(html).toContain('data-service="iCloud Backup" data-state="unknown"');
		expect(html).toContain('Apple’s feed lists an event for this service that we couldn’t read.');
	});

	test('shows every row as unknown with “Couldn’t check right now” and Apple’s link after a failure', () => {
		const html = render({ phase: 'ready', report: unknownReport(NOW), failed: true });
		expect(html.match(/data-state="unknown"/g)).toHaveLength(4);
		expect(html).toContain('<strong>Couldn’t check right now.</strong> See ' + APPLE_LINK);
		expect(html).not.toContain('No reported issue<');
	});

	test('leaves event messages out when compact', () => {
		const html = render(
			{ phase: 'ready', report: reportFrom('apple-status-icloud-backup-outage.js'), failed: false },
			true,
		);
		expect(html).toContain('icloud-status--compact');
		expect(html).toContain('data-service="iCloud Backup" data-state="outage"');
		expect(html).not.toContain('INVENTED TEST MESSAGE');
		expect(html).toContain('>Refresh</button>');
	});
});

describe('ICloudStatusView in the page’s language', () => {
	test.each([
		{
			locale: 'es',
			states: ['Interrupción', 'Problema', 'Ningún problema informado'],
			started: /Comenzó: <time dateTime="2026-05-12T16:40:00.000Z">12 may/,
			note: 'así que «Ningún problema informado» no prueba que iCloud funcione.',
		},
		{
			locale: 'pt-br',
			states: ['Interrupção', 'Problema', 'Nenhum problema informado'],
			started: /Início: <time dateTime="2026-05-12T16:40:00.000Z">12 de mai\.?/,
			note: 'então “Nenhum problema informado” não prova que o iCloud está funcionando.',
		},
		{
			locale: 'de',
			states: ['Ausfall', 'Problem', 'Kein gemeldetes Problem'],
			started: /Beginn: <time dateTime="2026-05-12T16:40:00.000Z">12\. Mai/,
			note: '„Kein gemeldetes Problem“ beweist also nicht, dass iCloud funktioniert.',
		},
	] as const)(
		'labels each state and dates each event in $locale, keeping Apple’s words as Apple’s',
		({ locale, states, started, note }) => {
			const html = render(
				{
					phase: 'ready',
					report: reportFrom('apple-status-icloud-backup-outage.js'),
					failed: false,
				},
				false,
				{ locale },
			);
			for (const state of states) expect(html).toContain(`>${state}</span>`);
			expect(html).toContain('data-service="iCloud Backup" data-state="outage"');
			expect(html).toMatch(started);
			expect(html).toContain(
				'<p class="icloud-status__message" lang="en">INVENTED TEST MESSAGE: Some users may be unable to back up to iCloud.',
			);
			expect(html).toContain(note);
			expect(html).not.toContain('Refresh');
		},
	);
});
