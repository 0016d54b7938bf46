/**
 * Sentences tied to a date ("WhatsApp will need iOS 15.5 from …") are written once, in both tenses, and the
 * build picks the tense for the day it runs. The calendar can then never leave a stale "will" on the site.
 */
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';

export type Tense = 'upcoming' | 'past';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as midnight UTC; throws a message naming the bad value. */
export function parseDay(text: string, what = 'date'): Date {
	const match = ISO_DAY.exec(text.trim());
	const day = match
		? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
		: undefined;
	// Date.UTC rolls 2026-02-30 over into March; a real day survives the round trip unchanged.
	if (!day || day.toISOString().slice(0, 10) !== text.trim()) {
		throw new Error(`${what} "${text}" is not a day: write it as YYYY-MM-DD, e.g. 2026-11-30.`);
	}
	return day;
}

/** The day the site is being built: BUILD_DATE (YYYY-MM-DD) when set, so tests can pick a day, else today in UTC. */
export function buildDay(
	env: string | undefined = process.env['BUILD_DATE'],
	now: Date = new Date(),
): Date {
	if (env) return parseDay(env, 'BUILD_DATE');
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** From its own day on, a dated fact is in force, so it reads in the past tense ("has needed since"). */
export function tenseOn(date: Date, day: Date): Tense {
	return day.getTime() >= date.getTime() ? 'past' : 'upcoming';
}

/**
 * A day as readers of `locale` write it: "30 November 2026", "30 de noviembre de 2026", "30. November 2026".
 * English keeps the day-month-year order the site has always used, clear to readers on both sides of the
 * Atlantic; other languages take their page's Intl tag.
 */
export function formatDay(day: Date, locale: Locale = 'en'): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : LOCALE_INFO[locale].intl, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(day);
}

/** The chosen sentence split around its `{date}` placeholder, so the date can be marked up as a <time>. */
export function splitOnDate(sentence: string): { before: string; after: string; hasDate: boolean } {
	const index = sentence.indexOf('{date}');
	if (index === -1) return { before: sentence, after: '', hasDate: false };
	return {
		before: sentence.slice(0, index),
		after: sentence.slice(index + '{date}'.length),
		hasDate: true,
	};
}
