// The mapping screen's priority map and event-log choice: an 'auto' format stays 'auto'
// unless the analyst ticks the box; "label=P1" pairs become the mapping's priorityMap.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/lib/formats/recognise';
import { parseMapping } from '../../src/lib/formats/mapping';
import { draftFrom, toMapping } from '../../src/routes/data/mapping-draft';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../../src/lib/server/importer';
import { withConnection } from '../../src/lib/server/db';
import { memoryDb } from '../helpers/db';

const serviceNow = ['number', 'opened_at', 'caller_id', 'assignment_group', 'assigned_to', 'priority', 'short_description', 'incident_state', 'sys_updated_on'];

describe('mapping draft: shape and priorities', () => {
	it('a ServiceNow list leaves list vs event log to the data until the box is ticked', () => {
		const draft = draftFrom(recognise(serviceNow), 'incident.csv');
		expect(draft).toMatchObject({ eventLog: false, eventLogAuto: true, priorityMap: '' });
		expect(toMapping(draft).eventLog).toBe('auto');
		expect(toMapping({ ...draft, eventLog: true }).eventLog).toBe(true);
	});

	it('a generic file is a list unless ticked', () => {
		const draft = draftFrom(recognise(['ticket_id', 'created_at', 'priority']), 'x.csv');
		expect(draft.eventLogAuto).toBe(false);
		expect(toMapping(draft).eventLog).toBeUndefined();
	});

	it('"label=P-level" pairs become the priority map; pairs without P1-P4 are left out; the result parses', () => {
		const draft = { ...draftFrom(recognise(serviceNow), 'incident.csv'), priorityMap: 'Sev A=P1, Sev B = P2, Whenever=P9, broken' };
		const mapping = toMapping(draft);
		expect(mapping.priorityMap).toEqual({ 'Sev A': 'P1', 'Sev B': 'P2' });
		expect(parseMapping(JSON.parse(JSON.stringify(mapping))).priorityMap).toEqual({ 'Sev A': 'P1', 'Sev B': 'P2' });
		expect(draftFrom({ ...recognise(serviceNow), resolved: { ...recognise(serviceNow).resolved, mapping } }, 'x.csv').priorityMap).toBe('Sev A=P1, Sev B=P2');
		expect(() => parseMapping({ ...mapping, priorityMap: { Sev: 'P7' } })).toThrow('priorityMap "Sev" must be P1, P2, P3 or P4, not "P7"');
	});

	it('an import applies the priority map over the vendor words, keeping the raw label', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-pmap-')), 'sev.csv');
		writeFileSync(file, 'ticket_id,created_at,priority\nA1,2026-02-01 09:00:00,Sev A\nA2,2026-02-01 10:00:00,High\nA3,2026-02-01 11:00:00,Sev Z\n');
		const db = await memoryDb();
		const result = await importFile(db, file, { mapping: { name: 'sev', kind: 'tickets', columns: { ticket_id: 'ticket_id', created_at: 'created_at', priority: 'priority' }, priorityMap: { 'sev a': 'P1' } } });
		const rows = await withConnection(db, (c) => c.allSql('SELECT ticket_id, priority, priority_label FROM tickets ORDER BY ticket_id'));
		expect(rows).toEqual([
			{ ticket_id: 'A1', priority: 'P1', priority_label: 'Sev A' },
			{ ticket_id: 'A2', priority: 'P2', priority_label: 'High' },
			{ ticket_id: 'A3', priority: 'Sev Z', priority_label: 'Sev Z' }
		]);
		expect(result.notes).toContain('priorities read as High = P2 (1), Sev A = P1 (1); priorities kept as written, with no SLA target: Sev Z (1) (map them in the mapping screen)');
	});
});
