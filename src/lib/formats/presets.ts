// The export formats onecall recognises: each vendor's documented export columns
// mapped to the canonical fields, with the header signature that identifies it.
import type { ImportMapping } from './mapping';

// Header spellings: ServiceNow exports carry field names (`assignment_group`) from
// list URLs (?CSV) and labels ("Assignment group") from the list UI; both are listed.
const serviceNowIncidentColumns: ImportMapping['columns'] = {
	ticket_id: 'number',
	created_at: ['opened_at', 'Opened', 'sys_created_on', 'Created'],
	resolved_at: ['resolved_at', 'Resolved'],
	closed_at: ['closed_at', 'Closed'],
	sla_due_at: ['sla_due', 'SLA due', 'due_date'],
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
	subject: ['short_description', 'Short description']
};

// ServiceNow writes dates in the exporting user's format; these are the shipped choices.
const serviceNowDates = ['%Y-%m-%d %H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%m-%d-%Y %H:%M:%S', '%d.%m.%Y %H:%M:%S'];

export const presets: ImportMapping[] = [
	{
		name: 'servicenow-incident-events',
		label: 'ServiceNow incident event log (one row per update)',
		kind: 'tickets',
		eventLog: true,
		source:
			'ServiceNow incident table fields (docs.servicenow.com, "Incident [incident] table") as exported with sys_mod_count/sys_updated_on; layout of the UCI "Incident management process enriched event log" (Amaral et al. 2018, a ServiceNow audit export)',
		signature: ['number', 'incident_state', 'sys_mod_count', 'sys_updated_at', 'opened_at', 'caller_id', 'assignment_group', 'reassignment_count'],
		columns: {
			...serviceNowIncidentColumns,
			event_seq: ['sys_mod_count', 'Updates'],
			event_at: ['sys_updated_at', 'sys_updated_on', 'Updated']
		},
		nullTokens: ['?'],
		dateFormats: serviceNowDates
	},
	{
		name: 'servicenow-incident',
		label: 'ServiceNow incident export',
		kind: 'tickets',
		source: 'ServiceNow incident table fields (docs.servicenow.com, "Incident [incident] table"; list export, field names or labels)',
		signature: ['number', 'opened_at|Opened', 'caller_id|Caller', 'assignment_group', 'assigned_to', 'priority', 'short_description', 'incident_state|state', 'reassignment_count', 'made_sla'],
		columns: serviceNowIncidentColumns,
		dateFormats: serviceNowDates
	},
	{
		name: 'zendesk',
		label: 'Zendesk ticket export',
		kind: 'tickets',
		source: 'Zendesk help center, "Exporting data to a JSON, CSV, or XML file" (CSV ticket export columns)',
		signature: ['Id', 'Requester', 'Requester id', 'Assignee', 'Group', 'Via', 'Created at', 'Solved at', 'Satisfaction Score', 'Group stations', 'Reopens', 'First reply time in minutes'],
		columns: {
			ticket_id: 'Id',
			created_at: 'Created at',
			resolved_at: 'Solved at',
			sla_due_at: 'Due date',
			caller_id: ['Requester id', 'Requester email', 'Requester'],
			client: 'Organization',
			agent: 'Assignee',
			team: 'Group',
			channel: 'Via',
			priority: 'Priority',
			category: 'Ticket type',
			status: 'Status',
			reopen_count: 'Reopens',
			csat_score: 'Satisfaction Score',
			subject: 'Subject',
			first_response_minutes: 'First reply time in minutes',
			group_stations: 'Group stations'
		},
		csatScale: 'good/bad',
		resolvedValues: ['solved', 'closed']
	},
	{
		name: 'freshdesk',
		label: 'Freshdesk ticket export',
		kind: 'tickets',
		source: 'Freshdesk support, "Exporting tickets" (ticket fields of the CSV export)',
		signature: ['Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Agent', 'Group', 'Created time', 'Due by Time', 'Resolved time', 'Closed time', 'Initial response time', 'Customer interactions', 'Resolution status'],
		columns: {
			ticket_id: 'Ticket ID',
			created_at: 'Created time',
			first_response_at: 'Initial response time',
			resolved_at: 'Resolved time',
			closed_at: 'Closed time',
			sla_due_at: 'Due by Time',
			caller_id: ['Contact ID', 'Email', 'Requester email', 'Full name', 'Requester name'],
			client: ['Company Name', 'Company'],
			agent: 'Agent',
			team: 'Group',
			channel: 'Source',
			priority: 'Priority',
			category: 'Type',
			subcategory: 'Sub-Category',
			service: 'Product',
			status: 'Status',
			contact_count: 'Customer interactions',
			subject: 'Subject'
		},
		dateFormats: ['%Y-%m-%d %H:%M:%S', '%d-%m-%Y %H:%M:%S', '%m-%d-%Y %H:%M:%S'],
		resolvedValues: ['resolved', 'closed']
	},
	{
		name: 'freshservice',
		label: 'Freshservice ticket export',
		kind: 'tickets',
		source: 'Freshservice support, "Exporting tickets" (ticket fields of the CSV export)',
		signature: ['Ticket Id', 'Subject', 'Status', 'Priority', 'Source', 'Agent', 'Group', 'Requester Name', 'Requester Email', 'Department', 'Category', 'Sub-Category', 'Item', 'Created Date', 'Resolved Time', 'Closed Time', 'Impact', 'Urgency', 'Requester interactions'],
		columns: {
			ticket_id: 'Ticket Id',
			created_at: ['Created Date', 'Created time'],
			first_response_at: ['Initial Response Time', 'First Responded Time'],
			resolved_at: ['Resolved Time', 'Resolved time'],
			closed_at: ['Closed Time', 'Closed time'],
			sla_due_at: 'Due by Time',
			caller_id: ['Requester Email', 'Requester Name'],
			client: 'Department',
			site: ['Requester Location', 'Location'],
			agent: 'Agent',
			team: 'Group',
			channel: 'Source',
			priority: 'Priority',
			category: 'Category',
			subcategory: 'Sub-Category',
			service: 'Item',
			status: 'Status',
			contact_count: ['Requester interactions', 'Customer interactions'],
			subject: 'Subject'
		},
		dateFormats: ['%Y-%m-%d %H:%M:%S', '%d-%m-%Y %H:%M:%S', '%m-%d-%Y %H:%M:%S'],
		resolvedValues: ['resolved', 'closed']
	},
	{
		name: 'jira-service-management',
		label: 'Jira Service Management issue export',
		kind: 'tickets',
		source: 'Atlassian support, "Export issues to CSV" (Jira all-fields CSV: Issue key, Created, Resolved, Custom field (...) columns)',
		signature: ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Resolution', 'Assignee', 'Reporter', 'Created', 'Resolved'],
		columns: {
			ticket_id: 'Issue key',
			created_at: 'Created',
			resolved_at: 'Resolved',
			sla_due_at: 'Due date',
			caller_id: ['Reporter', 'Custom field (Customer)'],
			client: ['Custom field (Organizations)', 'Custom field (Organization)'],
			agent: 'Assignee',
			team: ['Custom field (Team)', 'Component/s', 'Components'],
			channel: ['Custom field (Source)', 'Custom field (Request Channel)'],
			priority: 'Priority',
			category: ['Custom field (Request Type)', 'Custom field (Customer Request Type)', 'Issue Type'],
			service: ['Custom field (Affected services)', 'Custom field (Services)'],
			status: 'Status',
			caused_by_change: 'Outward issue link (Causes)',
			related_change: 'Outward issue link (Relates)',
			csat_score: ['Custom field (Satisfaction)', 'Satisfaction rating'],
			subject: 'Summary'
		},
		// Jira writes dates like 12/Jan/24 10:15 AM in its default CSV format.
		dateFormats: ['%d/%b/%y %I:%M %p', '%d/%b/%Y %I:%M %p', '%Y-%m-%d %H:%M'],
		csatScale: '1-5',
		resolvedValues: ['resolved', 'done', 'closed']
	},
	{
		name: 'bpic2013',
		label: 'Process-mining service log (BPI Challenge 2013, Volvo IT)',
		kind: 'tickets',
		eventLog: true,
		source: 'BPI Challenge 2013 event log description (Volvo IT Belgium VINST incidents/service requests, doi:10.4121/uuid:500573e6-accc-4b0c-9576-aa5468b10cee), IBM CSV re-save',
		signature: ['SR Number', 'Change Date+Time', 'Status', 'Sub Status', 'Involved ST', 'ST Level', 'SR Latest Impact', 'Product', 'Owner First Name'],
		columns: {
			ticket_id: ['SR Number', 'Problem Number', 'Incident Number'],
			event_at: 'Change Date+Time',
			support_level: 'ST Level',
			agent: ['Resource', 'Owner First Name'],
			team: 'Involved ST',
			priority: ['SR Latest Impact', 'Impact'],
			service: 'Product',
			site: 'Country',
			status: 'Sub Status',
			first_contact_resolved: 'First Call Resolution'
		},
		// "Completed / In Call" is a request solved during the call itself.
		resolvedValues: ['resolved', 'closed', 'in call'],
		firstLevel: 'L1'
	},
	{
		name: 'kaggle-customer-support',
		label: 'Customer support ticket dataset (Kaggle synthetic export)',
		kind: 'tickets',
		source: 'Kaggle "Customer Support Ticket Dataset" (suraj520) column list',
		signature: ['Ticket ID', 'Customer Name', 'Customer Email', 'Product Purchased', 'Ticket Type', 'Ticket Subject', 'Ticket Status', 'Ticket Priority', 'Ticket Channel', 'First Response Time', 'Time to Resolution', 'Customer Satisfaction Rating'],
		columns: {
			ticket_id: 'Ticket ID',
			// The export has no creation time: a ticket starts at its first response, or
			// (not yet answered) at the purchase date. Its timestamps are synthetic anyway.
			created_at: ['First Response Time', 'Date of Purchase'],
			first_response_at: 'First Response Time',
			resolved_at: 'Time to Resolution',
			caller_id: 'Customer Email',
			service: 'Product Purchased',
			category: 'Ticket Type',
			subcategory: 'Ticket Subject',
			status: 'Ticket Status',
			priority: 'Ticket Priority',
			channel: 'Ticket Channel',
			csat_score: 'Customer Satisfaction Rating'
		},
		csatScale: '1-5'
	},
	{
		name: 'servicenow-change',
		label: 'ServiceNow change_request export',
		kind: 'changes',
		source: 'ServiceNow change_request table fields (docs.servicenow.com, "Change Request [change_request] table")',
		signature: ['number', 'short_description', 'start_date|Planned start date', 'end_date|Planned end date', 'work_start|Actual start', 'work_end|Actual end', 'close_code|Close code', 'cmdb_ci', 'type', 'risk'],
		columns: {
			change_id: 'number',
			service: ['cmdb_ci', 'Configuration item', 'business_service', 'Service'],
			client: ['company', 'Company'],
			planned_start: ['start_date', 'Planned start date'],
			planned_end: ['end_date', 'Planned end date'],
			actual_start: ['work_start', 'Actual start'],
			actual_end: ['work_end', 'Actual end'],
			outcome: ['close_code', 'Close code'],
			summary: ['short_description', 'Short description']
		},
		dateFormats: serviceNowDates
	}
];

/** The fall-back formats: canonical names and the synonyms of canonical.ts. */
export const genericFormats: Record<'tickets' | 'changes', ImportMapping> = {
	tickets: { name: 'generic-tickets', label: 'Generic tickets file (canonical names and synonyms)', kind: 'tickets', columns: {}, useSynonyms: true },
	changes: { name: 'generic-changes', label: 'Generic changes file (canonical names and synonyms)', kind: 'changes', columns: {}, useSynonyms: true }
};

export const presetByName = (name: string): ImportMapping | undefined =>
	[...presets, ...Object.values(genericFormats)].find((p) => p.name === name);
