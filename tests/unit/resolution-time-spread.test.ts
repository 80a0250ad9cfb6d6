// The resolution time's median and p90 found by sorting only the bins holding the ranks (the headline's,
// summary/setup/resolution_time_spread_counted.sql and _stored.sql; per trend bucket from the stored bins, resolution_time_buckets_stored.sql)
// and the Team view's per team and agent from the stored months (team_resolution_spread_stored.sql)
// against quantile_cont over the same parts, to the bit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { allClientsSummaryAnswers } from '../../src/lib/server/metric-days';
import { importFile } from '../../src/lib/server/importer';
import { memoryDb, sampleDb } from '../helpers/db';

// The quantiles as the headline computed them before: DuckDB's own, over every value.
const reference = `
SELECT occurred_at >= CAST($from AS DATE) AS is_current,
       quantile_cont(resolution_time_value, [0.5, 0.9]) FILTER (WHERE resolution_time_item AND resolution_time_den) AS q
FROM ticket_metric_parts($previous_from, $to, $client, $team, $agent, NULL, NULL, NULL, $allowed_clients, NULL)
GROUP BY ALL`;
const spreadBy = (macro: string) => `SELECT is_current, median, p90 FROM ${macro}($previous_from, $from, $to, $client, $team, $agent, NULL, NULL, NULL, $allowed_clients)`;

type Scope = { previous_from: string; from: string; to: string; client?: string; team?: string; agent?: string; allowed_clients?: string[] };

/** Both periods' [median, p90] by each query; a period without values is [null, null]. */
async function both(db: Db, s: Scope) {
	const params = { client: null, team: null, agent: null, allowed_clients: null, ...s };
	return withConnection(db, async (conn) => {
		const ref = await conn.allSql<{ is_current: boolean; q: [number, number] | null }>(reference, params);
		type Got = { is_current: boolean; median: number | null; p90: number | null };
		const got = await conn.allSql<Got>(spreadBy('resolution_time_spread_counted'), params);
		// From the stored bins: only without a filter or a client list (as metric-days.ts chooses).
		const unfiltered = !s.client && !s.team && !s.agent && !s.allowed_clients;
		if (unfiltered) expect(await allClientsSummaryAnswers(conn, { from: s.from, to: s.to }, null), 'resolution_days up to date').toBe(true);
		const fromStored = unfiltered ? await conn.allSql<Got>(spreadBy('resolution_time_spread_stored'), params) : null;
		const pick = <R extends { is_current: boolean }>(rows: R[], f: (r: R) => (number | null)[], current: boolean) => {
			const row = rows.find((r) => r.is_current === current);
			return row ? f(row) : [null, null];
		};
		const expected = [true, false].map((c) => pick(ref, (r) => r.q ?? [null, null], c));
		return {
			expected,
			actual: [true, false].map((c) => pick(got, (r) => [r.median, r.p90], c)),
			// Where the stored bins do not answer, they are not asked: the expected numbers stand in.
			stored: fromStored ? [true, false].map((c) => pick(fromStored, (r) => [r.median, r.p90], c)) : expected
		};
	});
}

// Each bucket's quantiles as a plain reading of the definition: the bucket of each item's own zoned instant.
const bucketReference = `
SELECT strftime(date_trunc($grain, occurred_at), '%Y-%m-%d') AS bucket, quantile_cont(resolution_time_value, [0.5, 0.9]) AS q
FROM ticket_metric_parts($from, $to, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE resolution_time_item AND resolution_time_den
GROUP BY ALL ORDER BY bucket`;
const bucketsBy = (macro: string) =>
	`SELECT bucket, [median, p90] AS q FROM ${macro}($from, $to, $grain, NULL, NULL, NULL, NULL, NULL, NULL, NULL) ORDER BY bucket`;

/** Each bucket's [median, p90] from the stored bins, counted by quantile_cont per slot, and by the plain reading. */
async function buckets(db: Db, p: { from: string; to: string; grain: 'day' | 'week' | 'month' }) {
	return withConnection(db, async (conn) => {
		expect(await allClientsSummaryAnswers(conn, { from: p.from, to: p.to }, null), 'resolution_days up to date').toBe(true);
		return {
			stored: await conn.allSql(bucketsBy('resolution_time_buckets_stored'), p),
			counted: await conn.allSql(bucketsBy('resolution_time_buckets_counted'), p),
			reference: await conn.allSql(bucketReference, p)
		};
	});
}

const bucketPeriods = [
	{ from: '2025-11-01', to: '2026-11-01', grain: 'week' },
	{ from: '2025-11-01', to: '2026-11-01', grain: 'month' },
	{ from: '2026-08-03', to: '2026-11-01', grain: 'week' },
	{ from: '2026-08-03', to: '2026-11-01', grain: 'day' },
	{ from: '2026-03-10', to: '2026-03-11', grain: 'day' }
] as const;

describe('on the bundled sample (20,000 tickets, minutes)', () => {
	let db: Db;
	beforeAll(async () => {
		db = await sampleDb();
	});

	const scopes: [string, Scope][] = [
		['a year and the one before', { previous_from: '2024-11-01', from: '2025-11-01', to: '2026-11-01' }],
		['90 days and the 90 before', { previous_from: '2026-05-05', from: '2026-08-03', to: '2026-11-01' }],
		['one day', { previous_from: '2026-03-09', from: '2026-03-10', to: '2026-03-11' }],
		['a client', { previous_from: '2026-01-01', from: '2026-04-01', to: '2026-07-01', client: 'Quantum Labs' }],
		['an agent for a week', { previous_from: '2026-02-23', from: '2026-03-02', to: '2026-03-09', agent: 'Elena P.' }],
		['a team', { previous_from: '2025-12-01', from: '2026-03-01', to: '2026-06-01', team: 'Service Desk L1' }],
		['two visible clients', { previous_from: '2026-01-01', from: '2026-04-01', to: '2026-07-01', allowed_clients: ['Quantum Labs', 'Falcon Security Services'] }],
		['no visible client', { previous_from: '2026-01-01', from: '2026-04-01', to: '2026-07-01', allowed_clients: [] }]
	];
	for (const [name, scope] of scopes) {
		it(`gives quantile_cont's numbers for ${name}`, async () => {
			const { expected, actual, stored } = await both(db, scope);
			expect(actual).toEqual(expected);
			expect(stored).toEqual(expected);
			if (name !== 'no visible client') expect(expected[0][0]).not.toBeNull();
		});
	}
});

describe('per trend bucket from the stored bins, on the bundled sample', () => {
	for (const p of bucketPeriods) {
		it(`gives quantile_cont's numbers per ${p.grain} over ${p.from} to ${p.to}`, async () => {
			const { stored, counted, reference } = await buckets(await sampleDb(), p);
			expect(stored.length).toBeGreaterThan(0);
			expect(stored).toEqual(reference);
			expect(counted).toEqual(reference);
		});
	}
});

describe('on seconds-resolution times with ties, zeros, negatives and outliers', () => {
	let db: Db;
	let dir: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'onecall-spread-'));
		// A seeded generator, so a failure can be replayed.
		let state = 12345;
		const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
		const lines = ['ticket_id,created_at,resolved_at,agent'];
		const start = Date.UTC(2026, 0, 1);
		for (let i = 0; i < 6000; i++) {
			const created = start + Math.floor(next() * 59 * 86_400) * 1000;
			const r = next();
			// 10 % resolved the same second, 5 % resolved before created (excluded), 2 % a year
			// later, 20 % on a round hour (ties), the rest log-spread from seconds to weeks.
			const seconds =
				r < 0.1 ? 0 : r < 0.15 ? -Math.ceil(next() * 7200) : r < 0.17 ? 365 * 86_400 + Math.floor(next() * 1000) : r < 0.37 ? 3600 * Math.ceil(next() * 48) : Math.floor(Math.exp(next() * 14));
			const agent = i % 97 === 0 ? 'Solo' : `A${i % 5}`;
			lines.push(`T${i},${new Date(created).toISOString()},${new Date(created + seconds * 1000).toISOString()},${agent}`);
		}
		// Solo's one ticket in March's first week: a single value; and two on 1 March 2026 only.
		lines.push('U1,2026-03-03T10:00:00Z,2026-03-03T12:30:00Z,Solo2', 'U2,2026-03-04T10:00:00Z,2026-03-04T11:00:00Z,Duo', 'U3,2026-03-04T11:00:00Z,2026-03-04T21:00:00Z,Duo');
		writeFileSync(join(dir, 'times.csv'), lines.join('\n') + '\n');
		db = await memoryDb();
		const result = await importFile(db, join(dir, 'times.csv'));
		expect(result.rowsRejected).toBe(0);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('gives quantile_cont numbers for both months and for each agent', async () => {
		for (const agent of [undefined, 'A0', 'A3', 'Solo']) {
			const { expected, actual, stored } = await both(db, { previous_from: '2026-01-01', from: '2026-02-01', to: '2026-03-01', ...(agent ? { agent } : {}) });
			expect(actual).toEqual(expected);
			expect(stored).toEqual(expected);
			expect(expected[1][1]).not.toBeNull();
		}
	});

	it('gives quantile_cont numbers per day, week and month from the stored bins', async () => {
		for (const grain of ['day', 'week', 'month'] as const) {
			const { stored, reference } = await buckets(db, { from: '2026-01-01', to: '2026-03-06', grain });
			expect(stored.length).toBeGreaterThan(grain === 'day' ? 50 : 2);
			expect(stored).toEqual(reference);
		}
		// 3 and 4 March hold Solo2's one value and Duo's two beside the rest: single days too.
		const { stored, reference } = await buckets(db, { from: '2026-03-03', to: '2026-03-05', grain: 'day' });
		expect(stored).toEqual(reference);
	});

	it('gives the Team view quantile_cont numbers per team and agent from the stored months, around and within whole months', async () => {
		// As views/team_breakdowns.sql counts them (key NULL: the tickets without a team, here all).
		const teamReference = `
			SELECT occurred_at >= CAST($from AS DATE) AS is_current,
			       CASE WHEN grouping(team) = 0 THEN 'team' ELSE 'agent' END AS dimension,
			       CASE WHEN grouping(team) = 0 THEN team ELSE agent END AS key,
			       quantile_cont(resolution_time_value, [0.5, 0.9]) AS q
			FROM ticket_metric_parts($previous_from, $to, NULL, NULL, $agent, NULL, NULL, NULL, NULL, NULL)
			WHERE resolution_time_item AND resolution_time_den
			GROUP BY GROUPING SETS ((is_current, team), (is_current, agent))
			ORDER BY ALL`;
		const fromMonths = `
			SELECT is_current, dimension, key, [median, p90] AS q
			FROM team_resolution_spread_stored($previous_from, $from, $to, NULL, $agent)
			ORDER BY ALL`;
		const periods = [
			{ previous_from: '2025-12-01', from: '2026-01-01', to: '2026-03-01' },
			{ previous_from: '2026-01-10', from: '2026-02-05', to: '2026-03-05' },
			{ previous_from: '2026-01-03', from: '2026-01-17', to: '2026-01-31' },
			{ previous_from: '2026-01-20', from: '2026-02-10', to: '2026-03-03', agent: 'A3' }
		];
		await withConnection(db, async (conn) => {
			expect(await allClientsSummaryAnswers(conn, { from: '2026-01-01', to: '2026-03-01' }, null, ['team', 'agent'])).toBe(true);
			for (const p of periods) {
				const params = { agent: null, ...p };
				const reference = await conn.allSql(teamReference, params);
				expect(reference.length, JSON.stringify(p)).toBeGreaterThan(p.agent ? 2 : 5);
				expect(await conn.allSql(fromMonths, params), JSON.stringify(p)).toEqual(reference);
			}
		});
	});

	it('gives the one value for one ticket, and interpolates between two', async () => {
		const one = await both(db, { previous_from: '2026-03-02', from: '2026-03-03', to: '2026-03-05', agent: 'Solo2' });
		expect(one.actual).toEqual([[2.5, 2.5], [null, null]]);
		const two = await both(db, { previous_from: '2026-03-02', from: '2026-03-03', to: '2026-03-05', agent: 'Duo' });
		// 1 h and 10 h: the median halfway, p90 at 0.9 of the way (DuckDB: lo × 0.1 + hi × 0.9).
		expect(two.actual).toEqual(two.expected);
		expect(two.actual[0][0]).toBe(5.5);
		expect(two.actual[0][1]).toBeCloseTo(9.1, 12);
	});
});
