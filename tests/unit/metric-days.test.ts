// The stored daily summary (metric_days) against the tickets themselves: the same counts for
// every filter it answers, rebuilt by imports, undo and settings, and never read out of date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { undoImport } from '../../src/lib/server/import-history';
import { headlineMetrics } from '../../src/lib/server/metrics';
import { metricDaysSql } from '../../src/lib/server/metric-days';
import { saveSettings } from '../../src/lib/server/metric/settings-form';
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
		const afterA = await headlineMetrics(db, localAccess, spring);
		// b restates tickets of a: the stored versions move, and with them the counts.
		const b = await importFile(db, fixture('metric-tickets-b.csv'));
		expect(b.status).toBe('succeeded');
		expect(await chosen(db, spring)).toBe('stored');
		await expectSummaryEqualsTickets(db, [spring, { ...spring, client: 'Acme' }]);
		await undoImport(db, b.importId!);
		expect(await chosen(db, spring)).toBe('stored');
		await expectSummaryEqualsTickets(db, [spring, { ...spring, client: 'Acme' }]);
		expect(await headlineMetrics(db, localAccess, spring)).toEqual(afterA);
		expect(a.status).toBe('succeeded');
	});
});
