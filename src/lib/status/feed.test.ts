import { describe, expect, test } from 'vitest';
import { WATCHED_SERVICES, type ServiceState } from './report.ts';
import { ALL_AVAILABLE, event, expectStates, feed } from '../../../tests/support/status-feed.ts';

describe('parseAppleFeed with one inline feed per case', () => {
	const only = (backupEvents: unknown) => feed({ 'iCloud Backup': backupEvents });

	test.each([
		{ title: 'no events', events: [], expected: 'available' },
		{ title: 'an ongoing Outage', events: [event()], expected: 'outage' },
		{ title: 'an ongoing Issue', events: [event({ statusType: 'Issue' })], expected: 'issue' },
		{
			title: 'an ongoing Performance event',
			events: [event({ statusType: 'Performance' })],
			expected: 'issue',
		},
		{
			title: 'an ongoing Maintenance',
			events: [event({ statusType: 'Maintenance' })],
			expected: 'maintenance',
		},
		{
			title: 'an upcoming Maintenance',
			events: [event({ statusType: 'Maintenance', eventStatus: 'upcoming' })],
			expected: 'planned',
		},
		{
			title: 'a resolved Outage only',
			events: [event({ eventStatus: 'resolved' })],
			expected: 'available',
		},
		{
			title: 'a completed Maintenance only',
			events: [event({ statusType: 'Maintenance', eventStatus: 'completed' })],
			expected: 'available',
		},
		{
			title: 'a resolved event of an unknown type',
			events: [event({ eventStatus: 'resolved', statusType: 'Meltdown' })],
			expected: 'available',
		},
		{
			title: 'an upcoming Maintenance and an ongoing Issue',
			events: [
				event({ statusType: 'Maintenance', eventStatus: 'upcoming', messageId: '1' }),
				event({ statusType: 'Issue', messageId: '2' }),
			],
			expected: 'issue',
		},
		{
			title: 'an Issue and an Outage (worst wins)',
			events: [event({ statusType: 'Issue', messageId: '1' }), event({ messageId: '2' })],
			expected: 'outage',
		},
		{
			title: 'an unknown statusType "Meltdown"',
			events: [event({ statusType: 'Meltdown' })],
			expected: 'unknown',
		},
		{
			title: 'an unknown eventStatus "investigating"',
			events: [event({ eventStatus: 'investigating' })],
			expected: 'unknown',
		},
		{
			title: 'an unknown eventStatus "scheduled"',
			events: [event({ eventStatus: 'scheduled', statusType: 'Maintenance' })],
			expected: 'unknown',
		},
		{
			title: 'a wrong-case eventStatus "Ongoing"',
			events: [event({ eventStatus: 'Ongoing' })],
			expected: 'unknown',
		},
		{
			title: 'a wrong-case statusType "outage"',
			events: [event({ statusType: 'outage' })],
			expected: 'unknown',
		},
		{
			title: 'an upcoming Outage (Apple only plans maintenance)',
			events: [event({ eventStatus: 'upcoming' })],
			expected: 'unknown',
		},
		{
			title: 'an event without eventStatus',
			events: [{ message: 'missing fields' }],
			expected: 'unknown',
		},
		{
			title: 'an ongoing event without statusType',
			events: [{ eventStatus: 'ongoing' }],
			expected: 'unknown',
		},
		{ title: 'an event that is null', events: [null], expected: 'unknown' },
		{ title: 'an event that is a string', events: ['ongoing Outage'], expected: 'unknown' },
		{
			title: 'a resolved event next to an unreadable one',
			events: [event({ eventStatus: 'resolved' }), 42],
			expected: 'unknown',
		},
		{ title: '`events: null`', events: null, expected: 'unknown' },
		{ title: '`events` as an object', events: { 0: event() }, expected: 'unknown' },
	])('returns $expected for iCloud Backup with $title', ({ events, expected }) => {
		expectStates(only(events), { ...ALL_AVAILABLE, 'iCloud Backup': expected as ServiceState });
	});

	test('returns unknown (not-listed) for a watched service missing from the feed', () => {
		const body = JSON.stringify({
			services: [
				{ serviceName: 'iCloud Backup', events: [] },
				{ serviceName: 'iCloud Drive', events: [] },
				{ serviceName: 'iCloud Account & Sign In', events: [] },
			],
		});
		expectStates(body, {
			...ALL_AVAILABLE,
			'iCloud Storage Upgrades': { state: 'unknown', reason: 'not-listed' },
		});
	});

	test('matches names exactly: "icloud backup" and "iCloud Backup " do not count', () => {
		const body = JSON.stringify({
			services: [
				{ serviceName: 'icloud backup', events: [] },
				{ serviceName: 'iCloud Backup ', events: [] },
				...WATCHED_SERVICES.slice(1).map((serviceName) => ({ serviceName, events: [] })),
			],
		});
		expectStates(body, {
			...ALL_AVAILABLE,
			'iCloud Backup': { state: 'unknown', reason: 'not-listed' },
		});
	});

	test('merges a service listed twice: an outage in the second copy wins over an empty first copy', () => {
		expectStates(feed({}, [{ serviceName: 'iCloud Backup', events: [event()] }]), {
			...ALL_AVAILABLE,
			'iCloud Backup': 'outage',
		});
	});

	test('returns unknown for a service listed twice when one copy is unreadable', () => {
		expectStates(feed({}, [{ serviceName: 'iCloud Backup', events: 'none' }]), {
			...ALL_AVAILABLE,
			'iCloud Backup': { state: 'unknown', reason: 'unreadable-entry' },
		});
	});

	test('counts an event shared by two services (same messageId) under each, once per service', () => {
		const shared = event({
			messageId: '1000000777',
			affectedServices: ['iCloud Backup', 'iCloud Drive'],
		});
		const report = expectStates(
			feed({ 'iCloud Backup': [shared, shared], 'iCloud Drive': [shared] }, [
				{ serviceName: 'iCloud Backup', events: [shared] },
			]),
			{ ...ALL_AVAILABLE, 'iCloud Backup': 'outage', 'iCloud Drive': 'outage' },
		);
		expect(report.services[0]?.events).toHaveLength(1);
		expect(report.services[1]?.events).toHaveLength(1);
	});

	test('keeps the worse copy when one messageId is listed as resolved and as ongoing', () => {
		expectStates(only([event({ eventStatus: 'resolved' }), event()]), {
			...ALL_AVAILABLE,
			'iCloud Backup': 'outage',
		});
	});

	test('keeps events without a messageId and a numeric messageId as separate events', () => {
		const report = expectStates(
			only([
				event({ messageId: undefined }),
				event({ messageId: 1000000001, statusType: 'Issue' }),
			]),
			{
				...ALL_AVAILABLE,
				'iCloud Backup': 'outage',
			},
		);
		expect(report.services[0]?.events.map((e) => e.id)).toEqual([null, '1000000001']);
	});

	test.each([
		{ title: 'a string epoch', value: '1778604000000' },
		{ title: 'a negative epoch', value: -1 },
		{ title: 'a year-3000 epoch', value: 32503680000000 },
		{ title: 'an epoch in seconds', value: 1778604000 },
		{ title: 'a fractional epoch', value: 1778604000000.5 },
		{ title: 'NaN written as null', value: null },
	])('keeps the state but drops the start time for $title', ({ value }) => {
		const report = expectStates(only([event({ epochStartDate: value })]), {
			...ALL_AVAILABLE,
			'iCloud Backup': 'outage',
		});
		expect(report.services[0]?.events[0]?.startsAt).toBeNull();
	});

	test('keeps hostile markup in a message as plain text', () => {
		const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const report = expectStates(only([event({ message: hostile })]), {
			...ALL_AVAILABLE,
			'iCloud Backup': 'outage',
		});
		expect(report.services[0]?.events[0]?.message).toBe(hostile);
	});

	test('shows a missing message as an empty string and keeps the state', () => {
		const report = expectStates(only([event({ message: undefined })]), {
			...ALL_AVAILABLE,
			'iCloud Backup': 'outage',
		});
		expect(report.services[0]?.events[0]?.message).toBe('');
	});

	test('ignores drpost, drMessage and extra top-level keys', () => {
		const body = JSON.stringify({
			drpost: true,
			drMessage: '<b>x</b>',
			extra: [1],
			services: (JSON.parse(feed({})) as { services: unknown[] }).services,
		});
		expectStates(body, ALL_AVAILABLE);
	});
});
