// `onecall import` flags: --format, --mapping, --null, --date-format, --timezone,
// --delimiter, --encoding, --kind; the chosen format is printed, bad flags exit 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { fixture } from '../helpers/db';

const dir = mkdtempSync(join(tmpdir(), 'onecall-import-cli-'));

async function cli(db: string, ...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli([...args, '--db', join(dir, db)], { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sql(db: string, query: string) {
	const { openDb, withConnection } = await import('../../src/lib/server/db');
	return withConnection(await openDb(join(dir, db)), (c) => c.allSql<Record<string, unknown>>(query));
}

describe('onecall import flags', () => {
	it('says which preset it recognised, and prints the data-quality notes', async () => {
		const r = await cli('a.duckdb', 'import', fixture('formats/zendesk.csv'));
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/format zendesk: recognised as Zendesk ticket export \(score (1\.00|0\.\d\d): 1[25] of its 15 signature columns\)/);
		expect(r.out).toContain('what this file can tell:');
		expect(r.out).toContain('zendesk.csv: 3 tickets loaded, 0 rows rejected of 3 read');
		expect(r.out).toContain('  note: no caused-by-change column');
	});

	it('--mapping FILE.json with --null, --date-format and --timezone', async () => {
		const mapping = join(dir, 'legacy.json');
		writeFileSync(mapping, JSON.stringify({ name: 'legacy', kind: 'tickets', columns: { ticket_id: 'Ref', created_at: 'When', caller_id: 'Who' } }));
		const file = join(dir, 'legacy.csv');
		writeFileSync(file, 'Ref;When;Who\nL1;05.01.2026 10:00;-\nL2;06.01.2026 11:30;P2\n');
		const r = await cli('b.duckdb', 'import', file, '--mapping', mapping, '--null', '-', '--date-format', '%d.%m.%Y %H:%M', '--timezone', 'Europe/Brussels');
		expect(r.code).toBe(0);
		expect(r.out).toContain('format legacy: legacy (as asked)');
		expect(await sql('b.duckdb', "SELECT ticket_id, caller_id, strftime(created_at, '%Y-%m-%d %H:%M') AS c FROM tickets ORDER BY 1")).toEqual([
			{ ticket_id: 'L1', caller_id: null, c: '2026-01-05 09:00' },
			{ ticket_id: 'L2', caller_id: 'P2', c: '2026-01-06 10:30' }
		]);
	});

	it('--format forces a preset; --encoding latin-1 and --delimiter are honoured', async () => {
		const file = join(dir, 'latin.csv');
		writeFileSync(file, Buffer.from('ticket_id|created_at|subject\nX1|2026-01-05T09:00:00Z|R\xe9seau\n', 'latin1'));
		const r = await cli('c.duckdb', 'import', file, '--format', 'generic-tickets', '--encoding', 'latin-1', '--delimiter', 'pipe');
		expect(r.code).toBe(0);
		expect(await sql('c.duckdb', 'SELECT subject FROM tickets')).toEqual([{ subject: 'Réseau' }]);
	});

	it('refuses bad flags with exit code 1 and a reason', async () => {
		expect((await cli('d.duckdb', 'import', fixture('two-tickets.csv'), '--format', 'nosuch')).err).toContain('no format or saved mapping named "nosuch"');
		expect((await cli('d.duckdb', 'import', fixture('two-tickets.csv'), '--encoding', 'ebcdic')).err).toContain('--encoding must be utf-8, utf-16le, utf-16be, windows-1252 or latin-1, not "ebcdic"');
		expect((await cli('d.duckdb', 'import', fixture('two-tickets.csv'), '--delimiter', '::')).err).toContain('--delimiter must be one character');
		const wrongKind = await cli('d.duckdb', 'import', fixture('formats/zendesk.csv'), '--format', 'zendesk', '--kind', 'changes');
		expect(wrongKind.code).toBe(1);
		expect(wrongKind.err).toContain('mapping "zendesk" is for tickets, not changes');
		expect((await cli('d.duckdb', 'import', fixture('two-tickets.csv'), '--mapping', join(dir, 'missing.json'))).err).toContain('--mapping');
	});
});
