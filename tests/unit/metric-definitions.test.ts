// Every metric of the library against the hand-made February 2026 fixture
// (tests/fixtures/metric-*.csv): each expected value is worked out by hand, reason beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { metricReport } from '../../src/lib/server/metric/report';
import { feb, metricDb } from './metric-fixture';
import { localAccess } from '../../src/lib/server/access/scope';

let db: Db;
beforeAll(async () => {
	db = await metricDb();
});

// In February: M02-M10, M12, M13 (file a), B01, B02 (b), C01 (c) = 14 tickets. M13 opens at
// 23:59:59 on the last day; M14 at 00:00 on 1 March is out. Resolved: all but M10 (open) and
// M12 (cancelled) = 12.

describe('FCR', () => {
	it('uses the explicit flag where a ticket has one, else the criteria its export carries', async () => {
		const r = await metricReport(db, localAccess, 'fcr', feb);
		// FCR: M02, M09, M13 (0/0/1), M05 (flag Y beats 3 reassignments), B01 (its file carries only
		// reassignment_count, 0). Not: M03 reopened, M04 reassigned, M06 flag N, M08 two contacts, B02 reassigned.
		expect(r).toMatchObject({ numerator: 5, denominator: 10, value: 0.5, n: 10, small_sample: true });
		// M07's file carries reassignment_count but its cell is empty; C01's file carries no criterion.
		expect(r.excluded).toBe(2);
		expect(r.definition.excluded_by_reason).toEqual([
			{ reason: 'a criterion the export carries is empty for this ticket', count: 1 },
			{ reason: 'no first-contact flag and no FCR criterion in its export', count: 1 }
		]);
		// Flag decided M05 and M06; the criteria the other eight.
		expect(r.definition.basis).toEqual([{ basis: 'criteria', count: 8 }, { basis: 'flag', count: 2 }]);
		expect(r.definition.excluded).toMatch(/^2 tickets excluded: /);
		expect(r.reference?.map((b) => b.value)).toEqual([0.7, 0.74, 0.8]);
	});

	it('net FCR is plain FCR while no category is excluded', async () => {
		const r = await metricReport(db, localAccess, 'net_fcr', feb);
		expect(r).toMatchObject({ numerator: 5, denominator: 10, excluded: 2 });
	});
});

describe('repeat contacts and callers', () => {
	it('counts a repeat at exactly 7 days and one whose earlier ticket lies before the period', async () => {
		const r = await metricReport(db, localAccess, 'repeat_contacts', feb);
		// Known caller: all 14 but C01 = 13. Repeats: M02 (M01 on 28 Jan, 6 days before), M03 (exactly
		// 7 days after M02), M06 and M07 (a day after Q's previous), B02 (a day after B01). M04 is
		// 7 days and 1 s after M03; M13 8.6 days after M12.
		expect(r).toMatchObject({ numerator: 5, denominator: 13, excluded: 0 });
		expect(r.extra).toEqual({ window_days: 7 });
	});

	it('counts same-issue repeats only with the same category', async () => {
		const r = await metricReport(db, localAccess, 'same_issue_repeats', feb);
		// M02 (Email after Email M01), M06, M07 (Hardware), B02 (Network); M03 is Printing after Email.
		expect(r).toMatchObject({ numerator: 4, denominator: 13 });
	});

	it('lists repeat callers with their ticket counts, clients and categories', async () => {
		const r = await metricReport(db, localAccess, 'repeat_callers', feb);
		// P (M02 M03 M04) and Q (M05 M06 M07) have 3 tickets in February; V and W have 2.
		expect(r).toMatchObject({ numerator: 6, denominator: 13 });
		expect(r.extra).toMatchObject({ threshold: 3, count: 2 });
		const callers = (r.extra as { callers: { caller_id: string }[] }).callers;
		expect(callers).toEqual([
			{
				caller_id: 'P', tickets: 3, clients: ['Acme'], first_at: '2026-02-03T10:00:00+00:00', last_at: '2026-02-17T10:00:01+00:00',
				categories: [{ category: 'Printing', tickets: 2 }, { category: 'Email', tickets: 1 }]
			},
			{
				caller_id: 'Q', tickets: 3, clients: ['Globex'], first_at: '2026-02-05T09:00:00+00:00', last_at: '2026-02-07T09:00:00+00:00',
				categories: [{ category: 'Hardware', tickets: 3 }]
			}
		]);
	});
});

describe('change-caused incidents', () => {
	it('separates caused, linked and suspected', async () => {
		const r = await metricReport(db, localAccess, 'change_caused', feb);
		// M08 names CHG1 as its cause; M09 only relates to CHG1; M10 (Mail, Globex) opened 5 h after
		// CHG1 ended and M03 (Print) 1 h after CHG2 (no client) ended, with no link: suspected.
		expect(r).toMatchObject({ numerator: 1, denominator: 14 });
		expect(r.extra).toEqual({ linked: 1, suspected: 2 });
		const linked = await metricReport(db, localAccess, 'change_linked', feb);
		expect(linked).toMatchObject({ numerator: 1, denominator: 14 });
		const suspected = await metricReport(db, localAccess, 'change_suspected', feb);
		expect(suspected).toMatchObject({ numerator: 2, denominator: 14 });
	});

	it('gives the change failure rate with the top changes and DORA bands', async () => {
		const r = await metricReport(db, localAccess, 'change_failure_rate', feb);
		// Ended in February: CHG1, CHG2, CHG3 (CHG4 January, CHG5 March). Only CHG1 caused incidents:
		// M08 and M14 (1 March: incidents of any date count).
		expect(r).toMatchObject({ numerator: 1, denominator: 3, items: 'changes' });
		expect(r.extra).toEqual({
			top_changes: [
				{
					change_id: 'CHG1', service: 'Mail', client: 'Globex', outcome: 'failed', summary: 'Mail server patch',
					ended_at: '2026-02-12T06:00:00+00:00', incidents_caused: 2
				}
			]
		});
		expect(r.reference?.find((b) => b.label === 'DORA elite')?.value).toBe(0.05);
	});
});

describe('CSAT', () => {
	it('normalises 1-5, 1-10, 0-10 and good/bad scores; 0.75 and up is satisfied', async () => {
		const r = await metricReport(db, localAccess, 'csat', feb);
		// Satisfied: M02 5/5, M03 4/5 (exactly 0.75), M05 8/10 (7/9), M07 good, B01 8 on 0-10 (0.8).
		// Not: M04 2/5, M06 7/10 (6/9), M08 bad. (An 11 on 0-10 never gets this far: the import rejects it.)
		expect(r).toMatchObject({ numerator: 5, denominator: 8, excluded: 0 });
		expect(r.definition.basis).toEqual([
			{ basis: '1-5', count: 3 }, { basis: '1-10', count: 2 }, { basis: 'good/bad', count: 2 }, { basis: '0-10', count: 1 }
		]);
		const extra = r.extra as Record<string, unknown>;
		// Mixed scales: 1 + 4 x mean normalised (1 + .75 + .25 + 7/9 + 6/9 + 1 + 0 + .8) / 8.
		expect(extra.mean).toBeCloseTo(1 + (4 * (1 + 0.75 + 0.25 + 7 / 9 + 6 / 9 + 1 + 0 + 0.8)) / 8, 9);
		// 8 responses of 12 resolved tickets.
		expect(extra.response_rate).toMatchObject({ numerator: 8, denominator: 12 });
		expect(extra.distribution).toContainEqual({ scale: 'good/bad', score: 1, responses: 1 });
	});

	it('splits CSAT by FCR and non-FCR tickets', async () => {
		const { extra } = await metricReport(db, localAccess, 'csat', feb);
		const byFcr = (extra as { by_fcr: { key: string; numerator: number; denominator: number }[] }).by_fcr;
		// FCR: M02, M05, B01 all satisfied. Not FCR: M03 satisfied; M04, M06, M08 not. M07 undetermined.
		expect(byFcr.map((r) => [r.key, r.numerator, r.denominator])).toEqual([
			['not FCR', 1, 4], ['FCR', 3, 3], ['FCR undetermined', 1, 1]
		]);
	});
});

describe('SLA', () => {
	it('takes the flag, then the due date, then the priority target', async () => {
		const r = await metricReport(db, localAccess, 'sla', feb);
		// Met by target: M02 2 h, M03 24 h exactly (P3 24 h), M04, M05 (P2 8 h), M08 (P1 4 h), M13,
		// B01, B02; by flag: M07 (Y). Breached: M06 (resolved 21:00, due 20:00), M09 (flag N, though 1 h).
		expect(r).toMatchObject({ numerator: 9, denominator: 11, excluded: 3 });
		expect(r.definition.basis).toEqual([
			{ basis: 'target', count: 8 }, { basis: 'flag', count: 2 }, { basis: 'due date', count: 1 }
		]);
		// M10 open with a due date in 2099; M12 cancelled; C01 is P5, which has no target.
		expect(r.definition.excluded_by_reason.map((e) => e.reason).sort()).toEqual([
			'closed without a resolution time', 'no SLA flag, no due date and no target for its priority',
			'open, not yet past its due date or target'
		]);
	});

	it('breaks SLA down by priority', async () => {
		const r = await metricReport(db, localAccess, 'sla', feb, { by: 'priority' });
		// P3: M02 M03 M04 M13 B01 B02 met; P1: M08 met, M09 breached; P2: M05 met, M06 breached; P4: M07 met.
		expect(r.rows?.map((x) => [x.key, x.numerator, x.denominator])).toEqual([
			['P3', 6, 6], ['P1', 1, 2], ['P2', 1, 2], ['P4', 1, 1], ['P5', 0, 0]
		]);
	});

	it('counts an open ticket as breached once its target has passed', async () => {
		// M19 (P4, 72 h) has been open since January 2020, no due date.
		const r = await metricReport(db, localAccess, 'sla', { from: '2020-01-01', to: '2020-02-01' });
		expect(r).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
	});
});

describe('reopen, reassignment, times, volume and backlog', () => {
	it('gives reopen and reassignment rates over resolved tickets with a known count', async () => {
		const reopen = await metricReport(db, localAccess, 'reopen_rate', feb);
		// Known reopen counts: file a's nine resolved tickets; only M03 reopened. B01, B02, C01: no column.
		expect(reopen).toMatchObject({ numerator: 1, denominator: 9, excluded: 3 });
		const reassign = await metricReport(db, localAccess, 'reassignment_rate', feb);
		// Reassigned: M04 (2), M05 (3), B02 (1) of 10 known; M07's cell is empty, C01's file has no column.
		expect(reassign).toMatchObject({ numerator: 3, denominator: 10, excluded: 2 });
		expect(reassign.definition.excluded_by_reason).toEqual([
			{ reason: 'its export has no reassignment count', count: 1 },
			{ reason: 'the reassignment count is empty for this ticket', count: 1 }
		]);
	});

	it('gives median and p90 resolution and first-response hours', async () => {
		const res = await metricReport(db, localAccess, 'resolution_time', feb);
		// Hours: .5 .5 1 1 1 1 2 2 2 4 12 24 -> median (1 + 2) / 2; p90 at rank 9.9: 4 + .9 x 8.
		expect(res).toMatchObject({ value: 1.5, numerator: null, denominator: 12, n: 12 });
		expect(res.p90).toBeCloseTo(11.2, 9);
		const first = await metricReport(db, localAccess, 'first_response_time', feb);
		// M05 5 min, M02 30 min, M03 1 h -> median .5; p90 at rank 1.8: .5 + .8 x .5.
		expect(first.value).toBeCloseTo(0.5, 9);
		expect(first.p90).toBeCloseTo(0.9, 9);
		expect(first.n).toBe(3);
	});

	it('counts volume and the backlog open at the end of the period', async () => {
		const volume = await metricReport(db, localAccess, 'volume', feb);
		// The previous period, 4 Jan - 1 Feb: M01, M15 (23:59:59 on 31 Jan), M16, M17.
		expect(volume).toMatchObject({ value: 14, numerator: 14, previous: { value: 4 }, delta: 10 });
		const backlog = await metricReport(db, localAccess, 'backlog', feb, { grain: 'week' });
		// Open at 1 March 00:00: M10, M16 (January), M19 (2020) and M13 (resolved 29 s into March).
		expect(backlog.value).toBe(4);
		// Weeks from Monday 26 Jan; at 2 and 9 Feb: M16, M17, M19; M17 resolves 10 Feb and M10 opens
		// 12 Feb; the last week ends at the period's end, so it equals the overall backlog.
		expect(backlog.trend?.map((t) => [t.bucket, t.value])).toEqual([
			['2026-01-26', 3], ['2026-02-02', 3], ['2026-02-09', 3], ['2026-02-16', 3], ['2026-02-23', 4]
		]);
	});
});

describe('filters, previous period and small samples', () => {
	it('answers null rates, not 0 or NaN, when a filter leaves no tickets', async () => {
		for (const metric of ['fcr', 'csat', 'sla', 'resolution_time', 'repeat_contacts'] as const) {
			const r = await metricReport(db, localAccess, metric, { ...feb, client: 'Nobody Ltd' }, { by: 'team', grain: 'week' });
			expect(r.value, metric).toBeNull();
			expect(r.delta, metric).toBeNull();
			expect(r.rows, metric).toEqual([]);
			expect(r.trend?.every((t) => t.value === null && t.n === 0), metric).toBe(true);
			expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
		}
		const volume = await metricReport(db, localAccess, 'volume', { ...feb, client: 'Nobody Ltd' });
		expect(volume.value).toBe(0);
		// A client filter keeps changes naming no client: CHG2 ended in February and caused nothing.
		const cfr = await metricReport(db, localAccess, 'change_failure_rate', { ...feb, client: 'Nobody Ltd' });
		expect(cfr).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
	});

	it('compares with the previous period of equal length', async () => {
		const r = await metricReport(db, localAccess, 'fcr', feb);
		// January 4 - February 1: M01, M15, M17 resolved, all FCR; M16 open.
		expect(r.previous_period).toEqual({ from: '2026-01-04', to: '2026-02-01' });
		expect(r.previous).toMatchObject({ value: 1, numerator: 3, denominator: 3, small_sample: true });
		expect(r.delta).toBeCloseTo(0.5 - 1, 12);
	});

	it('gives each breakdown row its previous period and delta', async () => {
		const r = await metricReport(db, localAccess, 'volume', feb, { by: 'client' });
		// Acme: M02 M03 M04 M12 M13 B01 B02 (7; before: M01 M15); Globex: M05-M10 C01 (7; before: M16 M17).
		expect(r.rows?.map((x) => [x.key, x.value, x.previous?.value, x.delta])).toEqual([
			['Acme', 7, 2, 5], ['Globex', 7, 2, 5]
		]);
	});
});
