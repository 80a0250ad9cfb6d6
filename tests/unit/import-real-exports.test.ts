// Acceptance on the real vendor exports of ../shared/data/real/: each file imported with
// no flags gives the independent figures of its SOURCE.txt, through the product's own
// metric functions; what a file cannot tell is null with the reason. Skipped when absent.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { withConnection } from '../../src/lib/server/db';
import { importFile, type ImportResult } from '../../src/lib/server/importer';
import { metricReport } from '../../src/lib/server/metric/report';
import type { MetricName } from '../../src/lib/server/metric/catalog';
import { localAccess } from '../../src/lib/server/access/scope';
import { memoryDb, sharedData } from '../helpers/db';

const real = (path: string) => sharedData(`real/${path}`);
const present = existsSync(sharedData('real'));
if (!present) console.warn('import-real-exports: ../shared/data/real/ is absent; the real-export acceptance tests are skipped');

const all = { from: '2000-01-01', to: '2030-01-01' };

async function load(path: string): Promise<{ db: Db; result: ImportResult }> {
	const db = await memoryDb();
	const result = await importFile(db, real(path));
	return { db, result };
}
const metric = (db: Db, name: MetricName) => metricReport(db, localAccess, name, all);
const capability = (result: ImportResult, name: string) => result.capabilities?.find((c) => c.metric === name);

describe.skipIf(!present)('real exports with no flags (../shared/data/real)', () => {
	describe('zendesk-plum: Zendesk Support CSV, 1-5 CSAT with "Offered", Excel 1900-01-01 placeholders', () => {
		let db: Db;
		let result: ImportResult;
		it('is recognised as Zendesk and loads all 16,476 tickets', async () => {
			({ db, result } = await load('zendesk-plum/DA_Assignment.csv'));
			expect(result).toMatchObject({ format: 'zendesk', status: 'succeeded', rowsRead: 16476, rowsLoaded: 16476, rowsRejected: 0 });
			expect(result.recognition).toMatch(/Zendesk ticket export \(score 0\.\d\d/);
			expect((await metric(db, 'volume')).value).toBe(16476);
		});
		it('CSAT 720/813 = 88.56 %, mean 4.3346 ("Offered" is no response)', async () => {
			const csat = await metric(db, 'csat');
			expect([csat.numerator, csat.denominator]).toEqual([720, 813]);
			expect((csat.extra as { mean: number }).mean).toBeCloseTo(4.3346, 4);
		});
		it('repeat contacts 6953/16476, 1334 callers with 3+ tickets', async () => {
			const repeat = await metric(db, 'repeat_contacts');
			expect([repeat.numerator, repeat.denominator]).toEqual([6953, 16476]);
			expect((await metric(db, 'repeat_callers')).extra).toMatchObject({ count: 1334 });
		});
		it('resolution median 95.867 h, p90 582.003 h over the 14,409 solved (1900-01-01 is no date)', async () => {
			const res = await metric(db, 'resolution_time');
			expect(res.denominator).toBe(14409);
			expect(res.value).toBeCloseTo(95.867, 3);
			expect(res.p90).toBeCloseTo(582.003, 3);
		});
		it('priorities Low/Urgent/Normal read as P4/P1/P3, the raw label kept', async () => {
			const rows = await withConnection(db, (c) =>
				c.allSql<{ priority: string; priority_label: string; n: number }>('SELECT priority, priority_label, count(*)::INTEGER AS n FROM tickets GROUP BY ALL ORDER BY n DESC'));
			expect(rows).toEqual([
				{ priority: 'P4', priority_label: 'Low', n: 16282 },
				{ priority: 'P1', priority_label: 'Urgent', n: 182 },
				{ priority: 'P3', priority_label: 'Normal', n: 12 }
			]);
			expect(capability(result, 'sla')).toMatchObject({ available: true, columns: ['Priority', '(targets by priority from settings)'] });
		});
	});

	describe('snow-duke: ServiceNow incident list (field names, Windows-1252, sys_updated_on)', () => {
		let db: Db;
		let result: ImportResult;
		it('is a list export, not an event log: no id repeats, decided from the data', async () => {
			({ db, result } = await load('snow-duke/incident.csv'));
			expect(result.format).toBe('servicenow-incident');
			expect(result.recognition).toContain('no ticket id repeats');
			expect(result.recognition).toContain('not an event log');
		});
		it('FCR is undetermined, with the reason; no reassignment/reopen counts invented', async () => {
			const fcr = await metric(db, 'fcr');
			expect(fcr.value).toBeNull();
			expect(fcr.denominator).toBe(0);
			expect(capability(result, 'fcr')).toMatchObject({ available: false });
			expect(capability(result, 'fcr')!.reason).toContain('no first-contact flag');
			expect(capability(result, 'reopen_rate')).toMatchObject({ available: false });
			expect(capability(result, 'reassignment_rate')).toMatchObject({ available: false });
			const [{ counts }] = await withConnection(db, (c) =>
				c.allSql<{ counts: number }>('SELECT count(reopen_count) + count(reassignment_count) AS counts FROM tickets'));
			expect(Number(counts)).toBe(0);
		});
		it('resolution from calendar_duration (median 253.91 h, p90 465.90 h), never from sys_updated_on', async () => {
			const res = await metric(db, 'resolution_time');
			expect(capability(result, 'resolution_time')).toMatchObject({ available: true, columns: ['calendar_duration'] });
			expect(res.value).toBeCloseTo(253.91, 2);
			expect(res.denominator).toBe(9998);
			expect(res.p90).toBeCloseTo(465.9036, 4);
		});
		it('all 10,000 incidents load (cp1252 bytes in 4 rows cost nothing); repeat contacts 4503/9999, 743 callers with 3+', async () => {
			expect(result).toMatchObject({ rowsRead: 10000, rowsLoaded: 10000, rowsRejected: 0 });
			const repeat = await metric(db, 'repeat_contacts');
			expect([repeat.numerator, repeat.denominator]).toEqual([4503, 9999]);
			expect((await metric(db, 'repeat_callers')).extra).toMatchObject({ count: 743 });
		});
	});

	describe('glpi-pgdf: GLPI search export in Portuguese (semicolons, BOM, "52 267" ids)', () => {
		let db: Db;
		let result: ImportResult;
		it('is recognised as GLPI (pt) and loads 148 tickets, statuses Fechado/Solucionado resolved', async () => {
			({ db, result } = await load('glpi-pgdf/glpi.csv'));
			expect(result).toMatchObject({ format: 'glpi-pt', rowsRead: 148, rowsLoaded: 148, rowsRejected: 0 });
			expect((await metric(db, 'volume')).value).toBe(148);
		});
		it('resolution median 0.0667 h, p90 8.9267 h', async () => {
			const res = await metric(db, 'resolution_time');
			expect(res.denominator).toBe(148);
			expect(res.value).toBeCloseTo(0.0667, 4);
			expect(res.p90).toBeCloseTo(8.9267, 4);
		});
		it('SLA 138/148 = 93.24 % (GLPI\'s own "Tempo para resolver excedido" = Não)', async () => {
			const sla = await metric(db, 'sla');
			expect([sla.numerator, sla.denominator]).toEqual([138, 148]);
		});
		it('repeat contacts 52/148, 22 callers with 3+; Média/Baixa/Alta read as P3/P4/P2', async () => {
			const repeat = await metric(db, 'repeat_contacts');
			expect([repeat.numerator, repeat.denominator]).toEqual([52, 148]);
			expect((await metric(db, 'repeat_callers')).extra).toMatchObject({ count: 22 });
			const levels = await withConnection(db, (c) => c.allSql<{ p: string }>("SELECT string_agg(DISTINCT priority_label || '=' || priority, ', ' ORDER BY priority_label || '=' || priority) AS p FROM tickets"));
			expect(levels[0].p).toBe('Alta=P2, Baixa=P4, Muito baixa=P4, Média=P3');
		});
		it('FCR and CSAT are unavailable, with the reason', async () => {
			expect((await metric(db, 'fcr')).value).toBeNull();
			expect(capability(result, 'fcr')).toMatchObject({ available: false });
			expect(capability(result, 'csat')).toMatchObject({ available: false, reason: 'no satisfaction column' });
		});
	});

	describe('freshdesk-thingtrax: Freshdesk default export, d/m/Y dates, no resolution times', () => {
		let db: Db;
		let result: ImportResult;
		it('is recognised as Freshdesk; repeat contacts 10/21 of what loaded, 2 callers with 3+', async () => {
			({ db, result } = await load('freshdesk-thingtrax/tickets-February-04-2025.csv'));
			expect(result.format).toBe('freshdesk');
			expect(capability(result, 'resolution_time')).toMatchObject({ available: false });
			expect((await metric(db, 'resolution_time')).value).toBeNull();
		});
		it('all 21 tickets load ("Slightly dissatisfied" is a survey label): CSAT 0/1, repeat contacts 10/21, 2 callers', async () => {
			expect(result).toMatchObject({ rowsLoaded: 21, rowsRejected: 0 });
			const csat = await metric(db, 'csat');
			expect([csat.numerator, csat.denominator]).toEqual([0, 1]);
			const repeat = await metric(db, 'repeat_contacts');
			expect([repeat.numerator, repeat.denominator]).toEqual([10, 21]);
			expect((await metric(db, 'repeat_callers')).extra).toMatchObject({ count: 2 });
		});
		it('the 6 Resolved tickets count as resolved by status (time unknown): FCR 4/6; SLA 0/2 (open past Due by)', async () => {
			const fcr = await metric(db, 'fcr');
			expect([fcr.numerator, fcr.denominator]).toEqual([4, 6]);
			const sla = await metric(db, 'sla');
			expect([sla.numerator, sla.denominator]).toEqual([0, 2]);
		});
	});

	describe('snow-change-history: ServiceNow change list with labels, Windows-1252, M/D/YY', () => {
		let db: Db;
		let result: ImportResult;
		it('is recognised as a ServiceNow change export from its labels', async () => {
			({ db, result } = await load('snow-change-history/HistoricalChanges11-18-20.csv'));
			expect(result).toMatchObject({ kind: 'changes', format: 'servicenow-change' });
			// Work end is there, but no CI/service or company column to match incidents on.
			expect(capability(result, 'change_suspected')).toMatchObject({ available: false, reason: 'no service/CI or client column to match incidents on' });
			expect(capability(result, 'change_failure_rate')).toMatchObject({ available: true });
		});
		it('all 5,167 changes load, Work end read as M/D/YY: 1/1/20..11/8/20, 17 without one', async () => {
			expect(result).toMatchObject({ rowsRead: 5167, rowsLoaded: 5167, rowsRejected: 0 });
			const [span] = await withConnection(db, (c) =>
				c.allSql<Record<string, unknown>>(`SELECT count(*) FILTER (WHERE actual_end IS NULL)::INTEGER AS no_end,
				        strftime(min(actual_end), '%Y-%m-%d') AS first, strftime(max(actual_end), '%Y-%m-%d') AS last FROM changes`));
			// SOURCE.txt says ..10/31/20; the raw file's newest Work end is 11/8/20 (74 changes in November).
			expect(span).toEqual({ no_end: 17, first: '2020-01-01', last: '2020-11-08' });
		});
	});
});
