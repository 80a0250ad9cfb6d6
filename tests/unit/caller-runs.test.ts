// The headline's repeat callers from the caller runs stored with each ticket: the same counts as
// counted per caller, for every period and threshold, worked out again when the threshold moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, withConnection, type Db } from '../../src/lib/server/db';
import { headlineMetrics, scopeParams } from '../../src/lib/server/metrics';
import { callerRunsAnswer, repeatCallerCountsSql } from '../../src/lib/server/caller-runs';
import { saveSettings } from '../../src/lib/server/metric/settings-form';
import { readSettings, type Settings } from '../../src/lib/server/settings';
import { localAccess, type Access } from '../../src/lib/server/access/scope';
import type { Filters } from '../../src/lib/filters';
import { partsSql } from '../../src/lib/server/metric/parts-sql';
import { partsParams, trend } from '../../src/lib/server/metric/report';
import { frequentCallers } from '../../src/lib/server/insights/callers';
import { repeatCallerList } from '../../src/lib/server/metric/repeat-callers';
import { repeatView } from '../../src/lib/server/views/repeat';
import { sampleDb } from '../helpers/db';

// Periods of the bundled sample (and one before any ticket): [previous from, split, to).
const periods = [
	['2026-08-03', '2026-09-01', '2026-11-01'],
	['2025-11-01', '2026-05-01', '2026-11-01'],
	['2026-10-25', '2026-10-28', '2026-10-31'],
	['2020-01-01', '2020-06-01', '2026-11-01']
];

/** Both macros' counts per period, side by side (a period with no caller's ticket: 0 either way). */
async function bothCounts(db: Db) {
	return withConnection(db, async (conn) => {
		const of = async (macro: string, [from, split, to]: string[]) => {
			const rows = await conn.allSql<{ is_current: boolean; repeat_callers: number }>(
				`SELECT is_current, repeat_callers FROM ${macro}($from, $split, $to, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`, { from, split, to });
			return [false, true].map((current) => rows.find((r) => r.is_current === current)?.repeat_callers ?? 0);
		};
		return Promise.all(periods.map(async (p) => ({ period: p.join(' '), stored: await of('repeat_callers_stored', p), counted: await of('repeat_callers_counted', p) })));
	});
}

/** The summary, weekly trend and team breakdown of repeat callers' parts, from the runs and from the window. */
async function bothParts(db: Db, filters: Filters) {
	return withConnection(db, async (conn) => {
		const of = async (callerRuns: boolean) => {
			const params = partsParams('repeat_callers', filters, localAccess);
			const sql = (name: string) => partsSql(name, 'repeat_callers', { callerRuns });
			return {
				summary: await conn.allSql(sql('metrics/parts_summary'), params),
				trend: await conn.allSql(sql('metrics/parts_trend'), { ...params, grain: 'week' }),
				byTeam: (await conn.allSql(sql('metrics/parts_breakdown_paired'), { ...params, previous_from: filters.from, by: 'team' })).map((r) => JSON.stringify(r)).sort()
			};
		};
		return { runs: await of(true), window: await of(false) };
	});
}

const chosen = (db: Db, filters: Filters, access: Access = localAccess) =>
	withConnection(db, async (conn) => ((await repeatCallerCountsSql(conn, '{{repeat_caller_counts}}(', filters, access.clients)).startsWith('repeat_callers_stored') ? 'stored' : 'counted'));

describe('repeat callers from the stored caller runs', () => {
	let db: Db;
	const year = { from: '2025-11-01', to: '2026-11-01' };
	const values = (s: Settings, change: Partial<Settings>) =>
		Object.fromEntries(Object.entries({ ...s, ...change }).map(([k, v]) => [k, JSON.stringify(v)])) as Record<keyof Settings, string>;
	beforeAll(async () => {
		db = await sampleDb();
	});
	afterAll(() => closeDb(db));

	it('equal the per-caller count for every period, at thresholds 3, 2 and 5', async () => {
		for (const threshold of [3, 2, 5]) {
			const settings = await withConnection(db, readSettings);
			if (settings.repeat_caller_threshold !== threshold) expect(await saveSettings(db, values(settings, { repeat_caller_threshold: threshold }))).toEqual({});
			const counts = await bothCounts(db);
			for (const c of counts) expect(c.stored, `threshold ${threshold}, ${c.period}`).toEqual(c.counted);
			// Not a comparison of two empty answers: the sample has repeat callers in its year.
			expect(counts[1].counted[1], `threshold ${threshold}`).toBeGreaterThan(0);
			for (const f of [year, { from: '2026-08-03', to: '2026-11-01' }]) {
				const parts = await bothParts(db, f);
				expect(parts.runs, `threshold ${threshold}, ${f.from}`).toEqual(parts.window);
				expect(Number((parts.window.summary[0] as { numerator: number }).numerator)).toBeGreaterThan(0);
			}
			// The trend (metric/report.ts trend(): without a join at 2 and 3, the runs' join at 5)
			// against the window's, by day, week and month, for a year, 90 days and a few days.
			const shortRange = { from: '2026-10-25', to: '2026-10-31' };
			for (const f of [year, { from: '2026-08-03', to: '2026-11-01' }, shortRange]) {
				for (const grain of ['day', 'week', 'month'] as const) {
					const [fromRuns, fromWindow] = await withConnection(db, async (conn) => [
						await trend(conn, localAccess, 'repeat_callers', f, grain),
						await conn.allSql(partsSql('metrics/parts_trend', 'repeat_callers'), { ...partsParams('repeat_callers', f, localAccess), grain })
					]);
					expect(fromRuns, `threshold ${threshold}, ${f.from}, ${grain}`).toEqual(fromWindow);
					// Not two empty trends (a caller with 5 tickets in those few days there is not).
					if (threshold < 5 || f !== shortRange) expect(fromRuns.some((p) => p.numerator > 0 && p.numerator < p.denominator), `threshold ${threshold}, ${f.from}, ${grain}`).toBe(true);
				}
			}
			// The leading repeat callers (at least the rank-th's tickets, ties included), most tickets
			// first, ties in caller order, from the runs and counted per caller, for a year, 90 days
			// and a few days; then the frequent callers' hundred from them, against counted.
			for (const f of [year, { from: '2026-08-03', to: '2026-11-01' }, shortRange]) {
				const counted = await withConnection(db, (conn) =>
					conn.all<{ tickets: number }>('metrics/repeat_top_callers', { ...partsParams('repeat_callers', f, localAccess), limit: 100_000 })
				);
				if (f !== shortRange) expect(counted.length, `threshold ${threshold}, ${f.from}`).toBeGreaterThan(100);
				for (const rank of [100, 7]) {
					const leading = await withConnection(db, (conn) =>
						conn.all<{ caller_id: string }>('metrics/repeat_caller_leaders_runs', { from: f.from, to: f.to, threshold, rank })
					);
					const least = counted[Math.min(rank, counted.length) - 1]?.tickets;
					expect(leading, `threshold ${threshold}, ${f.from}, rank ${rank}`).toEqual(counted.filter((c) => c.tickets >= least));
					if (rank === 100 && f !== shortRange) expect(leading.length).toBeGreaterThanOrEqual(100);
					if (rank === 7 && f === year) expect(leading.length, 'ties at the seventh count').toBeGreaterThan(7);
				}
				// Every client listed: the same tickets, counted per caller (callerRunsAnswer says no).
				const everyClient: Access = { ...localAccess, clients: await withConnection(db, async (conn) => (await conn.allSql<{ c: string }>('SELECT DISTINCT client AS c FROM tickets')).map((r) => r.c)) };
				const [frequentRuns, frequentCounted] = await withConnection(db, async (conn) => [
					await frequentCallers(conn, localAccess, f, threshold),
					await frequentCallers(conn, everyClient, f, threshold)
				]);
				expect(frequentRuns, `frequent, threshold ${threshold}, ${f.from}`).toEqual(frequentCounted);
				expect(await withConnection(db, (conn) => callerRunsAnswer(conn, f, everyClient.clients))).toBe(false);
				if (f === year) expect(frequentCounted.some((c) => c.categories.length > 1), 'callers with several categories').toBe(true);
				if (f === year) expect(frequentCounted.length, `frequent, threshold ${threshold}`).toBe(100);
			}
			expect(await chosen(db, year)).toBe('stored');
			// The headline's period is the second period's current half.
			const headline = await headlineMetrics(db, localAccess, { from: '2026-05-01', to: '2026-11-01' });
			expect(headline.repeat_callers).toEqual({ count: counts[1].counted[1], threshold });
		}
	});

	it("give the Repeat callers view its top callers, with details taken from their tickets as the SQL lists them", async () => {
		for (const q of ['from=2025-11-01&to=2026-11-01', 'from=2026-08-03&to=2026-11-01', 'from=2025-11-01&to=2026-11-01&team=Service+Desk+L1']) {
			const view = await repeatView(db, localAccess, new URLSearchParams(q));
			const listed = await withConnection(db, (conn) => repeatCallerList(conn, localAccess, view.filters, 15));
			expect(view.callers.map(({ list: _, ...c }) => c), q).toEqual(listed.callers);
			expect(view.callersTotal, q).toBe(listed.total);
			expect(view.callers.length, q).toBe(15);
			// Not only callers of one client and one category.
			expect(view.callers.some((c) => (c.clients?.length ?? 0) > 1 || (c.categories?.length ?? 0) > 1), q).toBe(true);
			for (const c of view.callers) expect(c.list.length, `${q} ${c.caller_id}`).toBe(c.tickets);
		}
	});

	it('are read only with no filter, every client visible and the runs worked out for the threshold set now', async () => {
		expect(await chosen(db, year)).toBe('stored');
		expect(await chosen(db, { ...year, team: 'Service Desk L1' })).toBe('counted');
		expect(await chosen(db, { ...year, category: 'Email' })).toBe('counted');
		expect(await chosen(db, year, { ...localAccess, clients: ['Acme'] })).toBe('counted');
		// A threshold written behind the runs' back: they are not read until worked out again.
		await withConnection(db, (conn) => conn.runSql("UPDATE settings SET value = '4' WHERE key = 'repeat_caller_threshold'"));
		expect(await chosen(db, year)).toBe('counted');
	});
});
