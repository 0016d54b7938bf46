import { describe, expect, test } from 'vitest';
import { foldText, matchesFilter, moveFocus, storedFormat } from './desk-page.ts';

describe('matchesFilter', () => {
	const step = foldText(
		'Start the backup. Fixes: “Auto Backup is on, but Last Backup shows an old date”',
	);
	test.each([
		{ query: '', matches: true },
		{ query: 'last backup old date', matches: true },
		{ query: 'DATE backup', matches: true },
		{ query: '"Last Backup"', matches: true },
		{ query: 'restore', matches: false },
	])('returns $matches for "$query"', ({ query, matches }) => {
		expect(matchesFilter(step, query)).toBe(matches);
	});

	test('ignores accents and case, so a query typed without them finds Spanish or German text', () => {
		expect(
			matchesFilter(foldText('Toca Realizar copia ahora en Configuración'), 'configuracion'),
		).toBe(true);
		expect(matchesFilter(foldText('Übersicht'), 'ubersicht')).toBe(true);
	});
});

describe('moveFocus', () => {
	test.each([
		{ key: 'ArrowDown', from: -1, to: 0 },
		{ key: 'ArrowDown', from: 2, to: 3 },
		{ key: 'ArrowDown', from: 4, to: 4 },
		{ key: 'ArrowUp', from: 3, to: 2 },
		{ key: 'ArrowUp', from: 0, to: -1 },
		{ key: 'Home', from: 3, to: 0 },
		{ key: 'End', from: 1, to: 4 },
		{ key: 'Home', from: -1, to: undefined },
		{ key: 'a', from: 1, to: undefined },
	])('moves $key from $from to $to among five steps (-1: the filter)', ({ key, from, to }) => {
		expect(moveFocus(key, from, 5)).toBe(to);
	});

	test('goes nowhere when the filter hides every step', () => {
		expect(moveFocus('ArrowDown', -1, 0)).toBeUndefined();
	});
});

describe('storedFormat', () => {
	test.each([
		{ stored: 'whatsapp', format: 'whatsapp' },
		{ stored: 'html', format: 'html' },
		{ stored: null, format: 'text' },
		{ stored: 'rtf', format: 'text' },
	])('returns $format for $stored', ({ stored, format }) => {
		expect(storedFormat(stored)).toBe(format);
	});
});
