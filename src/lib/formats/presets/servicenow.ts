// ServiceNow exports: incident lists (field names from a list URL's ?CSV, or the list
// UI's column labels), their one-row-per-update audit form, and change_request lists.
import type { ImportMapping } from '../mapping';

// Column lists: ServiceNow product documentation, "Incident [incident] table" and
// "Change Request [change_request] table" (field name and label of each column); a list
// export writes field names from `incident_list.do?CSV` and labels from the list's
// Export > CSV. Labels of the same field differ between releases and instances, so
// both spellings (and the older ones seen in real exports) are listed.
const incidentColumns: ImportMapping['columns'] = {
	ticket_id: ['number', 'Number'],
	created_at: ['opened_at', 'Opened', 'sys_created_on', 'Created'],
	resolved_at: ['resolved_at', 'Resolved'],
	closed_at: ['closed_at', 'Closed'],
	sla_due_at: ['sla_due', 'SLA due', 'due_date', 'Due date'],
	sla_met: ['made_sla', 'Made SLA'],
	caller_id: ['caller_id', 'Caller'],
	client: ['company', 'Company'],
	site: ['location', 'Location'],
	agent: ['assigned_to', 'Assigned to'],
	team: ['assignment_group', 'Assignment group'],
	channel: ['contact_type', 'Contact type', 'Channel'],
	priority: ['priority', 'Priority'],
	category: ['category', 'Category'],
	subcategory: ['subcategory', 'Subcategory'],
	service: ['cmdb_ci', 'Configuration item', 'business_service', 'Service'],
	status: ['incident_state', 'Incident state', 'state', 'State'],
	reopen_count: ['reopen_count', 'Reopen count'],
	reassignment_count: ['reassignment_count', 'Reassignment count'],
	caused_by_change: ['caused_by', 'Caused by Change'],
	related_change: ['rfc', 'Change Request'],
	subject: ['short_description', 'Short description'],
	// calendar_duration ("Duration"): seconds from opened to resolved, set on resolution.
	// business_duration counts business hours only, so it is no resolution time here.
	resolution_seconds: ['calendar_duration', 'Duration']
};

// Incident fields a list export carries that feed nothing canonical (recognition only).
const incidentKnown = [
	'sys_updated_on', 'Updated', 'sys_updated_by', 'Updated by', 'sys_mod_count', 'Updates', 'sys_id', 'active', 'Active',
	'impact', 'Impact', 'urgency', 'Urgency', 'closed_by', 'Closed by', 'resolved_by', 'Resolved by', 'opened_by', 'Opened by',
	'close_code', 'Resolution code', 'close_notes', 'Resolution notes', 'description', 'Description', 'business_duration',
	'Business duration', 'severity', 'Severity', 'problem_id', 'Problem', 'knowledge', 'Knowledge', 'escalation', 'Escalation',
	'upon_approval', 'work_notes', 'Work notes', 'comments', 'Additional comments', 'u_symptom', 'notify', 'Notify', 'vendor',
	'closed_code', 'sys_created_by', 'Created by', 'sys_created_at', 'sys_updated_at', 'hold_reason', 'On hold reason', 'child_incidents'
];

// ServiceNow writes dates in the exporting user's format; these are the shipped choices.
const dates = ['%Y-%m-%d %H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%m-%d-%Y %H:%M:%S', '%d.%m.%Y %H:%M:%S'];

const incidentSource =
	'ServiceNow docs, "Incident [incident] table" (field names and labels); list export via ?CSV (names) or Export > CSV (labels)';

export const serviceNowPresets: ImportMapping[] = [
	{
		name: 'servicenow-incident',
		label: 'ServiceNow incident export',
		kind: 'tickets',
		// A list with sys_updated_on is still a list: only repeating numbers make an event log.
		eventLog: 'auto',
		eventLogFormat: 'servicenow-incident-events',
		source: incidentSource,
		signature: [
			'number', 'opened_at|Opened', 'caller_id|Caller', 'assignment_group', 'assigned_to', 'priority', 'short_description',
			'incident_state|state', 'reassignment_count', 'made_sla', 'sys_updated_on|Updated', 'calendar_duration|Duration', 'closed_by|Closed by'
		],
		columns: {
			...incidentColumns,
			event_seq: ['sys_mod_count', 'Updates'],
			event_at: ['sys_updated_at', 'sys_updated_on', 'Updated']
		},
		known: incidentKnown,
		nullTokens: ['?'],
		dateFormats: dates
	},
	{
		name: 'servicenow-incident-events',
		label: 'ServiceNow incident event log (one row per update)',
		kind: 'tickets',
		eventLog: true,
		source: `${incidentSource}; audit layout of the UCI "Incident management process enriched event log" (Amaral et al. 2018)`,
		// Chosen from the data (repeating numbers) through servicenow-incident, or asked for by name.
		signature: [],
		columns: {
			...incidentColumns,
			event_seq: ['sys_mod_count', 'Updates'],
			event_at: ['sys_updated_at', 'sys_updated_on', 'Updated']
		},
		known: incidentKnown,
		nullTokens: ['?'],
		dateFormats: dates
	},
	{
		name: 'servicenow-change',
		label: 'ServiceNow change_request export',
		kind: 'changes',
		source: 'ServiceNow docs, "Change Request [change_request] table" (field names and labels; "Completion Code" as some instances label close_code)',
		signature: [
			'number', 'short_description', 'start_date|Planned start date', 'end_date|Planned end date', 'work_start|Actual start',
			'work_end|Actual end|Work end', 'close_code|Close code|Completion Code', 'cmdb_ci|Configuration item', 'type', 'risk'
		],
		columns: {
			change_id: ['number', 'Number'],
			service: ['cmdb_ci', 'Configuration item', 'business_service', 'Service'],
			client: ['company', 'Company'],
			planned_start: ['start_date', 'Planned start date'],
			planned_end: ['end_date', 'Planned end date'],
			actual_start: ['work_start', 'Actual start', 'Work start'],
			actual_end: ['work_end', 'Actual end', 'Work end'],
			outcome: ['close_code', 'Close code', 'Completion Code'],
			summary: ['short_description', 'Short description']
		},
		known: [
			'assignment_group', 'Assignment group', 'assigned_to', 'Assigned to', 'state', 'State', 'closed_at', 'Closed', 'opened_at', 'Opened',
			'impact', 'Impact', 'priority', 'Priority', 'category', 'Category', 'requested_by', 'Requested by', 'approval', 'Approval',
			'close_notes', 'Close notes', 'description', 'Description', 'phase', 'Phase'
		],
		requireAny: ['planned_start', 'planned_end', 'actual_start', 'actual_end'],
		dateFormats: dates
	}
];
