// The rules that are written for speed (suspected change-caused, same-issue repeats,
// backlog per bucket) against hand-made edge cases and against their plain definitions
// written naively in SQL, on the project's 20k-ticket sample export.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { metricReport } from '../../src/lib/server/metric/report';
import { drilldown } from '../../src/lib/server/metric/drilldown';
import { sampleDir } from '../../src/lib/server/sample';
import { fixture, memoryDb } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

describe('suspected change-caused incidents', () => {
	it('follows the service, client and window edges', async () => {
		const db = await memoryDb();
		for (const f of ['metric-suspect-tickets.csv', 'metric-suspect-changes.csv']) {
			expect((await importFile(db, fixture(f))).rowsRejected, f).toBe(0);
		}
		const april = { from: '2026-04-01', to: '2026-05-01' };
		const page = await drilldown(db, { metric: 'change_suspected', part: 'numerator', filters: april, access: localAccess, sort: 'item_id', dir: 'asc' });
		// S1: 2 h after X1 on its own service and client. S3: at the very instant X3 (no client)
		// ended. S5: X4 names no service, same client, 23:59:59 later on the next UTC day.
		// Not: S2 (another client's changes), S4 (24 h exactly: half-open), S6 (X4 is Initech's),
		// S7 (linked to X1), S8 (a second before X1 ended).
		expect(page.rows.map((r) => r.item_id)).toEqual(['S1', 'S3', 'S5']);
		// Each one's value: seconds after that change ended (shown on the Changes view).
		expect(page.rows.map((r) => Math.round(r.value! * 3600))).toEqual([2 * 3600, 0, 86_399]);
		const { extra } = await metricReport(db, localAccess, 'change_caused', april);
		expect(extra).toEqual({ linked: 1, suspected: 3 });
	});
});

describe('the fast SQL equals the plain definitions on the sample export', () => {
	let db: Db;
	// The sample's whole span: 2025-11 to 2026-10 (src/lib/sample).
	const all = { from: '2024-01-01', to: '2027-01-01' };
	beforeAll(async () => {
		db = await memoryDb();
		await importFile(db, join(sampleDir(), 'tickets.csv'), { kind: 'tickets' });
		await importFile(db, join(sampleDir(), 'changes.csv'), { kind: 'changes' });
	});

	const count = async (sql: string) =>
		(await withConnection(db, (c) => c.allSql<{ n: number }>(sql)))[0].n;

	it('suspected: the windowed hash join equals EXISTS over every change', async () => {
		const naive = await count(`
			SELECT count(*)::INTEGER AS n FROM tickets t
			WHERE caused_by_change IS NULL AND related_change IS NULL AND EXISTS (
				SELECT 1 FROM changes c
				WHERE c.actual_end <= t.created_at AND t.created_at < c.actual_end + INTERVAL 24 HOUR
				  AND (c.service = t.service OR (c.service IS NULL AND c.client = t.client))
				  AND (c.client IS NULL OR c.client = t.client))`);
		expect(naive).toBeGreaterThan(0);
		expect((await metricReport(db, localAccess, 'change_suspected', all)).numerator).toBe(naive);
	});

	it('same-issue repeats: the window over all tickets equals EXISTS over the caller’s tickets', async () => {
		const naive = await count(`
			SELECT count(*)::INTEGER AS n FROM tickets t
			WHERE caller_id IS NOT NULL AND EXISTS (
				SELECT 1 FROM tickets e
				WHERE e.caller_id = t.caller_id AND e.category = t.category
				  AND e.created_at >= t.created_at - INTERVAL 7 DAY
				  AND (e.created_at < t.created_at OR (e.created_at = t.created_at AND e.ticket_id < t.ticket_id)))`);
		expect(naive).toBeGreaterThan(0);
		expect((await metricReport(db, localAccess, 'same_issue_repeats', all)).numerator).toBe(naive);
	});

	it('backlog per month: the running sum equals counting open tickets at each month end', async () => {
		const year = { from: '2025-11-01', to: '2026-11-01' };
		const { trend } = await metricReport(db, localAccess, 'backlog', year, { grain: 'month' });
		for (const t of trend!) {
			const [y, m] = t.bucket.split('-').map(Number);
			const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
			const naive = await count(`
				SELECT count(*)::INTEGER AS n FROM tickets
				WHERE created_at < DATE '${end}'
				  AND NOT coalesce(resolved_at < DATE '${end}', false) AND NOT coalesce(closed_at < DATE '${end}', false)`);
			expect(t.value, t.bucket).toBe(naive);
		}
	});
});
