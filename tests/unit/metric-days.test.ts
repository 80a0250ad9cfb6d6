// The stored daily summaries (metric_days, driver_days, team_days, csat_days) against the tickets themselves: the same
// counts for every filter they answer, rebuilt by imports, undo and settings, never read out of date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { undoImport } from '../../src/lib/server/import-history';
import { headlineMetrics, scopeParams } from '../../src/lib/server/metrics';
import { allClientsSummaryAnswers, allClientsSummarySql, metricDaysSql, refreshMetricDays } from '../../src/lib/server/metric-days';
import { sqlText } from '../../src/lib/server/sql';
import { driverMetrics, manyMetricDrivers } from '../../src/lib/server/insights/drivers';
import { saveSettings } from '../../src/lib/server/metric/settings-form';
import { teamRows, teamTrends } from '../../src/lib/server/views/team';
import { metricReport, pairedSummary, storedTrendMetrics, trend, type Grain } from '../../src/lib/server/metric/report';
import { drilldownCount } from '../../src/lib/server/metric/drilldown';
import { repeatView } from '../../src/lib/server/views/repeat';
import { satisfactionView } from '../../src/lib/server/views/satisfaction';
import { selfServiceCandidates } from '../../src/lib/server/insights/self-service';
import { metricNames } from '../../src/lib/server/metric/catalog';
import { readSettings, type Settings } from '../../src/lib/server/settings';
import { localAccess } from '../../src/lib/server/access/scope';
import type { Filters } from '../../src/lib/filters';
import { closeDb } from '../../src/lib/server/db';
import { fixture, memoryDb, sampleDb } from '../helpers/db';

const year = { from: '2025-11-01', to: '2026-11-01' };
const lit = (v: string | null | undefined) => (v == null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);

/** One macro's counts per day (summed over its clients and teams), every column; the score sums to 9 decimals (added in another order). */
async function perDay(db: Db, macro: 'stored_metric_days' | 'counted_metric_days', f: Filters, allowed: string[] | null = null) {
	const allowedSql = allowed ? `[${allowed.map(lit).join(', ')}]` : 'NULL';
	return withConnection(db, (conn) =>
		conn.allSql(
			`SELECT strftime(day, '%Y-%m-%d') AS day,
			        sum(COLUMNS(c -> c NOT IN ('day', 'client', 'team', 'csat_score_sum', 'csat_value_sum', 'csat_scale_low', 'csat_scale_high'))),
			        round(fsum(csat_score_sum), 9) AS csat_score_sum, round(fsum(csat_value_sum), 9) AS csat_value_sum,
			        min(csat_scale_low) AS csat_scale_low, max(csat_scale_high) AS csat_scale_high
			 FROM ${macro}(${lit(f.from)}, ${lit(f.to)}, ${lit(f.client)}, ${lit(f.team)}, NULL, NULL, NULL, NULL, ${allowedSql})
			 GROUP BY day ORDER BY day`
		)
	);
}

/** The macro a headline query would read its counts from, for these filters. */
const chosen = (db: Db, f: Filters) =>
	withConnection(db, async (conn) => ((await metricDaysSql(conn, 'metrics/headline', f)).includes('stored_metric_days(') ? 'stored' : 'counted'));

async function expectSummaryEqualsTickets(db: Db, filters: Filters[]) {
	for (const f of filters) {
		const stored = await perDay(db, 'stored_metric_days', f);
		expect(stored.length, JSON.stringify(f)).toBeGreaterThan(0);
		expect(stored, JSON.stringify(f)).toEqual(await perDay(db, 'counted_metric_days', f));
	}
}

/**
 * Every driver metric's drivers read from driver_days, then (with the summaries made out of date
 * by a setting written behind their back) counted from the tickets: the same, value by value.
 */
async function expectDriversEqualTickets(db: Db, f: Filters) {
	const drivers = () => withConnection(db, (conn) => manyMetricDrivers(conn, localAccess, driverMetrics, f));
	expect(await withConnection(db, (conn) => allClientsSummaryAnswers(conn, f, null))).toBe(true);
	const stored = await drivers();
	await withConnection(db, (conn) => conn.runSql("INSERT INTO settings VALUES ('unrelated_note', '\"x\"')"));
	try {
		expect(await withConnection(db, (conn) => allClientsSummaryAnswers(conn, f, null))).toBe(false);
		const counted = await drivers();
		// Every value's contribution is compared, not only the named drivers (a small fixture has none).
		expect(counted.some((d) => Object.values(d.by).some((c) => c.length > 0)), JSON.stringify(f)).toBe(true);
		expect(stored, JSON.stringify(f)).toEqual(counted);
	} finally {
		await withConnection(db, (conn) => conn.runSql("DELETE FROM settings WHERE key = 'unrelated_note'"));
	}
}

/** Written behind the summaries' back (not through the Settings page), a setting makes them out of date. */
async function withSummariesOutOfDate<T>(db: Db, fn: () => Promise<T>): Promise<T> {
	await withConnection(db, (conn) => conn.runSql("INSERT INTO settings VALUES ('unrelated_note', '\"x\"')"));
	try {
		return await fn();
	} finally {
		await withConnection(db, (conn) => conn.runSql("DELETE FROM settings WHERE key = 'unrelated_note'"));
	}
}

/**
 * The Team view's agents, teams and per-team trends (each rate and count, by day and by week)
 * read from team_days, then counted from the tickets: the same, row by row and point by point.
 */
async function expectTeamEqualsTickets(db: Db, f: Filters) {
	const answers = () => withConnection(db, (conn) => allClientsSummaryAnswers(conn, f, null, ['team', 'agent']));
	const teamNumbers = async (binsFromItems?: number) => {
		const rows = await teamRows(db, localAccess, f, binsFromItems);
		const shown = rows.team.slice(0, 5).map((t) => t.key);
		const trends = [];
		for (const metric of ['volume', 'fcr', 'csat', 'sla'] as const) {
			for (const grain of ['day', 'week'] as const) trends.push(await teamTrends(db, localAccess, f, metric, grain, shown));
		}
		return { rows, trends };
	};
	expect(await answers()).toBe(true);
	const stored = await teamNumbers();
	// The resolution time's medians and p90s from the stored bins (asked for any number of items), the same.
	expect(await teamNumbers(0), JSON.stringify(f)).toEqual(stored);
	const counted = await withSummariesOutOfDate(db, async () => {
		expect(await answers()).toBe(false);
		return teamNumbers();
	});
	expect(counted.rows.agent.length, JSON.stringify(f)).toBeGreaterThan(0);
	expect(counted.rows.team.some((t) => t.metrics.resolution_time?.current.value != null), JSON.stringify(f)).toBe(true);
	expect(counted.trends.flat().some((t) => t.points.some((p) => (p.numerator ?? 0) > 0)), JSON.stringify(f)).toBe(true);
	expect(stored, JSON.stringify(f)).toEqual(counted);
}

/**
 * Every metric's trend (by day, week and month unless told), and three reports that read the
 * summary beside their trend, with the summaries up to date, then out of date: the same, point by point.
 */
async function expectTrendsEqualTickets(db: Db, f: Filters, grains: readonly Grain[] = ['day', 'week', 'month']) {
	const trends = () =>
		withConnection(db, async (conn) => {
			const all = [];
			for (const metric of metricNames) for (const grain of grains) all.push(await trend(conn, localAccess, metric, f, grain));
			return all;
		});
	const stored = await trends();
	const counted = await withSummariesOutOfDate(db, trends);
	expect(counted.flat().filter((p) => p.numerator > 0).length, JSON.stringify(f)).toBeGreaterThan(100);
	expect(stored, JSON.stringify(f)).toEqual(counted);
	// The reports that read the summary beside their trend (the change-caused share's linked and
	// suspected counts), and those whose paired summary is summed from it (parts_summary_paired_stored.sql).
	const reports = () =>
		Promise.all((['change_caused', 'csat', 'volume', 'repeat_contacts', 'change_suspected', 'change_linked'] as const).map((m) => metricReport(db, localAccess, m, f, { grain: 'week' })));
	const storedReports = await reports();
	const countedReports = await withSummariesOutOfDate(db, reports);
	expect(storedReports, JSON.stringify(f)).toEqual(countedReports);
	return storedReports;
}

/** The Repeat callers view with the summaries up to date, then out of date: the same, number by number. */
async function expectRepeatViewEqualsTickets(db: Db, f: Filters) {
	const view = () => repeatView(db, localAccess, new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => e[1] != null)));
	const stored = await view();
	const counted = await withSummariesOutOfDate(db, view);
	expect(counted.current.numerator, JSON.stringify(f)).toBeGreaterThan(0);
	expect(counted.trend.filter((p) => p.numerator > 0).length, JSON.stringify(f)).toBeGreaterThan(1);
	expect(counted.sameIssueByCategory.length, JSON.stringify(f)).toBeGreaterThan(1);
	expect(stored, JSON.stringify(f)).toEqual(counted);
}

describe('the daily summary of the bundled sample', () => {
	let db: Db;
	let client: string;
	let team: string;
	beforeAll(async () => {
		db = await sampleDb();
		[{ client, team }] = await withConnection(db, (conn) =>
			conn.allSql<{ client: string; team: string }>('SELECT client, team FROM tickets GROUP BY ALL ORDER BY count(*) DESC LIMIT 1')
		);
	});
	afterAll(() => closeDb(db));

	it('holds the counts the tickets give, day by day, for no filter, a client, a team, both, and an account manager’s clients', async () => {
		await expectSummaryEqualsTickets(db, [year, { ...year, client }, { ...year, team }, { ...year, client, team }]);
		const allowed = [client, 'No such client'];
		expect(await perDay(db, 'stored_metric_days', year, allowed)).toEqual(await perDay(db, 'counted_metric_days', year, allowed));
		expect(await perDay(db, 'stored_metric_days', year, [])).toEqual([]);
	});

	it('is read for client and team filters only, and the headline is the same either way', async () => {
		expect(await chosen(db, { ...year, client, team })).toBe('stored');
		expect(await chosen(db, { ...year, agent: 'Elena P.' })).toBe('counted');
		const fromSummary = await headlineMetrics(db, localAccess, { ...year, client });
		// A setting written behind the summary's back (not through the Settings page) makes it
		// out of date: the figures are counted from the tickets until it is rebuilt.
		await withConnection(db, (conn) => conn.runSql("INSERT INTO settings VALUES ('unrelated_note', '\"x\"')"));
		expect(await chosen(db, { ...year, client })).toBe('counted');
		expect(await headlineMetrics(db, localAccess, { ...year, client })).toEqual(fromSummary);
		await withConnection(db, (conn) => conn.runSql("DELETE FROM settings WHERE key = 'unrelated_note'"));
		expect(await chosen(db, { ...year, client })).toBe('stored');
	});

	it('gives the drivers of an unfiltered view from driver_days, as the tickets give them; any filter or client list reads the tickets', async () => {
		await expectDriversEqualTickets(db, year);
		await expectDriversEqualTickets(db, { from: '2026-08-03', to: '2026-11-01' });
		const answers = (f: Filters, allowed: string[] | null) => withConnection(db, (conn) => allClientsSummaryAnswers(conn, f, allowed));
		expect(await answers({ ...year, client }, null)).toBe(false);
		expect(await answers({ ...year, category: 'Network' }, null)).toBe(false);
		expect(await answers(year, [client])).toBe(false);
	});

	it('gives the Team view’s agents and teams from team_days for no filter, a team or an agent, as the tickets give them; other filters read the tickets', async () => {
		await expectTeamEqualsTickets(db, year);
		await expectTeamEqualsTickets(db, { from: '2026-08-03', to: '2026-11-01' });
		// Periods with days outside whole months, and one within a month.
		await expectTeamEqualsTickets(db, { from: '2026-02-14', to: '2026-06-20' });
		await expectTeamEqualsTickets(db, { from: '2026-09-03', to: '2026-09-25', team });
		await expectTeamEqualsTickets(db, { ...year, team });
		const [{ agent }] = await withConnection(db, (conn) =>
			conn.allSql<{ agent: string }>('SELECT agent FROM tickets WHERE agent IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, agent LIMIT 1')
		);
		await expectTeamEqualsTickets(db, { ...year, agent });
		const answers = (f: Filters, allowed: string[] | null) =>
			withConnection(db, (conn) => allClientsSummaryAnswers(conn, f, allowed, ['team', 'agent']));
		expect(await answers({ ...year, client }, null)).toBe(false);
		expect(await answers({ ...year, channel: 'Phone' }, null)).toBe(false);
		expect(await answers({ ...year, team }, [client])).toBe(false);
	});

	it('gives every rate’s and count’s trend from metric_days for no filter, a client or a team, as the tickets give it', async () => {
		const [caused] = await expectTrendsEqualTickets(db, year);
		expect(caused.extra).toMatchObject({ linked: expect.any(Number), suspected: expect.any(Number) });
		expect((caused.extra as { linked: number; suspected: number }).suspected).toBeGreaterThan(0);
		expect((caused.extra as { linked: number; suspected: number }).linked).toBeGreaterThan(0);
		await expectTrendsEqualTickets(db, { from: '2026-08-03', to: '2026-11-01', client });
		await expectTrendsEqualTickets(db, { from: '2026-10-05', to: '2026-11-01', team });
	});

	it('gives the Repeat callers view’s rates for the settings’ window from metric_days, as the tickets give them', async () => {
		await expectRepeatViewEqualsTickets(db, year);
		await expectRepeatViewEqualsTickets(db, { from: '2026-08-03', to: '2026-11-01', client });
		await expectRepeatViewEqualsTickets(db, { from: '2026-10-05', to: '2026-11-01', team });
	});

	it('gives the Satisfaction view’s CSAT by team, channel and client from driver_days, and its scores, mean and FCR groups from csat_days, with no filter, as the tickets give them', async () => {
		const view = (f: Filters) => satisfactionView(db, localAccess, new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => e[1] != null)));
		for (const f of [year, { from: '2026-08-03', to: '2026-11-01' }]) {
			const stored = await view(f);
			const counted = await withSummariesOutOfDate(db, () => view(f));
			for (const rows of [counted.byTeam, counted.byChannel, counted.byClient]) expect(rows.length, JSON.stringify(f)).toBeGreaterThan(1);
			expect(stored, JSON.stringify(f)).toEqual(counted);
		}
		const answers = (f: Filters, allowed: string[] | null) => withConnection(db, (conn) => allClientsSummaryAnswers(conn, f, allowed));
		expect(await answers({ ...year, team }, null)).toBe(false);
		// The CSAT extras read csat_days exactly where the other all-client summaries answer.
		const extrasFrom = (f: Filters, allowed: string[] | null) =>
			withConnection(db, async (conn) => ((await allClientsSummarySql(conn, sqlText('metrics/csat_extras'), f, allowed)).includes('csat_combos_stored(') ? 'stored' : 'counted'));
		expect([await extrasFrom(year, null), await extrasFrom({ ...year, team }, null), await extrasFrom(year, [client])]).toEqual(['stored', 'counted', 'counted']);
	});

	it('gives the self-service candidates’ counts from category_days and their handling time from resolution_values, with no filter, as the tickets give them', async () => {
		const params = (f: Filters) => ({ ...scopeParams(f, localAccess), client: null, team: null, agent: null, channel: null, priority: null, category: null, allowed_clients: null });
		const sorted = <T extends { category: string; subcategory: string | null }>(rows: T[]) =>
			rows.sort((a, b) => a.category.localeCompare(b.category) || String(a.subcategory).localeCompare(String(b.subcategory)));
		for (const f of [year, { from: '2026-08-03', to: '2026-11-01' }, { from: '2026-10-14', to: '2026-10-15' }]) {
			const rows = (name: string) => withConnection(db, async (conn) => sorted(await conn.all<{ category: string; subcategory: string | null; handling_hours: number | null }>(name, params(f))));
			const stored = await rows('insights/self_service_stored');
			const counted = await rows('insights/self_service');
			expect(counted.length, JSON.stringify(f)).toBeGreaterThan(3);
			expect(counted.some((r) => r.handling_hours !== null), JSON.stringify(f)).toBe(true);
			expect(stored, JSON.stringify(f)).toEqual(counted);
			const candidates = () => withConnection(db, (conn) => selfServiceCandidates(conn, localAccess, f));
			expect(await candidates(), JSON.stringify(f)).toEqual(await withSummariesOutOfDate(db, candidates));
		}
		// A category none of whose tickets has a subcategory is its own candidate row (on a copy).
		const copy = await sampleDb();
		try {
			await withConnection(copy, async (conn) => {
				await conn.runSql('UPDATE tickets SET subcategory = NULL WHERE category = (SELECT min(category) FROM tickets)');
				await refreshMetricDays(conn, { force: true });
			});
			const rows = (name: string) => withConnection(copy, async (conn) => sorted(await conn.all<{ category: string; subcategory: string | null; is_subcategory: boolean }>(name, params(year))));
			const counted = await rows('insights/self_service');
			expect(counted.filter((r) => !r.is_subcategory)).toHaveLength(1);
			expect(await rows('insights/self_service_stored')).toEqual(counted);
		} finally {
			closeDb(copy);
		}
	});

	it('counts a whole period’s drill-down from metric_days for every part of the metrics it holds, as the tickets count it', async () => {
		const counts = (f: Filters) =>
			withConnection(db, async (conn) => {
				const all: Record<string, number> = {};
				for (const metric of storedTrendMetrics) {
					for (const part of ['numerator', 'denominator', 'excluded'] as const) {
						all[`${metric} ${part}`] = await drilldownCount(conn, { metric, part, filters: f, access: localAccess, sort: 'occurred_at', dir: 'desc' });
					}
				}
				return all;
			});
		for (const f of [year, { from: '2026-08-03', to: '2026-11-01', client }, { from: '2026-10-05', to: '2026-11-01', team }]) {
			const stored = await counts(f);
			const counted = await withSummariesOutOfDate(db, () => counts(f));
			expect(Object.values(counted).filter((n) => n > 0).length, JSON.stringify(f)).toBeGreaterThan(12);
			expect(stored, JSON.stringify(f)).toEqual(counted);
		}
		// A narrowed or keyed count is the parts' own (a caller's items are no sum of days).
		const narrowed = { metric: 'volume' as const, part: 'numerator' as const, filters: year, access: localAccess, sort: 'occurred_at' as const, dir: 'desc' as const };
		const [{ caller }] = await withConnection(db, (conn) => conn.allSql<{ caller: string }>('SELECT caller_id AS caller FROM tickets WHERE caller_id IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC, caller LIMIT 1'));
		const one = await withConnection(db, (conn) => drilldownCount(conn, { ...narrowed, narrow: { caller } }));
		expect(one).toBeGreaterThan(1);
		expect(one).toBeLessThan(await withConnection(db, (conn) => drilldownCount(conn, narrowed)));
	});

	it('counts the excluded CSAT responses and leaves out keys without any from driver_days as the scan does', async () => {
		// Imports reject off-scale scores, so a score without a normalised value is written here,
		// on a copy of the sample: its excluded counts and the teams without CSAT then differ from 0 and all.
		const copy = await sampleDb();
		try {
			const rows = (name: string) =>
				withConnection(copy, (conn) => conn.all(name, { ...scopeParams(year, localAccess), previous_from: '2024-11-01' }));
			await withConnection(copy, async (conn) => {
				await conn.runSql("UPDATE tickets SET csat_normalised = NULL WHERE csat_score IS NOT NULL AND ticket_id LIKE '%3'");
				await conn.runSql("UPDATE tickets SET csat_score = NULL, csat_normalised = NULL WHERE team = (SELECT min(team) FROM tickets)");
				await refreshMetricDays(conn, { force: true });
			});
			const stored = await rows('views/satisfaction_breakdowns_stored');
			expect(stored.filter((r) => (r as { excluded: number }).excluded > 0).length).toBeGreaterThan(10);
			expect(stored).toEqual(await rows('views/satisfaction_breakdowns'));
			// CSAT's own number for both periods from csat_days (counts, the excluded by reason,
			// the scales), as parts_summary_paired.sql counts it from the tickets.
			for (const f of [year, { from: '2026-08-03', to: '2026-11-01' }]) {
				const paired = () => withConnection(copy, (conn) => pairedSummary(conn, localAccess, 'csat', f));
				const fromDays = await paired();
				expect(await withConnection(copy, (conn) => allClientsSummaryAnswers(conn, f, null)), 'read from csat_days').toBe(true);
				expect(fromDays[0].excluded, JSON.stringify(f)).toBeGreaterThan(0);
				expect(fromDays[0].excluded_by_reason, JSON.stringify(f)).not.toBeNull();
				expect(fromDays[0].basis, JSON.stringify(f)).not.toBeNull();
				expect(fromDays, JSON.stringify(f)).toEqual(await withSummariesOutOfDate(copy, paired));
			}
		} finally {
			closeDb(copy);
		}
	});

	it('follows a settings change at once: a 30-day repeat window and another reporting zone', async () => {
		const before = await headlineMetrics(db, localAccess, year);
		const values = (s: Settings, change: Partial<Settings>) =>
			Object.fromEntries(Object.entries({ ...s, ...change }).map(([k, v]) => [k, JSON.stringify(v)])) as Record<keyof Settings, string>;
		const settings = await withConnection(db, readSettings);
		expect(await saveSettings(db, values(settings, { repeat_window_days: 30, timezone: 'Pacific/Auckland' }))).toEqual({});
		expect(await chosen(db, year)).toBe('stored');
		const after = await headlineMetrics(db, localAccess, year);
		// A longer window finds more repeats; the summary's days are Auckland days now.
		expect(after.repeat_contacts.numerator).toBeGreaterThan(before.repeat_contacts.numerator);
		await expectSummaryEqualsTickets(db, [year, { ...year, client }]);
		await expectDriversEqualTickets(db, year);
		await expectTeamEqualsTickets(db, year);
		await expectTrendsEqualTickets(db, year, ['week']);
		await expectRepeatViewEqualsTickets(db, year);
		expect(await saveSettings(db, values(settings, {}))).toEqual({});
		expect(await headlineMetrics(db, localAccess, year)).toEqual(before);
	});
});

describe('the daily summary through imports that overlap and an undo', () => {
	let db: Db;
	const spring = { from: '2026-01-01', to: '2026-06-01' };
	beforeAll(async () => {
		db = await memoryDb();
	});
	afterAll(() => closeDb(db));

	it('is rebuilt after each import and undo, and equals the tickets each time', async () => {
		const a = await importFile(db, fixture('metric-tickets-a.csv'));
		expect(await chosen(db, spring)).toBe('stored');
		await expectSummaryEqualsTickets(db, [spring, { ...spring, client: 'Acme' }]);
		await expectDriversEqualTickets(db, spring);
		await expectTeamEqualsTickets(db, spring);
		await expectTrendsEqualTickets(db, spring, ['day']);
		await expectRepeatViewEqualsTickets(db, spring);
		const afterA = await headlineMetrics(db, localAccess, spring);
		// b restates tickets of a: the stored versions move, and with them the counts.
		const b = await importFile(db, fixture('metric-tickets-b.csv'));
		expect(b.status).toBe('succeeded');
		expect(await chosen(db, spring)).toBe('stored');
		await expectSummaryEqualsTickets(db, [spring, { ...spring, client: 'Acme' }]);
		await expectDriversEqualTickets(db, spring);
		await expectTeamEqualsTickets(db, spring);
		await expectTrendsEqualTickets(db, spring, ['day']);
		await expectRepeatViewEqualsTickets(db, spring);
		await undoImport(db, b.importId!);
		expect(await chosen(db, spring)).toBe('stored');
		await expectSummaryEqualsTickets(db, [spring, { ...spring, client: 'Acme' }]);
		await expectDriversEqualTickets(db, spring);
		await expectTeamEqualsTickets(db, spring);
		await expectTrendsEqualTickets(db, spring, ['day']);
		await expectRepeatViewEqualsTickets(db, spring);
		expect(await headlineMetrics(db, localAccess, spring)).toEqual(afterA);
		expect(a.status).toBe('succeeded');
	});
});
