// Every CSV onecall writes (tables in the browser, /tickets/csv, /api/tickets?format=csv,
// rejects.csv) goes through one cell rule: formula-looking text is prefixed with '.
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from '../../src/lib/components/csv';
import { importFile } from '../../src/lib/server/importer';
import { rejectsCsv } from '../../src/lib/server/import-history';
import { drilldownCsv } from '../../src/lib/server/metric/drilldown';
import { withConnection } from '../../src/lib/server/db';
import { anonymous } from '../../src/lib/server/access/scope';
import { fixture, memoryDb } from '../helpers/db';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dangerous = ['=1+1', '+1+cmd|x', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

describe('neutraliseFormula', () => {
	it('prefixes text starting with = + - @ TAB or CR', () => {
		for (const s of dangerous) expect(neutraliseFormula(s), JSON.stringify(s)).toBe(`'${s}`);
	});
	it('leaves plain numbers and ordinary text alone', () => {
		for (const s of ['-12.5', '+3', '1e5', 'Cobalt Energy', 'a=b', '']) expect(neutraliseFormula(s)).toBe(s);
		expect(csvCell(-4)).toBe('-4');
	});
	it('quotes after neutralising, so a CR cell stays one cell', () => {
		expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
		expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', '\tx']])).toBe(`a,b\r\n"'=HYPERLINK(""x"")",'\tx\r\n`);
	});
});

describe('server CSV downloads', () => {
	it('rejects.csv neutralises the raw line and reason of a rejected row', async () => {
		const db = await memoryDb();
		const dir = mkdtempSync(join(tmpdir(), 'onecall-csv-'));
		const file = join(dir, 'bad.csv');
		writeFileSync(file, 'ticket_id,created_at,caller_id\nA1,2026-01-05 10:00:00,C1\n@SUM(1+1),2026-01-05 11:00:00,C2,extra,columns\n');
		const result = await importFile(db, file, { kind: 'tickets' });
		expect(result.rowsRejected).toBe(1);
		const csv = await rejectsCsv(db, result.importId!);
		const [, row] = csv.trim().split('\r\n');
		// The raw line starts with @ in the file; in the report it is text.
		expect(row.endsWith(`,"'@SUM(1+1),2026-01-05 11:00:00,C2,extra,columns"`), row).toBe(true);
	});

	it('the drill-down CSV neutralises a leading TAB and CR as well as = + - @', async () => {
		const db = await memoryDb();
		await importFile(db, fixture('two-tickets.csv'));
		await withConnection(db, (c) => c.runSql("UPDATE tickets SET subject = chr(9) || '=1+1' WHERE ticket_id = 'A1'"));
		await withConnection(db, (c) => c.runSql("UPDATE tickets SET subject = chr(13) || '@x' WHERE ticket_id = 'A2'"));
		const text = await new Response(drilldownCsv(db, { metric: 'volume', part: 'numerator', filters: { from: '2000-01-01', to: '2100-01-01' }, sort: 'item_id', dir: 'asc', access: anonymous })).text();
		expect(text).toContain(`,'\t=1+1,`);
		expect(text).toContain(`,"'\r@x",`);
	});
});
