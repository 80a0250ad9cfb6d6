// Metric settings: product.md's defaults on a fresh database, validation, the CLI, and
// that each setting changes exactly the numbers it should (February 2026 fixture).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { withConnection, type Db } from '../../src/lib/server/db';
import { defaultSettings, readSettings, SettingError, writeSetting } from '../../src/lib/server/settings';
import { metricReport } from '../../src/lib/server/metric/report';
import { headlineMetrics } from '../../src/lib/server/metrics';
import { memoryDb } from '../helpers/db';
import { feb, metricDb } from './metric-fixture';
import { localAccess } from '../../src/lib/server/access/scope';

const set = (db: Db, key: string, value: unknown) => withConnection(db, (c) => writeSetting(c, key, JSON.stringify(value)));

describe('settings', () => {
	it('reads product.md defaults on a fresh database', async () => {
		const db = await memoryDb();
		const s = await withConnection(db, readSettings);
		expect(s).toEqual({
			repeat_window_days: 7,
			repeat_caller_threshold: 3,
			suspected_change_hours: 24,
			sla_target_hours: { P1: 4, P2: 8, P3: 24, P4: 72 },
			fcr_excluded_categories: [],
			fcr_criteria: { reassignment_count: true, reopen_count: true, contact_count: true },
			timezone: 'UTC'
		});
		expect(s).toEqual(defaultSettings);
	});

	it('refuses unknown keys and values outside what the definitions allow', async () => {
		const db = await memoryDb();
		const bad: [string, string][] = [
			['nope', '1'],
			['repeat_window_days', '10'],
			['repeat_caller_threshold', '1'],
			['suspected_change_hours', '0'],
			['sla_target_hours', '{"P1": -4}'],
			['fcr_excluded_categories', '["", "Hardware"]'],
			['fcr_criteria', '{"reopen_count": false}'],
			['fcr_criteria', '{"reassignment_count": 1, "reopen_count": true, "contact_count": true}'],
			['repeat_window_days', 'seven']
		];
		for (const [key, value] of bad) {
			await expect(withConnection(db, (c) => writeSetting(c, key, value)), `${key}=${value}`).rejects.toThrow(SettingError);
		}
		expect(await withConnection(db, readSettings)).toEqual(defaultSettings);
	});

	it('is read and changed from the CLI', async () => {
		const dbPath = join(mkdtempSync(join(tmpdir(), 'onecall-settings-')), 'settings.duckdb');
		const out: string[] = [];
		const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
		expect(await runCli(['settings', 'set', 'fcr_criteria', '{"reassignment_count":true,"reopen_count":true,"contact_count":false}', '--db', dbPath], io)).toBe(0);
		expect(await runCli(['settings', 'get', 'fcr_criteria', '--db', dbPath], io)).toBe(0);
		expect(JSON.parse(out.slice(1).join('\n'))).toEqual({ reassignment_count: true, reopen_count: true, contact_count: false });
		expect(await runCli(['settings', 'set', 'repeat_window_days', '10', '--db', dbPath], io)).toBe(1);
	});
});

describe('settings change the numbers', () => {
	let db: Db;
	beforeEach(async () => {
		db = await metricDb();
	});

	it('repeat window 14 days', async () => {
		await set(db, 'repeat_window_days', 14);
		// Adds M04 (7 days 1 s after M03) and M13 (8.6 days after M12) to the 5 seven-day repeats.
		expect(await metricReport(db, localAccess, 'repeat_contacts', feb)).toMatchObject({ numerator: 7, denominator: 13 });
		// Both are same-category repeats too (Printing, Access).
		expect(await metricReport(db, localAccess, 'same_issue_repeats', feb)).toMatchObject({ numerator: 6, denominator: 13 });
		// The headline reads the same window (its one pass, not the metric's own query).
		expect((await headlineMetrics(db, localAccess, feb)).repeat_contacts).toMatchObject({ numerator: 7, denominator: 13, window_days: 14 });
	});

	it('repeat-caller threshold 2', async () => {
		await set(db, 'repeat_caller_threshold', 2);
		const r = await metricReport(db, localAccess, 'repeat_callers', feb);
		// P and Q (3 each), V and W (2 each): 10 of 13 tickets.
		expect(r).toMatchObject({ numerator: 10, denominator: 13, extra: { threshold: 2, count: 4 } });
		// The headline counts callers per period by its own grouping: the same four.
		expect((await headlineMetrics(db, localAccess, feb)).repeat_callers).toEqual({ count: 4, threshold: 2 });
	});

	it('net FCR leaves out excluded categories', async () => {
		await set(db, 'fcr_excluded_categories', ['Hardware']);
		const r = await metricReport(db, localAccess, 'net_fcr', feb);
		// FCR 5/10 less Hardware M05 (FCR) and M06 (not); M07 is now excluded for its category.
		expect(r).toMatchObject({ numerator: 4, denominator: 8, excluded: 4 });
		expect(r.definition.excluded_by_reason).toContainEqual({ reason: 'category not resolvable at first contact (settings)', count: 3 });
		expect(r.definition.denominator).toContain('Hardware');
		// Plain FCR is unaffected.
		expect(await metricReport(db, localAccess, 'fcr', feb)).toMatchObject({ numerator: 5, denominator: 10 });
	});

	it('FCR criteria can be switched off', async () => {
		await set(db, 'fcr_criteria', { reassignment_count: true, reopen_count: true, contact_count: false });
		// M08 (two contacts, otherwise clean) becomes FCR.
		expect(await metricReport(db, localAccess, 'fcr', feb)).toMatchObject({ numerator: 6, denominator: 10, excluded: 2 });
		await set(db, 'fcr_criteria', { reassignment_count: false, reopen_count: false, contact_count: false });
		// Only the flags decide: M05 (Y) and M06 (N); the other ten resolved tickets cannot be judged.
		const r = await metricReport(db, localAccess, 'fcr', feb);
		expect(r).toMatchObject({ numerator: 1, denominator: 2, excluded: 10 });
		expect(r.definition.numerator).toContain('no criterion');
	});

	it('suspected-change window', async () => {
		await set(db, 'suspected_change_hours', 1);
		// M03 opened exactly 1 h after CHG2 ended: the window is half-open, so not suspected; M10 is 5 h.
		expect(await metricReport(db, localAccess, 'change_suspected', feb)).toMatchObject({ numerator: 0 });
		expect((await headlineMetrics(db, localAccess, feb)).change_caused.suspected).toBe(0);
		await set(db, 'suspected_change_hours', 2);
		expect(await metricReport(db, localAccess, 'change_suspected', feb)).toMatchObject({ numerator: 1 });
		expect((await headlineMetrics(db, localAccess, feb)).change_caused.suspected).toBe(1);
	});

	it('SLA targets per priority', async () => {
		await set(db, 'sla_target_hours', { P1: 4, P2: 8, P3: 1, P4: 72 });
		// P3 now 1 h: M02 (2 h), M03, M04, B02 (2 h) breach; M13 (.5 h) and B01 (1 h, inclusive) meet.
		// With M05, M07 (flag), M08 met and M06, M09 breached: 5 of 11.
		expect(await metricReport(db, localAccess, 'sla', feb)).toMatchObject({ numerator: 5, denominator: 11 });
	});
});
