// Public datasets with a fixed layout: the BPI Challenge 2013 process-mining service log
// and the synthetic Kaggle customer-support export.
import type { ImportMapping } from '../mapping';

export const datasetPresets: ImportMapping[] = [
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
	}
];
