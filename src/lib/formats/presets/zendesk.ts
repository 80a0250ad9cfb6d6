// Zendesk Support's ticket CSV export (Admin Center > Account > Tools > Reports > Export,
// or Explore's ticket dataset): the documented columns, custom fields as "Name [list]".
import type { ImportMapping } from '../mapping';

export const zendeskPresets: ImportMapping[] = [
	{
		name: 'zendesk',
		label: 'Zendesk ticket export',
		kind: 'tickets',
		source: 'Zendesk help center, "Exporting data to a JSON, CSV, or XML file" (CSV ticket export columns)',
		signature: [
			'Id', 'Requester', 'Requester id', 'Assignee', 'Group', 'Via', 'Created at', 'Solved at', 'Satisfaction Score', 'Group stations',
			'Reopens', 'First reply time in minutes', 'Assigned at', 'Initially assigned at', 'Full resolution time in minutes'
		],
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
			// No fixed scale: classic surveys write Good/Bad, CSAT surveys 1-5; "Offered" is no answer.
			csat_score: 'Satisfaction Score',
			subject: 'Subject',
			first_response_minutes: 'First reply time in minutes',
			group_stations: 'Group stations'
		},
		known: [
			'Summation column', 'Updated at', 'Assigned at', 'Initially assigned at', 'Resolution time', 'Satisfaction Comment', 'Replies',
			'Assignee stations', 'Requester domain', 'Submitter', 'Tags', 'Organization', 'Due date', 'Requester external id',
			'First reply time in minutes within business hours', 'First resolution time in minutes', 'First resolution time in minutes within business hours',
			'Full resolution time in minutes', 'Full resolution time in minutes within business hours', 'Agent wait time in minutes',
			'Agent wait time in minutes within business hours', 'Requester wait time in minutes', 'Requester wait time in minutes within business hours',
			'On hold time in minutes', 'On hold time in minutes within business hours', 'Brand'
		],
		resolvedValues: ['solved', 'closed']
	}
];
