// Plausibility checks after an import, over what the dashboards will compute: a rate of
// exactly 0 or 100 % over 30+ tickets, dates before 1990, resolution before creation, a
// constant or empty mapped column, more than 5 % of rows rejected; and the dashboards' notices.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { activeChecks, listImports } from '../../src/lib/server/import-history';
import { memoryDb } from '../helpers/db';

function csv(name: string, lines: string[]): string {
	const file = join(mkdtempSync(join(tmpdir(), 'onecall-quality-')), name);
	writeFileSync(file, lines.join('\n') + '\n');
	return file;
}

// 40 resolved tickets, none reassigned: FCR would be exactly 100 %.
const tickets = Array.from({ length: 40 }, (_, i) => {
	const day = String(1 + (i % 28)).padStart(2, '0');
	return `T${i},2026-03-${day} 09:00:00,2026-03-${day} 11:00:00,0,caller${i % 7},4,Email`;
});

describe('plausibility checks', () => {
	it('flag a 100 % FCR, a constant CSAT column, a date before 1990 and a resolution before creation', async () => {
		const db = await memoryDb();
		const file = csv('checks.csv', [
			'ticket_id,created_at,resolved_at,reassignment_count,caller_id,csat_score,channel',
			...tickets,
			'OLD1,1987-03-01 09:00:00,1987-03-01 10:00:00,0,caller1,4,Email',
			'BACK1,2026-03-05 09:00:00,2026-03-04 09:00:00,0,caller2,4,Email'
		]);
		const result = await importFile(db, file);
		expect(result.rowsLoaded).toBe(42);
		const messages = result.checks!.map((c) => c.message);
		expect(messages).toContain('FCR is exactly 100 % over 42 tickets: check the mapping of its columns before trusting it');
		expect(messages).toContain('CSAT is exactly 100 % over 42 tickets: check the mapping of its columns before trusting it');
		expect(messages).toContain('1 tickets have a date before 1990: a date format misread?');
		expect(messages).toContain('1 tickets are resolved before they were created');
		expect(messages).toContain('mapped column "reassignment_count" (reassignment_count) holds one value on every row: "0"');
		expect(messages).toContain('mapped column "csat_score" (csat_score) holds one value on every row: "4.0"');
		expect(result.notes.filter((n) => n.startsWith('check: '))).toHaveLength(messages.length);
		// Stored with the import, and carried to the dashboards while its tickets are current.
		const [stored] = await listImports(db);
		expect(stored.checks).toEqual(result.checks);
		const active = await activeChecks(db);
		expect(active.map((c) => c.message)).toEqual(messages);
		expect(active[0]).toMatchObject({ import_id: result.importId, file_name: 'checks.csv' });
	});

	it('flag more than 5 % of rows rejected, and stay quiet on a plausible file', async () => {
		const db = await memoryDb();
		const rows = tickets.map((t, i) => (i % 5 === 0 ? t.replace('2026-03', 'not a date') : t.replace(/,0,/, `,${i % 3},`).replace(/,4,/, `,${1 + (i % 5)},`)));
		const result = await importFile(db, csv('rejects.csv', ['ticket_id,created_at,resolved_at,reassignment_count,caller_id,csat_score,channel', ...rows]));
		expect(result.rowsRejected).toBe(8);
		expect(result.checks!.map((c) => c.check)).toEqual(['rejected_share']);
		expect(result.checks![0].message).toBe('8 of 40 rows (20 %) were rejected: more than 5 %, the figures miss part of the file');
	});
});
