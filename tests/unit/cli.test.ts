// The onecall CLI run in-process against a temporary database file: import summary
// lines, exit codes, and the metrics JSON in the documented shape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { fixture } from '../helpers/db';

const dbPath = join(mkdtempSync(join(tmpdir(), 'onecall-cli-')), 'cli.duckdb');

async function cliOn(db: string, ...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli([...args, '--db', db], { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const cli = (...args: string[]) => cliOn(dbPath, ...args);

beforeAll(async () => {
	const r = await cli('import', fixture('headline-tickets.csv'), fixture('headline-changes.csv'));
	expect(r.code).toBe(0);
});

const rateKeys = ['rate', 'numerator', 'denominator'];
const periodKeys = ['period', 'tickets', 'fcr', 'repeat_contacts', 'repeat_callers', 'change_caused', 'csat', 'sla', 'resolution_hours'];

describe('onecall metrics', () => {
	it('prints the headline JSON with every documented field', async () => {
		const r = await cli('metrics', '--from', '2026-01-01', '--to', '2026-02-01');
		expect(r.code).toBe(0);
		const m = JSON.parse(r.out);
		expect(Object.keys(m).sort()).toEqual([...periodKeys, 'previous'].sort());
		expect(Object.keys(m.previous).sort()).toEqual([...periodKeys].sort());
		expect(Object.keys(m.fcr).sort()).toEqual([...rateKeys, 'excluded'].sort());
		expect(Object.keys(m.repeat_contacts).sort()).toEqual([...rateKeys, 'window_days'].sort());
		expect(Object.keys(m.repeat_callers).sort()).toEqual(['count', 'threshold']);
		expect(Object.keys(m.change_caused).sort()).toEqual([...rateKeys, 'linked', 'suspected'].sort());
		expect(Object.keys(m.csat).sort()).toEqual(['mean', 'rate', 'responses', 'satisfied']);
		expect(Object.keys(m.sla).sort()).toEqual([...rateKeys].sort());
		expect(Object.keys(m.resolution_hours).sort()).toEqual(['median', 'p90']);
		// Values, not just keys: the fixture's January (see headline-metrics.test.ts).
		expect(m.tickets).toBe(10);
		expect(m.fcr.numerator).toBe(4);
	});

	it('applies a dimension filter flag', async () => {
		const r = await cli('metrics', '--from', '2026-01-01', '--to', '2026-02-01', '--client', 'Globex');
		expect(JSON.parse(r.out).tickets).toBe(4);
	});

	it('refuses a malformed date with exit code 1 and a reason', async () => {
		const r = await cli('metrics', '--from', '2026-13-01', '--to', '2026-02-01');
		expect(r.code).toBe(1);
		expect(r.err).toContain('from must be a date as YYYY-MM-DD, got "2026-13-01"');
	});
});

describe('onecall import', () => {
	it('says an identical file changed nothing', async () => {
		const r = await cli('import', fixture('headline-tickets.csv'));
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/identical to import #1 \(headline-tickets\.csv\); nothing changed/);
	});

	it('names file, line and column of rejected rows and fails on unreadable files', async () => {
		const r = await cli('import', fixture('servicenow-like-bad-rows.csv'), fixture('binary.csv'));
		expect(r.code).toBe(1);
		expect(r.out).toContain('servicenow-like-bad-rows.csv: 2 tickets loaded, 3 rows rejected of 6 read');
		expect(r.err).toContain('servicenow-like-bad-rows.csv line 4, column created_at: not a date/time: yesterday');
		expect(r.err).toContain('binary.csv: cannot be imported: this is a binary file');
	});
});

describe('onecall settings', () => {
	it('sets a valid value and refuses an invalid one', async () => {
		expect((await cli('settings', 'set', 'repeat_window_days', '14')).code).toBe(0);
		expect(JSON.parse((await cli('settings', 'get', 'repeat_window_days')).out)).toBe(14);
		const refused = await cli('settings', 'set', 'repeat_window_days', '9');
		expect(refused.code).toBe(1);
		expect(refused.err).toContain('repeat_window_days: 9 is not an allowed value');
		await cli('settings', 'set', 'repeat_window_days', '7');
	});
});

describe('onecall imports and undo', () => {
	it('lists the history and undoes an import, restoring what it replaced', async () => {
		const db = join(mkdtempSync(join(tmpdir(), 'onecall-undo-')), 'undo.duckdb');
		const update = join(mkdtempSync(join(tmpdir(), 'onecall-undo-')), 'update.csv');
		writeFileSync(update, 'ticket_id,created_at,status\nA1,2026-01-01T10:00:00Z,Closed\nA3,2026-01-03T10:00:00Z,New\n');
		expect((await cliOn(db, 'import', fixture('two-tickets.csv'))).code).toBe(0);
		expect((await cliOn(db, 'import', update)).code).toBe(0);
		const history = (await cliOn(db, 'imports')).out.split('\n');
		expect(history[0]).toMatch(/^#2 succeeded tickets update\.csv .* 2 of 2 loaded, 0 rejected,/);
		expect(history[1]).toMatch(/^#1 succeeded tickets two-tickets\.csv/);

		const undone = await cliOn(db, 'undo', '2');
		expect(undone.code).toBe(0);
		expect(undone.out).toContain('import #2 (update.csv) undone');
		// A3 came with import 2 and goes; A1 is back to import 1's version (no status).
		const after = JSON.parse((await cliOn(db, 'metrics', '--from', '2026-01-01', '--to', '2026-02-01')).out);
		expect(after.tickets).toBe(2);
		expect((await cliOn(db, 'imports')).out.split('\n')[0]).toMatch(/^#2 undone/);

		const again = await cliOn(db, 'undo', '2');
		expect(again.code).toBe(1);
		expect(again.err).toContain('import #2 (update.csv) is already undone');
		expect((await cliOn(db, 'undo', 'latest')).code).toBe(1);
	});
});
