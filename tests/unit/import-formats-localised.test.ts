// The presets added for real exports, each against a fixture written from the vendor's
// documented columns: GLPI (en, pt, fr), Jira Service Management in es/pt/fr/de,
// ServiceNow lists with labels, a Freshdesk column subset; and how recognition scores them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { withConnection, type Db } from '../../src/lib/server/db';
import { recognise } from '../../src/lib/formats/recognise';
import { normalisePriority } from '../../src/lib/formats/vocabulary';
import { fixture, memoryDb } from '../helpers/db';

const rows = (db: Db, sql: string) => withConnection(db, (conn) => conn.allSql<Record<string, unknown>>(sql));
const ts = (col: string) => `strftime(${col}, '%Y-%m-%d %H:%M') AS ${col}`;
const headerOf = (name: string) => {
	const line = readFileSync(fixture(`formats/${name}`), 'utf8').split('\n')[0];
	return line.split(line.includes(';') ? ';' : ',');
};

async function load(name: string) {
	const db = await memoryDb();
	return { db, result: await importFile(db, fixture(`formats/${name}`)) };
}

describe('recognition scores every preset on the header', () => {
	it.each([
		['glpi-en.csv', 'glpi'], ['glpi-pt.csv', 'glpi-pt'], ['glpi-fr.csv', 'glpi-fr'],
		['jira-es.csv', 'jira-service-management-es'], ['jira-pt.csv', 'jira-service-management-pt'],
		['jira-fr.csv', 'jira-service-management-fr'], ['jira-de.csv', 'jira-service-management-de'],
		['servicenow-incident-labels.csv', 'servicenow-incident'], ['freshdesk-subset.csv', 'freshdesk'],
		['servicenow-change-labels.csv', 'servicenow-change']
	])('%s is %s', (file, preset) => {
		const found = recognise(headerOf(file));
		expect(found.status).toBe('preset');
		expect(found.resolved.mapping.name).toBe(preset);
		expect(found.explanation).toMatch(new RegExp(`^recognised as .+ \\(score (0\\.\\d\\d|1\\.00): \\d+ of its \\d+ signature columns\\)`));
		expect(found.score).toBeGreaterThanOrEqual(0.5);
	});

	it('names the runner-up when it is close, with its score', () => {
		// Freshservice and Freshdesk share most column names; a file of the shared ones is close.
		const found = recognise(['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Agent', 'Group', 'Created time', 'Resolved time', 'Closed time']);
		expect(found.resolved.mapping.name).toBe('freshdesk');
		expect(found.runnerUp).toBeDefined();
		expect(found.explanation).toMatch(/; runner-up .+ \(score \d\.\d\d/);
		expect(found.score! - found.runnerUp!.score).toBeLessThanOrEqual(0.1);
	});

	it('a header with "Ticket ID" but no creation column says which creation columns were looked for', () => {
		const found = recognise(['Ticket ID', 'Subject', 'Opened on']);
		expect(found.status).toBe('unrecognised');
		expect(found.explanation).toContain('no creation date column recognised (looked for "created_at", "created", "opened_at"');
		expect(found.explanation).toContain('ticket_id found in "Ticket ID"');
	});

	it('three shared columns never make a vendor format out of a generic file', () => {
		expect(recognise(['ticket_id', 'created_at', 'status', 'priority', 'subject']).status).toBe('generic');
	});
});

describe('list export or event log, from the data', () => {
	const write = (name: string, lines: string[]) => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-shape-')), name);
		writeFileSync(file, lines.join('\n') + '\n');
		return file;
	};
	const header = 'number,incident_state,opened_at,caller_id,assignment_group,short_description,sys_updated_on';
	const row = (id: number, state: string, updated: string) => `INC${id},${state},2026-02-0${1 + (id % 8)} 09:00:00,C${id % 5},Desk,Issue ${id},${updated}`;

	it('a ServiceNow list with sys_updated_on and one repeated number (1 in 20) stays a list', async () => {
		const db = await memoryDb();
		const rows = Array.from({ length: 19 }, (_, i) => row(i, 'Closed', '2026-02-10 10:00:00'));
		const result = await importFile(db, write('list.csv', [header, ...rows, row(3, 'Closed', '2026-02-11 10:00:00')]));
		expect(result).toMatchObject({ format: 'servicenow-incident', rowsLoaded: 19 });
		expect(result.recognition).toContain('one row per ticket (1 of 20 rows repeat an id), so not an event log');
		expect(result.notes).toContain('1 rows repeated a ticket_id seen earlier in the file; the last one of each was kept');
		expect(result.capabilities!.find((c) => c.metric === 'resolution_time')).toMatchObject({ available: false });
	});

	it('the same columns with every number repeated are an event log, collapsed per ticket', async () => {
		const db = await memoryDb();
		const rows = Array.from({ length: 10 }, (_, i) => [row(i, 'New', '2026-02-10 10:00:00'), row(i, 'Resolved', '2026-02-12 10:00:00')]).flat();
		const result = await importFile(db, write('events.csv', [header, ...rows]));
		expect(result).toMatchObject({ format: 'servicenow-incident-events', rowsRead: 20, rowsLoaded: 10 });
		expect(result.recognition).toContain('an event log: 20 rows for 10 ticket ids, collapsed to one per ticket');
		expect(result.notes).toContain('event log: 20 rows (updates) collapsed to 10 tickets, each at its latest state');
	});

	it('a file with "Ticket ID" but no creation column is refused naming the creation columns looked for', async () => {
		const db = await memoryDb();
		await expect(importFile(db, write('no-created.csv', ['Ticket ID,Subject,Opened on', '1,Printer,yesterday'])))
			.rejects.toThrow(/no-created\.csv line 1: cannot tell whether this is a tickets or a changes export: no column for created_at: no creation date column recognised \(looked for "created_at", "created", "opened_at".*; ticket_id found in "Ticket ID"/);
	});
});

describe('priority labels read as P1-P4', () => {
	it.each([
		['1 - Critical', 'P1'], ['2 - High', 'P2'], ['3 - Moderate', 'P3'], ['4 - Low', 'P4'], ['5 - Planning', null],
		['Urgent', 'P1'], ['High', 'P2'], ['Normal', 'P3'], ['Medium', 'P3'], ['Low', 'P4'], ['Highest', 'P1'], ['Lowest', 'P4'],
		['Muito alta', 'P1'], ['Alta', 'P2'], ['Média', 'P3'], ['Baixa', 'P4'], ['Muito baixa', 'P4'], ['Crítica', 'P1'],
		['Hoch', 'P2'], ['Niedrigste', 'P4'], ['Très haute', 'P1'], ['P2', 'P2'], ['Sev 3', 'P3'], ['Whenever', null]
	])('%s -> %s', (label, level) => {
		expect(normalisePriority(label)).toBe(level);
	});
});

describe('the localised presets load', () => {
	it('GLPI (fr): semicolons, d/m/Y (a day above 12 in each column), "Temps de résolution dépassé" Oui/Non as the SLA flag, Clos/Résolu resolved', async () => {
		const { db, result } = await load('glpi-fr.csv');
		expect(result).toMatchObject({ format: 'glpi-fr', rowsLoaded: 3, rowsRejected: 0 });
		expect(await rows(db, `SELECT ticket_id, caller_id, agent, team, priority, priority_label, status, status_resolved, sla_met, ${ts('created_at')}, ${ts('resolved_at')}, ${ts('sla_due_at')} FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: '1 204', caller_id: 'Marie Curie (12)', agent: 'Jean Dupont (3)', team: 'Support N1', priority: 'P3', priority_label: 'Moyenne', status: 'Clos', status_resolved: true, sla_met: true, created_at: '2026-02-03 09:15', resolved_at: '2026-02-03 10:00', sla_due_at: '2026-02-03 13:15' },
			{ ticket_id: '1 205', caller_id: 'Paul Martin (14)', agent: 'Jean Dupont (3)', team: 'Réseau', priority: 'P1', priority_label: 'Très haute', status: 'Résolu', status_resolved: true, sla_met: false, created_at: '2026-02-04 14:00', resolved_at: '2026-02-13 09:30', sla_due_at: '2026-02-04 16:00' },
			{ ticket_id: '1 206', caller_id: 'Marie Curie (12)', agent: null, team: 'Support N1', priority: 'P4', priority_label: 'Basse', status: 'En cours (Attribué)', status_resolved: false, sla_met: null, created_at: '2026-02-16 11:00', resolved_at: null, sla_due_at: '2026-02-19 11:00' }
		]);
	});

	it('GLPI (en) and (pt) fill the same fields', async () => {
		for (const [file, format] of [['glpi-en.csv', 'glpi'], ['glpi-pt.csv', 'glpi-pt']]) {
			const { db, result } = await load(file);
			expect(result).toMatchObject({ format, rowsLoaded: 2, rowsRejected: 0 });
			expect(await rows(db, `SELECT priority, status_resolved, sla_met, resolved_at IS NOT NULL AS has_resolution FROM tickets ORDER BY ticket_id`)).toEqual([
				{ priority: 'P3', status_resolved: true, sla_met: true, has_resolution: true },
				{ priority: 'P1', status_resolved: true, sla_met: false, has_resolution: true }
			]);
		}
	});

	it.each([
		['jira-es.csv', 'jira-service-management-es', 'SD-41', 'P2', 'Alta'], ['jira-pt.csv', 'jira-service-management-pt', 'SUP-7', 'P1', 'Mais alta'],
		['jira-fr.csv', 'jira-service-management-fr', 'AIDE-3', 'P2', 'Haute'], ['jira-de.csv', 'jira-service-management-de', 'HILFE-9', 'P2', 'Hoch']
	])('Jira %s: key, dates, request type, satisfaction, a done status resolved', async (file, format, key, level, label) => {
		const { db, result } = await load(file);
		expect(result).toMatchObject({ format, rowsLoaded: 2, rowsRejected: 0 });
		const [first] = await rows(db, `SELECT ticket_id, priority, priority_label, status_resolved, csat_score IS NOT NULL AS rated, category IS NOT NULL AS typed, ${ts("resolved_at")} FROM tickets WHERE ticket_id = '${key}'`);
		expect(first).toMatchObject({ ticket_id: key, priority: level, priority_label: label, status_resolved: true, rated: true, typed: true });
		expect(first.resolved_at).not.toBeNull();
	});

	it('ServiceNow incident list with labels: Number, Opened, Caller, Assignment group, State, Priority, Resolved', async () => {
		const { db, result } = await load('servicenow-incident-labels.csv');
		expect(result).toMatchObject({ format: 'servicenow-incident', rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows(db, `SELECT ticket_id, caller_id, team, agent, priority, status, sla_met, reassignment_count, ${ts('resolved_at')} FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: 'INC0020001', caller_id: 'Abel Tuter', team: 'Service Desk', agent: 'Beth Anglin', priority: 'P1', status: 'Closed', sla_met: true, reassignment_count: 0, resolved_at: '2026-02-02 09:00' },
			{ ticket_id: 'INC0020002', caller_id: 'Bud Richman', team: 'Network', agent: 'David Loo', priority: 'P4', status: 'In Progress', sla_met: false, reassignment_count: 1, resolved_at: null }
		]);
	});

	it('a Freshdesk column subset loads, and the table says what it cannot tell', async () => {
		const { result } = await load('freshdesk-subset.csv');
		expect(result).toMatchObject({ format: 'freshdesk', rowsLoaded: 2, rowsRejected: 0 });
		const byMetric = Object.fromEntries(result.capabilities!.map((c) => [c.metric, c]));
		expect(byMetric.resolution_time).toMatchObject({ available: true, columns: ['Resolved time'] });
		expect(byMetric.repeat_contacts).toMatchObject({ available: true, columns: ['Contact ID', 'Created time'] });
		expect(byMetric.fcr).toMatchObject({ available: false, columns: [] });
		expect(byMetric.csat).toMatchObject({ available: false, reason: 'no satisfaction column' });
	});

	it('ServiceNow change list with labels into changes', async () => {
		const { db, result } = await load('servicenow-change-labels.csv');
		expect(result).toMatchObject({ kind: 'changes', format: 'servicenow-change', rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows(db, `SELECT change_id, service, outcome, ${ts('actual_end')} FROM changes ORDER BY change_id`)).toEqual([
			{ change_id: 'CHG0040001', service: 'Mail', outcome: 'Successful', actual_end: '2026-02-02 01:30' },
			{ change_id: 'CHG0040002', service: 'VPN Gateway', outcome: 'Unsuccessful', actual_end: '2026-02-03 20:50' }
		]);
	});
});
