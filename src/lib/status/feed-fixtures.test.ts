import { describe, expect, test } from 'vitest';
import {
	classifyEvent,
	feedToReport,
	parseAppleFeed,
	unwrapJsonCallback,
	utf8ByteLength,
} from './feed.ts';
import { MESSAGE_MAX_CHARS, WATCHED_SERVICES } from './report.ts';
import {
	ALL_AVAILABLE,
	NOW,
	event,
	expectStates,
	feed,
} from '../../../tests/support/status-feed.ts';
import { appleFeedFixture } from '../../../tests/support/apple-feed.ts';

const fixture = appleFeedFixture;

describe('parseAppleFeed with the shared fixtures', () => {
	test('returns available for every watched service in apple-status-all-ok.js', () => {
		expectStates(fixture('apple-status-all-ok.js'), ALL_AVAILABLE);
	});

	test.each([
		{ file: 'apple-status-icloud-backup-outage.js' },
		{ file: 'apple-status-icloud-backup-outage.jsonp.js' },
	])('returns outage for Backup and Drive and issue for sign-in in $file', ({ file }) => {
		const report = expectStates(fixture(file), {
			'iCloud Backup': 'outage',
			'iCloud Drive': 'outage',
			'iCloud Account & Sign In': 'issue',
			'iCloud Storage Upgrades': 'available',
		});
		const backup = report.services[0];
		expect(backup?.events).toEqual([
			{
				id: '1000009001',
				type: 'Outage',
				status: 'ongoing',
				message:
					'INVENTED TEST MESSAGE: Some users may be unable to back up to iCloud. Backups may not complete.',
				usersAffected: 'Some users are affected',
				startsAt: 1778604000000,
				endsAt: null,
			},
		]);
	});

	test('ignores resolved and completed events and shows upcoming maintenance as planned', () => {
		const report = expectStates(fixture('apple-status-resolved-and-upcoming.js'), {
			'iCloud Backup': 'planned',
			'iCloud Drive': 'available',
			'iCloud Account & Sign In': 'available',
			'iCloud Storage Upgrades': 'planned',
		});
		expect(report.services[0]?.events[0]).toMatchObject({
			type: 'Maintenance',
			status: 'upcoming',
			startsAt: 1780462800000,
			endsAt: 1780477200000,
		});
	});

	test('returns not-json for the truncated apple-status-malformed.js', () => {
		expect(parseAppleFeed(fixture('apple-status-malformed.js'), NOW)).toMatchObject({
			ok: false,
			code: 'not-json',
		});
	});

	test('never returns available for a hostile service in apple-status-hostile.js', () => {
		const report = expectStates(fixture('apple-status-hostile.js'), {
			// Two entries; one holds Meltdown/investigating, wrong-case values and an event missing fields.
			'iCloud Backup': { state: 'unknown', reason: 'unclassified-event' },
			// `events: null`
			'iCloud Drive': { state: 'unknown', reason: 'unreadable-entry' },
			'iCloud Account & Sign In': 'available',
			'iCloud Storage Upgrades': 'available',
		});
		const backup = report.services[0];
		// The readable ongoing Outage is still shown, as text, capped, on one line.
		expect(backup?.events).toHaveLength(1);
		const message = backup?.events[0]?.message ?? '';
		expect(message).toContain('<script>alert(document.cookie)</script>');
		expect(Array.from(message).length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
		expect(message).not.toMatch(/[\u2028\u2029\n\r]/);
		expect(backup?.events[0]?.usersAffected).toBe('<b>Some</b> users are affected');
	});

	test('ignores the markup-named "…iCloud Backup" and the "__proto__" service in apple-status-hostile.js', () => {
		const result = parseAppleFeed(fixture('apple-status-hostile.js'), NOW);
		expect(result.ok && result.value.services.map((service) => service.name)).toEqual([
			...WATCHED_SERVICES,
		]);
		expect(({} as Record<string, unknown>)['serviceName']).toBeUndefined();
	});
});

describe('parseAppleFeed with unreadable bodies', () => {
	test.each([
		{ title: 'an empty body', body: '', code: 'empty' },
		{ title: 'whitespace only', body: ' \n\t ', code: 'empty' },
		{ title: 'an empty jsonCallback()', body: 'jsonCallback();', code: 'empty' },
		{
			title: 'an HTML page',
			body: '<!doctype html><html><body>Not found</body></html>',
			code: 'not-json',
		},
		{
			title: 'a script that is not the wrapper',
			body: 'alert(1);({"services":[]})',
			code: 'not-json',
		},
		{ title: 'a different callback name', body: 'evil({"services":[]});', code: 'not-json' },
		{ title: 'JSON null', body: 'null', code: 'wrong-shape' },
		{ title: 'a JSON array', body: '[]', code: 'wrong-shape' },
		{ title: 'services that is not a list', body: '{"services":{}}', code: 'wrong-shape' },
		{
			title: 'no watched services at all',
			body: '{"services":[{"serviceName":"App Store","events":[]}]}',
			code: 'no-watched-services',
		},
		{ title: 'an empty services list', body: '{"services":[]}', code: 'no-watched-services' },
	])('returns $code for $title', ({ body, code }) => {
		expect(parseAppleFeed(body, NOW)).toMatchObject({ ok: false, code });
	});

	test('returns too-large for a body over the cap, before parsing it', () => {
		const body = feed({ 'iCloud Backup': [event({ message: 'A'.repeat(600 * 1024) })] });
		expect(parseAppleFeed(body, NOW)).toEqual({
			ok: false,
			code: 'too-large',
			error: 'The feed is larger than 524288 bytes.',
		});
	});

	test('returns too-large when multi-byte characters push a short string over the cap', () => {
		const body = feed({ 'iCloud Backup': [event({ message: '☁'.repeat(200 * 1024) })] });
		expect(body.length).toBeLessThan(512 * 1024);
		expect(parseAppleFeed(body, NOW)).toMatchObject({ ok: false, code: 'too-large' });
	});

	test('reads a body with a byte-order mark and surrounding whitespace', () => {
		expectStates(`\uFEFF  \n${feed({})}\n`, ALL_AVAILABLE);
	});
});

describe('unwrapJsonCallback', () => {
	test.each([
		{ input: '{"a":1}', expected: '{"a":1}' },
		{ input: 'jsonCallback({"a":1});', expected: '{"a":1}' },
		{ input: 'jsonCallback({"a":1})', expected: '{"a":1}' },
		{ input: '  jsonCallback( {"a":1} );\n', expected: '{"a":1}' },
		{ input: 'jsonCallback({"a":1}', expected: 'jsonCallback({"a":1}' },
		{ input: 'other({"a":1});', expected: 'other({"a":1});' },
	])('returns $expected for $input', ({ input, expected }) => {
		expect(unwrapJsonCallback(input)).toBe(expected);
	});
});

describe('utf8ByteLength', () => {
	test.each([
		{ input: 'abc', expected: 3 },
		{ input: 'é', expected: 2 },
		{ input: '☁', expected: 3 },
		{ input: '😀', expected: 4 },
	])('returns $expected for "$input"', ({ input, expected }) => {
		expect(utf8ByteLength(input)).toBe(expected);
		expect(utf8ByteLength(input)).toBe(new TextEncoder().encode(input).byteLength);
	});
});

describe('classifyEvent', () => {
	test('returns past for a resolved event, whatever else it holds', () => {
		expect(classifyEvent({ eventStatus: 'resolved' }, NOW)).toEqual({ kind: 'past' });
	});
});

describe('feedToReport', () => {
	test('returns wrong-shape for a value that is not an object', () => {
		expect(feedToReport('services', NOW)).toMatchObject({ ok: false, code: 'wrong-shape' });
	});
});
