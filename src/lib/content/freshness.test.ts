import { describe, expect, test } from 'vitest';
import { parseDay } from './dated-fact.ts';
import { formatFreshnessReport, freshnessReport } from './freshness.ts';

const article = (lastVerified: string, body = '') =>
	`---\ntitle: An article\nlastVerified: ${lastVerified}\n---\n\n${body}\n`;
const today = parseDay('2026-12-01');

describe('freshnessReport', () => {
	test('lists articles last verified more than 90 days ago, and no others', () => {
		const report = freshnessReport(
			[
				{ file: 'content/old.mdx', text: article('2026-08-01') },
				{ file: 'content/edge.mdx', text: article('2026-09-02') },
				{ file: 'content/fresh.mdx', text: article('2026-11-26') },
			],
			today,
		);
		expect(report.stale).toEqual([
			{ file: 'content/old.mdx', lastVerified: '2026-08-01', days: 122 },
		]);
	});

	test('lists dated facts falling due in the next 30 days, but not past or distant ones', () => {
		const body = [
			'<DatedFact date="2026-11-30" upcoming="a" past="b" />',
			'<DatedFact date="2026-12-15" upcoming="a" past="b" />',
			'<DatedFact date="2027-03-01" upcoming="a" past="b" />',
		].join('\n');
		const report = freshnessReport(
			[{ file: 'content/dated.mdx', text: article('2026-11-26', body) }],
			today,
		);
		expect(report.dueSoon).toEqual([{ file: 'content/dated.mdx', date: '2026-12-15', days: 14 }]);
	});

	test('names a file whose dates it cannot read instead of failing', () => {
		const report = freshnessReport(
			[
				{
					file: 'content/bad.mdx',
					text: article('2026-11-26', '<DatedFact date="soon" upcoming="a" past="b" />'),
				},
			],
			today,
		);
		expect(report.unreadable).toEqual(['content/bad.mdx']);
	});
});

describe('formatFreshnessReport', () => {
	test('says so when nothing needs rechecking', () => {
		expect(formatFreshnessReport({ stale: [], dueSoon: [], unreadable: [] })).toContain(
			'All articles were verified in the last 90 days',
		);
	});

	test('prints one warning line per stale article and per dated fact falling due', () => {
		const text = formatFreshnessReport({
			stale: [{ file: 'content/old.mdx', lastVerified: '2026-08-01', days: 122 }],
			dueSoon: [{ file: 'content/dated.mdx', date: '2026-12-02', days: 1 }],
			unreadable: [],
		});
		expect(text).toContain('content/old.mdx: lastVerified 2026-08-01 is 122 days old.');
		expect(text).toContain('content/dated.mdx: a <DatedFact> falls due on 2026-12-02 (in 1 day).');
	});
});
