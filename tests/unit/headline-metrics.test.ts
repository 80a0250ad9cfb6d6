// Headline metrics against a hand-computed fixture: every expected value below is
// worked out from tests/fixtures/headline-*.csv with the reason beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { headlineMetrics } from '../../src/lib/server/metrics';
import type { Db } from '../../src/lib/server/db';
import { fixture, memoryDb } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

let db: Db;
beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('headline-tickets.csv'));
	await importFile(db, fixture('headline-changes.csv'));
});

const january = { from: '2026-01-01', to: '2026-02-01' };

describe('headline metrics for January 2026', () => {
	it('counts tickets by created_at in the half-open period', async () => {
		const m = await headlineMetrics(db, localAccess, january);
		// T2-T10 and T12; T1 is December, T11 opens exactly at the exclusive end.
		expect(m.tickets).toBe(10);
		expect(m.period).toEqual(january);
	});

	it('computes FCR with the explicit flag, derived criteria and exclusions', async () => {
		const { fcr } = await headlineMetrics(db, localAccess, january);
		// Resolved: T2 T3 T4 T6 T7 T8 T9 T10 (T5 cancelled, T12 open). FCR: T2, T6 (flag wins
		// over 2 reassignments), T9, T10. Not: T3 reassigned, T4 reopened, T8 two contacts.
		// T7 has no reassignment_count although the export carries the column: excluded.
		expect(fcr).toEqual({ rate: 4 / 7, numerator: 4, denominator: 7, excluded: 1 });
	});

	it('finds repeat contacts with a look-back before the period and an inclusive 7-day edge', async () => {
		const { repeat_contacts, repeat_callers } = await headlineMetrics(db, localAccess, january);
		// Known callers: 9 tickets (T9 has none). Repeats: T2 (T1 on 28 Dec), T4 (exactly 7 days
		// after T2), T5 (5 days after T3), T7 (3 days after T6); T10 is 22 days after T4.
		expect(repeat_contacts).toEqual({ rate: 4 / 9, numerator: 4, denominator: 9, window_days: 7 });
		// Caller A has T2, T4 and T10 in January; B and C have two each.
		expect(repeat_callers).toEqual({ count: 1, threshold: 3 });
	});

	it('separates caused, linked and suspected change incidents', async () => {
		const { change_caused } = await headlineMetrics(db, localAccess, january);
		// T6 names CHG1 as cause; T7 only relates to CHG2; T8 (Email) opened 21 h after CHG3
		// ended on Email with no link. T6 is caused already, so not also suspected.
		expect(change_caused).toEqual({ rate: 1 / 10, numerator: 1, denominator: 10, linked: 1, suspected: 1 });
	});

	it('normalises CSAT across scales', async () => {
		const { csat } = await headlineMetrics(db, localAccess, january);
		// T2 5/5, T6 9/10 (8/9 >= 0.75), T9 4/5 (exactly 0.75) satisfied; T3 2/5 and T8 3/5 not.
		expect(csat).toMatchObject({ rate: 3 / 5, satisfied: 3, responses: 5 });
		// Two scales, so the mean is on 1-5: normalised 1, .25, 8/9, .5, .75 average 0.6778 -> 3.711.
		expect(csat.mean).toBeCloseTo(1 + 4 * ((1 + 0.25 + 8 / 9 + 0.5 + 0.75) / 5), 9);
	});

	it('gives the raw mean when all responses share one scale', async () => {
		const { csat } = await headlineMetrics(db, localAccess, { ...january, client: 'Globex', channel: 'phone' });
		// Globex by phone: only T8, 3 on 1-5.
		expect(csat).toEqual({ rate: 0, satisfied: 0, responses: 1, mean: 3 });
	});

	it('takes SLA from the flag, then the due date, then the priority target', async () => {
		const { sla } = await headlineMetrics(db, localAccess, january);
		// Met: T2 (2 h of P3 24 h), T3 (resolved exactly at due), T4 (1 h of P1 4 h), T7 (flag Y),
		// T8 (48 h of P4 72 h), T9 (exactly 4 h of P1), T10. Breached: T6 (12 h of P2 8 h),
		// T12 (open, due passed). T5 unknown (cancelled, no due date).
		expect(sla).toEqual({ rate: 7 / 9, numerator: 7, denominator: 9 });
	});

	it('gives median and p90 resolution hours', async () => {
		const { resolution_hours } = await headlineMetrics(db, localAccess, january);
		// Hours: 0.5 1 2 2 4 12 24 48 -> median (2+4)/2; p90 at rank 6.3: 24 + 0.3 * 24.
		expect(resolution_hours.median).toBeCloseTo(3, 9);
		expect(resolution_hours.p90).toBeCloseTo(31.2, 9);
	});

	it('reports the previous period of equal length', async () => {
		const { previous } = await headlineMetrics(db, localAccess, january);
		// 31 days before 1 Jan: 1 Dec - 1 Jan, which holds only T1 (FCR, met 24 h target in 2 h).
		expect(previous.period).toEqual({ from: '2025-12-01', to: '2026-01-01' });
		expect(previous.tickets).toBe(1);
		expect(previous.fcr).toEqual({ rate: 1, numerator: 1, denominator: 1, excluded: 0 });
		expect(previous.csat).toEqual({ rate: null, satisfied: 0, responses: 0, mean: null });
		expect(previous.resolution_hours).toEqual({ median: 2, p90: 2 });
	});

	it('answers null rates, not zeros, when a filter leaves no tickets', async () => {
		const m = await headlineMetrics(db, localAccess, { ...january, client: 'Nobody Ltd' });
		expect(m.tickets).toBe(0);
		expect(m.fcr.rate).toBeNull();
		expect(m.repeat_contacts.rate).toBeNull();
		expect(m.change_caused.rate).toBeNull();
		expect(m.csat.rate).toBeNull();
		expect(m.sla.rate).toBeNull();
		expect(m.resolution_hours).toEqual({ median: null, p90: null });
	});

	it('applies dimension filters through the shared scope', async () => {
		const m = await headlineMetrics(db, localAccess, { ...january, client: 'Globex' });
		// Globex in January: T6 T7 T8 T9. FCR: T6 and T9 of T6 T8 T9 (T7 excluded).
		expect(m.tickets).toBe(4);
		expect(m.fcr).toEqual({ rate: 2 / 3, numerator: 2, denominator: 3, excluded: 1 });
	});
});
