// Wording and safety shared by the dashboards: meeting-pack statements, CSAT scores on their
// own scale, DORA bands, CSV formula neutralisation and drill-down links.
import { describe, expect, it } from 'vitest';
import { baseParams, drillHref, withFilters } from '../../src/lib/components/drill';
import { csvCell, slug, toCsv } from '../../src/lib/components/csv';
import { csatScore, doraBand, normaliseScore, statement } from '../../src/lib/format';
import { kpis } from '../../src/lib/components/kpis';
import type { PeriodMetrics } from '../../src/lib/server/metrics';

const sp = '\u00a0';

describe('statement', () => {
	it('says which way a number moved, in the units people use', () => {
		expect(statement('FCR', 0.74, 0.68, 'percent')).toBe(`FCR rose from 68${sp}% to 74${sp}%`);
		expect(statement('Tickets', 96, 120, 'count')).toBe('Tickets fell from 120 to 96');
		expect(statement('Median resolution time', 4.4, 5.2, 'hours')).toBe(`Median resolution time fell from 5.2${sp}h to 4.4${sp}h`);
	});

	it('holds when the rounded numbers are equal, and never invents a comparison', () => {
		expect(statement('SLA', 0.912, 0.909, 'percent')).toBe(`SLA held at 91${sp}%`);
		expect(statement('CSAT', 0.8, null, 'percent')).toBe(`CSAT was 80${sp}% (nothing to compare with)`);
		expect(statement('CSAT', null, 0.8, 'percent')).toBe('CSAT: no data this period');
	});
});

describe('csatScore and doraBand', () => {
	it('turns a normalised score back into its own scale', () => {
		expect(csatScore(0, '1-5')).toBe('1 of 5');
		expect(csatScore(0.75, '1-5')).toBe('4 of 5');
		expect(csatScore(1, '1-10')).toBe('10 of 10');
		expect(csatScore(0.7, '0-10')).toBe('7 of 10');
		expect(csatScore(0, 'good/bad')).toBe('bad');
		expect(csatScore(null, '1-5')).toBe('—');
	});

	it('normalises a raw score as the metric library does, and back', () => {
		expect(normaliseScore(4, '1-5')).toBe(0.75);
		expect(normaliseScore(8, '1-10')).toBeCloseTo(7 / 9);
		expect(normaliseScore(6, '1-5')).toBeNull();
		for (const s of [1, 2, 3, 4, 5]) expect(csatScore(normaliseScore(s, '1-5'), '1-5')).toBe(`${s} of 5`);
	});

	it('places a change failure rate in its DORA band', () => {
		expect([0.03, 0.05, 0.08, 0.12, 0.2, null].map(doraBand)).toEqual(['elite', 'elite', 'high', 'medium', 'low', null]);
	});
});

describe('CSV', () => {
	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('+1+cmd')).toBe("'+1+cmd");
		expect(csvCell('-2+3')).toBe("'-2+3");
		// A plain number written as text cannot run anything and stays readable as a number.
		expect(csvCell('-2')).toBe('-2');
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		// Numbers stay numbers, even negative ones.
		expect(csvCell(-2.5)).toBe('-2.5');
		expect(csvCell(null)).toBe('');
	});

	it('quotes separators, quotes and newlines', () => {
		expect(toCsv(['a', 'b'], [['x, y', 'say "hi"\nbye']])).toBe('a,b\r\n"x, y","say ""hi""\nbye"\r\n');
		expect(slug('Maple & Stone Accountants')).toBe('maple-stone-accountants');
	});
});

describe('drill-down links', () => {
	const page = new URLSearchParams('from=2026-08-01&to=2026-11-01&team=Network&sort=client&page=3');

	it('carry the shared filters and the target, never the page’s own state', () => {
		expect(baseParams(page).toString()).toBe('from=2026-08-01&to=2026-11-01&team=Network');
		expect(drillHref(page, { metric: 'fcr', part: 'denominator', by: 'agent', key: 'Ann' })).toBe(
			'/tickets?from=2026-08-01&to=2026-11-01&team=Network&metric=fcr&part=denominator&by=agent&key=Ann'
		);
		expect(drillHref(page, { metric: 'volume', grain: 'week', bucket: '2026-08-03', set: { client: 'A&B' } })).toBe(
			'/tickets?from=2026-08-01&to=2026-11-01&team=Network&client=A%26B&metric=volume&grain=week&bucket=2026-08-03'
		);
		// The "no value" row of a breakdown is an empty key.
		expect(drillHref(page, { metric: 'csat', by: 'channel', key: null })).toMatch(/by=channel&key=$/);
	});

	it('scope another view, or drop a filter', () => {
		expect(withFilters('/team', page, { agent: 'Ann', team: '' })).toBe('/team?from=2026-08-01&to=2026-11-01&agent=Ann');
	});
});

describe('KPI tile drill-downs', () => {
	const period: PeriodMetrics = {
		period: { from: '2026-08-01', to: '2026-11-01' },
		tickets: 560,
		fcr: { rate: 0.7, numerator: 392, denominator: 560, excluded: 0 },
		repeat_contacts: { rate: 0.1, numerator: 50, denominator: 500, window_days: 7 },
		repeat_callers: { count: 8, threshold: 3 },
		change_caused: { rate: 0.05, numerator: 28, denominator: 560, linked: 0, suspected: 0 },
		csat: { rate: 0.8, satisfied: 80, responses: 100, mean: 4.2 },
		sla: { rate: 0.9, numerator: 450, denominator: 500 },
		resolution_hours: { median: 2.5, p90: 70 }
	};
	const tiles = kpis({ ...period, previous: period });
	const tile = (key: string) => tiles.find((t) => t.key === key)!;

	it('sends a rate to everything it is over, and its numerator to the counted tickets', () => {
		expect(tile('fcr').drill).toEqual({ metric: 'fcr', part: 'denominator' });
		expect(tile('fcr').numeratorDrill).toEqual({ metric: 'fcr' });
		expect(tile('fcr').reference).toMatch(/70–74/);
	});

	it('sends counts and durations to their own tickets', () => {
		expect(tile('tickets').drill).toEqual({ metric: 'volume', part: undefined });
		expect(tile('resolution').drill).toEqual({ metric: 'resolution_time', part: 'denominator' });
		expect(tile('tickets').numeratorDrill).toBeUndefined();
	});
});
