// Freshdesk and Freshservice ticket exports (Tickets > Export, CSV): the agent picks the
// columns, so a file may carry any subset of the documented ones.
import type { ImportMapping } from '../mapping';

// Freshdesk support, "Exporting tickets": the default export fields (and the names of
// 2023+ exports: "Contact ID", "Full name", "Company Name").
const freshdeskKnown = [
	'Last update time', 'Time tracked', 'First response time (in hrs)', 'Agent interactions', 'Resolution status', 'First response status',
	'Tags', 'Association type', 'Every response status', 'Description', 'Requester Phone', 'Requester Name'
];

// Both ship dates as the account's format; Excel re-saves give d/m/Y H:M.
const dates = ['%Y-%m-%d %H:%M:%S', '%d-%m-%Y %H:%M:%S', '%m-%d-%Y %H:%M:%S', '%d/%m/%Y %H:%M'];

export const freshworksPresets: ImportMapping[] = [
	{
		name: 'freshdesk',
		label: 'Freshdesk ticket export',
		kind: 'tickets',
		source: 'Freshdesk support, "Exporting tickets" (ticket fields of the CSV export; any subset the agent selects)',
		signature: [
			'Ticket ID', 'Subject', 'Status', 'Priority', 'Source', 'Agent', 'Group', 'Created time', 'Due by Time', 'Resolved time',
			'Closed time', 'Initial response time', 'Customer interactions', 'Resolution status', 'Survey results', 'Resolution time (in hrs)'
		],
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
			// Labels such as "Extremely satisfied" .. "Extremely dissatisfied" (the survey's own words).
			csat_score: ['Survey results', 'Satisfaction rating'],
			subject: 'Subject',
			resolution_hours: 'Resolution time (in hrs)'
		},
		known: freshdeskKnown,
		dateFormats: dates,
		resolvedValues: ['resolved', 'closed']
	},
	{
		name: 'freshservice',
		label: 'Freshservice ticket export',
		kind: 'tickets',
		source: 'Freshservice support, "Exporting tickets" (ticket fields of the CSV export)',
		signature: [
			'Ticket Id', 'Subject', 'Status', 'Priority', 'Source', 'Agent', 'Group', 'Requester Name', 'Requester Email', 'Department',
			'Category', 'Sub-Category', 'Item', 'Created Date', 'Resolved Time', 'Closed Time', 'Impact', 'Urgency', 'Requester interactions'
		],
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
		known: ['Description', 'Type', 'Tags', 'Last Updated Time', 'Resolution Status', 'First Response Status', 'Agent interactions', 'Time tracked', 'Approval Status'],
		dateFormats: dates,
		resolvedValues: ['resolved', 'closed']
	}
];
