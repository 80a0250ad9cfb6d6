// Drill-down narrowings are bound parameters of the drill-down and count queries: on a
// generated export larger than a page, a CSV chunk and a DuckDB vector, each narrowed list's
// total and its CSV's rows equal the number it explains.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { localAccess } from '../../src/lib/server/access/scope';
import { drilldownCsv, drilldownParams, drilldownRows } from '../../src/lib/server/metric/drilldown';
import { partsSql } from '../../src/lib/server/metric/parts-sql';
import { withConnection } from '../../src/lib/server/db';
import { metricReport } from '../../src/lib/server/metric/report';
import { repeatView } from '../../src/lib/server/views/repeat';
import { ticketsQuery, ticketsView } from '../../src/lib/server/views/tickets';
import { memoryDb } from '../helpers/db';

const TICKETS = 9000;
const dir = mkdtempSync(join(tmpdir(), 'onecall-narrow-'));
const range = 'from=2026-01-01&to=2026-04-01';
const q = (extra: string) => new URLSearchParams(`${range}&${extra}`);
let db: Db;

// Ticket i opens i x 13 minutes after New Year; every third ticket is caller "busy" (a
// caller with far more tickets than a page or a chunk), the rest spread over 400 callers;
// every fifth is caused by CHG-BIG, and scores cycle 1..5.
function exportText(): string {
	const lines = ['ticket_id,created_at,resolved_at,status,caller_id,client,team,priority,category,caused_by_change,csat_score,csat_scale,subject'];
	const start = Date.UTC(2026, 0, 1);
	for (let i = 0; i < TICKETS; i++) {
		const at = new Date(start + i * 13 * 60_000);
		const done = new Date(at.getTime() + 2 * 3_600_000);
		const caller = i % 3 === 0 ? 'busy' : `c${i % 400}`;
		const cause = i % 5 === 0 ? 'CHG-BIG' : '';
		lines.push([`N${i}`, at.toISOString(), done.toISOString(), 'Resolved', caller, 'Acme', 'Desk', 'P3', `cat${i % 4}`, cause, String((i % 5) + 1), '1-5', `subject ${i}`].join(','));
	}
	return lines.join('\n') + '\n';
}

async function csvRows(params: URLSearchParams): Promise<number> {
	const { query } = await ticketsQuery(db, localAccess, params);
	const text = await new Response(drilldownCsv(db, query)).text();
	return text.split('\r\n').filter((l) => l !== '').length - 1;
}

beforeAll(async () => {
	db = await memoryDb();
	const file = join(dir, 'many.csv');
	writeFileSync(file, exportText());
	const result = await importFile(db, file);
	expect(result.rowsRejected).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('narrowed drill-downs at scale', () => {
	it('one caller: every ticket of theirs, paged, and the whole list in the CSV', async () => {
		const busy = await ticketsView(db, localAccess, q('metric=volume&caller=busy'));
		expect(busy.total).toBe(TICKETS / 3);
		expect(busy.rows).toHaveLength(50);
		expect(busy.rows.every((r) => r.caller_id === 'busy')).toBe(true);
		const last = await ticketsView(db, localAccess, q(`metric=volume&caller=busy&page=${Math.ceil(TICKETS / 3 / 50)}`));
		expect(last.rows).toHaveLength(TICKETS / 3 - 50 * (Math.ceil(TICKETS / 3 / 50) - 1));
		expect(await csvRows(q('metric=volume&caller=busy'))).toBe(TICKETS / 3);
	});

	it('repeats within each window: as many as the Repeat callers view counts', async () => {
		for (const window of [7, 14, 30]) {
			const view = await repeatView(db, localAccess, q(`window=${window}`));
			const list = await ticketsView(db, localAccess, q(`metric=repeat_contacts&part=numerator&within=${window}`));
			expect(list.total, `${window} days`).toBe(view.current.numerator);
			expect(await csvRows(q(`metric=repeat_contacts&part=numerator&within=${window}`)), `${window} days`).toBe(view.current.numerator);
		}
	});

	it('the incidents one change caused: as many as caused by it', async () => {
		const caused = await metricReport(db, localAccess, 'change_caused', { from: '2026-01-01', to: '2026-04-01' });
		const list = await ticketsView(db, localAccess, q('metric=change_caused&part=numerator&change=CHG-BIG'));
		expect(list.total).toBe(caused.numerator);
		expect(list.total).toBe(Math.ceil(TICKETS / 5));
		expect(await csvRows(q('metric=change_caused&part=numerator&change=CHG-BIG'))).toBe(list.total);
		const none = await ticketsView(db, localAccess, q('metric=change_caused&part=numerator&change=CHG-NONE'));
		expect(none.total).toBe(0);
	});

	it('one CSAT score: as many as the distribution shows for it', async () => {
		const csat = await metricReport(db, localAccess, 'csat', { from: '2026-01-01', to: '2026-04-01' });
		const bars = csat.extra!.distribution as { scale: string; score: number; responses: number }[];
		for (const bar of bars) {
			const list = await ticketsView(db, localAccess, q(`metric=csat&part=denominator&scale=${bar.scale}&score=${bar.score}`));
			expect(list.total, `score ${bar.score}`).toBe(bar.responses);
			expect(await csvRows(q(`metric=csat&part=denominator&scale=${bar.scale}&score=${bar.score}`))).toBe(bar.responses);
		}
		expect(bars.reduce((n, b) => n + b.responses, 0)).toBe(TICKETS);
	});

	it('a page read in two passes is that page of the whole list, in every sort order', async () => {
		// Ties everywhere: one client, team and status for all; a third of the tickets one caller's.
		const asks = ['metric=volume', 'metric=csat&part=denominator', 'metric=repeat_contacts&part=numerator', 'metric=change_caused&part=numerator&change=CHG-BIG', 'metric=volume&caller=busy'];
		const sorts = ['sort=occurred_at&dir=desc', 'sort=occurred_at&dir=asc', 'sort=value&dir=desc', 'sort=value&dir=asc', 'sort=client&dir=asc', 'sort=status&dir=desc', 'sort=item_id&dir=desc', 'sort=caller_id&dir=asc'];
		for (const ask of asks) {
			for (const sort of sorts) {
				const { query } = await ticketsQuery(db, localAccess, q(`${ask}&${sort}`));
				const whole = await withConnection(db, (c) => c.allSql(partsSql('metrics/drilldown', query.metric), { ...drilldownParams(query), limit: 2_147_483_647, offset: 0 }));
				expect(whole.length, ask).toBeGreaterThan(100);
				// Offsets whose page ends inside a day, near a day's end and past the first days: a page
				// by time is read from the days it lies in only (metric/drilldown.ts pageDays).
				for (const offset of [0, 50, 60, 61, 62, 230, 1000, whole.length - 50, whole.length - 30]) {
					const page = await withConnection(db, (c) => drilldownRows(c, query, 50, offset));
					expect(page, `${ask} ${sort} from ${offset}`).toEqual(whole.slice(offset, offset + 50));
				}
			}
		}
	});

	it('the unnarrowed CSV has every ticket, from one streamed result', async () => {
		expect(await csvRows(q('metric=volume'))).toBe(TICKETS);
	});
});
