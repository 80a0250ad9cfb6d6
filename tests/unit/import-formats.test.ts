// Every export preset against a fixture in that vendor's column layout: the format
// is recognised from the header, values land in the canonical fields, event logs collapse.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { withConnection, type Db } from '../../src/lib/server/db';
import { recognise } from '../../src/lib/formats/recognise';
import { presets } from '../../src/lib/formats/presets';
import { fixture, memoryDb } from '../helpers/db';

const rows = (db: Db, sql: string) => withConnection(db, (conn) => conn.allSql<Record<string, unknown>>(sql));
const ts = (col: string) => `strftime(${col}, '%Y-%m-%d %H:%M') AS ${col}`;

async function load(name: string) {
	const db = await memoryDb();
	const result = await importFile(db, fixture(`formats/${name}`));
	return { db, result };
}

describe('header recognition', () => {
	it('has a fixture-tested preset for every vendor format', () => {
		expect(presets.map((p) => p.name).sort()).toEqual([
			'bpic2013', 'freshdesk', 'freshservice', 'glpi', 'glpi-fr', 'glpi-pt',
			'jira-service-management', 'jira-service-management-de', 'jira-service-management-es', 'jira-service-management-fr', 'jira-service-management-pt',
			'kaggle-customer-support', 'servicenow-change', 'servicenow-incident', 'servicenow-incident-events', 'zendesk'
		]);
	});

	it('takes canonical headers as the generic format, and says when it cannot map', () => {
		expect(recognise(['ticket_id', 'created_at', 'team']).status).toBe('generic');
		const unknown = recognise(['Ref', 'When', 'Who']);
		expect(unknown.status).toBe('unrecognised');
		expect(unknown.explanation).toContain('no column for ticket_id, created_at');
	});

	it('leaves list export vs event log to the data: update columns alone do not make an event log', () => {
		const headers = 'number,incident_state,sys_mod_count,sys_updated_at,opened_at,caller_id,assignment_group,reassignment_count'.split(',');
		const found = recognise(headers);
		expect(found.resolved.mapping).toMatchObject({ name: 'servicenow-incident', eventLog: 'auto', eventLogFormat: 'servicenow-incident-events' });
		expect(found.explanation).toMatch(/^recognised as ServiceNow incident export \(score \d\.\d\d: \d+ of its \d+ signature columns\)/);
	});
});

describe('ServiceNow', () => {
	it('incident export: field names, counts, SLA flag, caused_by vs rfc, extra columns kept', async () => {
		const { db, result } = await load('servicenow-incident.csv');
		expect(result).toMatchObject({ format: 'servicenow-incident', rowsLoaded: 3, rowsRejected: 0 });
		expect(result.recognition).toContain('ServiceNow incident export');
		expect(await rows(db, `SELECT ticket_id, caller_id, client, team, agent, channel, priority, priority_label, reassignment_count, reopen_count, sla_met,
		                              caused_by_change, related_change, service, status, ${ts('created_at')}, ${ts('resolved_at')}, extra::VARCHAR AS extra
		                       FROM tickets ORDER BY ticket_id LIMIT 2`)).toEqual([
			{ ticket_id: 'INC0010001', caller_id: 'Abel Tuter', client: 'ACME North America', team: 'Service Desk', agent: 'Beth Anglin', channel: 'Phone', priority: 'P2', priority_label: '2 - High',
			  reassignment_count: 0, reopen_count: 0, sla_met: true, caused_by_change: null, related_change: 'CHG0030001', service: 'VPN Gateway', status: 'Closed',
			  created_at: '2026-02-02 08:15', resolved_at: '2026-02-02 09:00', extra: '{"u_vip":"false"}' },
			{ ticket_id: 'INC0010002', caller_id: 'Bud Richman', client: 'ACME Europe', team: 'Hardware', agent: 'David Loo', channel: 'Self-service', priority: 'P3', priority_label: '3 - Moderate',
			  reassignment_count: 2, reopen_count: 1, sla_met: false, caused_by_change: 'CHG0030002', related_change: null, service: 'Laptop Fleet', status: 'Resolved',
			  created_at: '2026-02-03 10:00', resolved_at: '2026-02-04 16:30', extra: '{"u_vip":"true"}' }
		]);
	});

	it('event log (audit form): one ticket per number at its highest update count, d/m/yyyy dates, ? as null', async () => {
		const { db, result } = await load('servicenow-incident-events.csv');
		expect(result).toMatchObject({ format: 'servicenow-incident-events', rowsRead: 7, rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows(db, `SELECT ticket_id, status, ${ts('created_at')}, ${ts('resolved_at')}, ${ts('closed_at')}, team, agent,
		                              reassignment_count, reopen_count, sla_met, caused_by_change, service FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: 'INC0000045', status: 'Closed', created_at: '2016-02-29 01:16', resolved_at: '2016-02-29 11:29', closed_at: '2016-03-05 12:00',
			  team: 'Group 56', agent: 'Resolver 149', reassignment_count: 0, reopen_count: 0, sla_met: true, caused_by_change: null, service: null },
			{ ticket_id: 'INC0000047', status: 'Active', created_at: '2016-02-29 04:40', resolved_at: null, closed_at: null,
			  team: 'Group 24', agent: 'Resolver 31', reassignment_count: 1, reopen_count: 1, sla_met: false, caused_by_change: 'CHG0000123', service: null }
		]);
	});

	it('change_request export into the changes table', async () => {
		const { db, result } = await load('servicenow-change.csv');
		expect(result).toMatchObject({ kind: 'changes', format: 'servicenow-change', rowsLoaded: 2 });
		expect(await rows(db, `SELECT change_id, service, client, ${ts('actual_end')}, outcome, summary FROM changes ORDER BY change_id LIMIT 1`)).toEqual([
			{ change_id: 'CHG0030001', service: 'VPN Gateway', client: 'ACME North America', actual_end: '2026-02-02 01:30', outcome: 'Successful with issues', summary: 'Upgrade VPN gateway firmware' }
		]);
	});
});

describe('Zendesk, Freshdesk, Freshservice, Jira Service Management', () => {
	it('Zendesk: first reply from minutes, reassignments from group stations, good/bad satisfaction', async () => {
		const { db, result } = await load('zendesk.csv');
		expect(result).toMatchObject({ format: 'zendesk', rowsLoaded: 3, rowsRejected: 0 });
		expect(await rows(db, `SELECT ticket_id, caller_id, client, team, agent, channel, ${ts('first_response_at')}, ${ts('resolved_at')},
		                              reassignment_count, reopen_count, csat_score, csat_scale FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: '101', caller_id: '9001', client: 'Example Corp', team: 'Support', agent: 'Sam Agent', channel: 'Web form', first_response_at: '2026-03-02 09:30', resolved_at: '2026-03-02 11:00', reassignment_count: 0, reopen_count: 0, csat_score: 1, csat_scale: 'good/bad' },
			{ ticket_id: '102', caller_id: '9002', client: 'Other Ltd', team: 'Billing', agent: 'Kim Agent', channel: 'Email', first_response_at: '2026-03-03 15:30', resolved_at: '2026-03-04 18:00', reassignment_count: 2, reopen_count: 1, csat_score: 0, csat_scale: 'good/bad' },
			{ ticket_id: '103', caller_id: '9001', client: 'Example Corp', team: 'Support', agent: null, channel: 'Chat', first_response_at: null, resolved_at: null, reassignment_count: 0, reopen_count: 0, csat_score: null, csat_scale: null }
		]);
	});

	it('Freshdesk: initial response, customer interactions as contacts, contact id as caller', async () => {
		const { db, result } = await load('freshdesk.csv');
		expect(result).toMatchObject({ format: 'freshdesk', rowsLoaded: 2 });
		expect(await rows(db, `SELECT ticket_id, caller_id, client, team, channel, ${ts('first_response_at')}, ${ts('closed_at')}, contact_count, service FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: '5001', caller_id: '70001', client: 'Client Co', team: 'IT Support', channel: 'Email', first_response_at: '2026-04-01 09:30', closed_at: '2026-04-03 09:00', contact_count: 1, service: 'Office Printers' },
			{ ticket_id: '5002', caller_id: '70002', client: 'Client Co', team: 'Network', channel: 'Portal', first_response_at: '2026-04-02 13:00', closed_at: null, contact_count: 3, service: 'VPN' }
		]);
	});

	it('Freshservice: department as client, category/sub-category/item, a multi-line description kept', async () => {
		const { db, result } = await load('freshservice.csv');
		expect(result).toMatchObject({ format: 'freshservice', rowsLoaded: 2 });
		expect(await rows(db, `SELECT ticket_id, caller_id, client, site, category, subcategory, service, contact_count, extra->>'Description' AS description FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: 'INC-32', caller_id: 'lee@corp.example', client: 'Finance', site: 'Ghent', category: 'Software', subcategory: 'Email', service: 'Outlook', contact_count: 2, description: 'Crashes on start,\nevery time' },
			{ ticket_id: 'SR-31', caller_id: 'lee@corp.example', client: 'Finance', site: 'Ghent', category: 'Hardware', subcategory: 'Laptop', service: 'ThinkPad T14', contact_count: 1, description: 'Needs a laptop for new hire' }
		]);
	});

	it("Jira Service Management: issue keys, Jira's dd/Mon/yy dates, request type, satisfaction", async () => {
		const { db, result } = await load('jira-service-management.csv');
		expect(result).toMatchObject({ format: 'jira-service-management', rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows(db, `SELECT ticket_id, ${ts('created_at')}, ${ts('resolved_at')}, ${ts('sla_due_at')}, caller_id, client, agent, category, csat_score, csat_scale FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: 'ITSM-12', created_at: '2026-01-12 10:15', resolved_at: '2026-01-12 15:40', sla_due_at: null, caller_id: 'bob@customer.example', client: 'Customer A', agent: 'Ana Silva', category: 'Report an incident', csat_score: 4, csat_scale: '1-5' },
			{ ticket_id: 'ITSM-13', created_at: '2026-01-13 09:05', resolved_at: null, sla_due_at: '2026-01-20 00:00', caller_id: 'carol@customer.example', client: 'Customer B', agent: null, category: 'Request a new account', csat_score: null, csat_scale: null }
		]);
	});
});

describe('generic changes and process-mining service logs', () => {
	it('a changes file with everyday headers maps by synonyms', async () => {
		const { db, result } = await load('generic-changes.csv');
		expect(result).toMatchObject({ kind: 'changes', format: 'generic-changes', rowsLoaded: 1 });
		expect(await rows(db, `SELECT change_id, service, client, outcome, summary FROM changes`)).toEqual([
			{ change_id: 'C-1', service: 'Mail', client: 'Acme', outcome: 'successful', summary: 'Mail relay patch' }
		]);
	});

	it('a BPIC-style service log collapses per SR: first event opens, team changes and reopens counted, never-left-L1 as FCR', async () => {
		const { db, result } = await load('bpic-service-log.csv');
		expect(result).toMatchObject({ format: 'bpic2013', rowsRead: 9, rowsLoaded: 3 });
		expect(result.notes).toContain('event log: 9 rows (updates) collapsed to 3 tickets, each at its latest state');
		expect(await rows(db, `SELECT ticket_id, status, ${ts('created_at')}, ${ts('resolved_at')}, team, agent, priority, priority_label, reassignment_count, reopen_count, first_contact_resolved FROM tickets ORDER BY ticket_id`)).toEqual([
			{ ticket_id: '1-100', status: 'In Call', created_at: '2012-01-02 08:00', resolved_at: '2012-01-02 08:10', team: 'D1', agent: 'be-Ann', priority: 'P3', priority_label: 'Medium', reassignment_count: 0, reopen_count: 0, first_contact_resolved: true },
			{ ticket_id: '1-200', status: 'Closed', created_at: '2012-01-03 09:00', resolved_at: '2012-01-05 08:30', team: 'V5 2nd', agent: 'se-Eva', priority: 'P2', priority_label: 'High', reassignment_count: 1, reopen_count: 1, first_contact_resolved: false },
			{ ticket_id: '1-300', status: 'Wait - User', created_at: '2012-01-06 09:00', resolved_at: null, team: 'D1', agent: 'be-Ann', priority: 'P4', priority_label: 'Low', reassignment_count: 0, reopen_count: 0, first_contact_resolved: true }
		]);
	});
});
