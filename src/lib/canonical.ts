// The canonical data model of product.md: every field a ticket or change can carry,
// its type, and the header spellings recognised for it when a CSV is imported.
export type FieldType = 'text' | 'timestamp' | 'integer' | 'number' | 'boolean';
export type Kind = 'tickets' | 'changes';

export interface Field {
	name: string;
	type: FieldType;
	/** Other header spellings, compared after normalising (lower case, letters and digits only). */
	synonyms?: string[];
	required?: boolean;
}

export const ticketFields: Field[] = [
	{ name: 'ticket_id', type: 'text', required: true, synonyms: ['id', 'ticket', 'number', 'ticket_number', 'incident_id', 'issue_key', 'key'] },
	{ name: 'source', type: 'text' },
	{ name: 'created_at', type: 'timestamp', required: true, synonyms: ['created', 'opened_at', 'opened', 'open_date', 'created_date', 'creation_date', 'date_created'] },
	{ name: 'first_response_at', type: 'timestamp', synonyms: ['first_response', 'first_responded_at', 'responded_at'] },
	{ name: 'resolved_at', type: 'timestamp', synonyms: ['resolved', 'resolution_date', 'resolved_date', 'solved_at'] },
	{ name: 'closed_at', type: 'timestamp', synonyms: ['closed', 'closed_date', 'close_date'] },
	{ name: 'sla_due_at', type: 'timestamp', synonyms: ['sla_due', 'due_date', 'due_at', 'resolve_by'] },
	{ name: 'sla_met', type: 'boolean', synonyms: ['made_sla', 'sla_achieved'] },
	{ name: 'caller_id', type: 'text', synonyms: ['caller', 'requester', 'requester_id', 'customer_id', 'reporter', 'contact_id'] },
	{ name: 'client', type: 'text', synonyms: ['company', 'customer', 'account', 'organization', 'organisation'] },
	{ name: 'site', type: 'text', synonyms: ['location'] },
	{ name: 'agent', type: 'text', synonyms: ['assigned_to', 'assignee', 'owner', 'resolved_by'] },
	{ name: 'team', type: 'text', synonyms: ['assignment_group', 'group', 'support_group'] },
	{ name: 'channel', type: 'text', synonyms: ['contact_type', 'via', 'ticket_channel'] },
	{ name: 'priority', type: 'text', synonyms: ['ticket_priority', 'urgency'] },
	{ name: 'category', type: 'text', synonyms: ['ticket_type', 'type'] },
	{ name: 'subcategory', type: 'text', synonyms: ['sub_category'] },
	{ name: 'service', type: 'text', synonyms: ['cmdb_ci', 'ci', 'configuration_item', 'business_service'] },
	{ name: 'status', type: 'text', synonyms: ['state', 'ticket_status'] },
	{ name: 'reopen_count', type: 'integer', synonyms: ['reopens', 'reopened_count'] },
	{ name: 'reassignment_count', type: 'integer', synonyms: ['reassignments', 'group_reassignments'] },
	{ name: 'contact_count', type: 'integer', synonyms: ['contacts', 'interactions'] },
	{ name: 'first_contact_resolved', type: 'boolean', synonyms: ['fcr', 'first_call_resolution', 'first_contact_resolution'] },
	{ name: 'caused_by_change', type: 'text', synonyms: ['caused_by', 'caused_by_change_id'] },
	{ name: 'related_change', type: 'text', synonyms: ['rfc', 'change_request', 'related_change_id'] },
	{ name: 'csat_score', type: 'number', synonyms: ['csat', 'satisfaction', 'satisfaction_score', 'satisfaction_rating', 'customer_satisfaction_rating'] },
	{ name: 'csat_scale', type: 'text', synonyms: ['satisfaction_scale'] },
	{ name: 'subject', type: 'text', synonyms: ['short_description', 'title', 'summary', 'ticket_subject'] }
];

export const changeFields: Field[] = [
	{ name: 'change_id', type: 'text', required: true, synonyms: ['number', 'change', 'change_number'] },
	{ name: 'service', type: 'text', synonyms: ['cmdb_ci', 'ci', 'configuration_item', 'business_service'] },
	{ name: 'client', type: 'text', synonyms: ['company', 'customer', 'account'] },
	{ name: 'planned_start', type: 'timestamp', synonyms: ['start_date', 'planned_start_date'] },
	{ name: 'planned_end', type: 'timestamp', synonyms: ['end_date', 'planned_end_date'] },
	{ name: 'actual_start', type: 'timestamp', synonyms: ['work_start', 'actual_start_date'] },
	{ name: 'actual_end', type: 'timestamp', synonyms: ['work_end', 'actual_end_date'] },
	{ name: 'outcome', type: 'text', synonyms: ['close_code', 'result'] },
	{ name: 'summary', type: 'text', synonyms: ['short_description', 'title', 'description'] }
];

/**
 * Columns an export may carry that are not stored as such but feed derived values:
 * an event log's time and update count (to collapse it to one row per ticket), the
 * support level (first-contact proxy), and Zendesk's minutes and group stations.
 */
export const helperFields: Field[] = [
	{ name: 'event_at', type: 'timestamp' },
	{ name: 'event_seq', type: 'integer' },
	{ name: 'support_level', type: 'text' },
	{ name: 'first_response_minutes', type: 'number' },
	{ name: 'group_stations', type: 'integer' },
	// A duration the export gives instead of a resolution timestamp: ServiceNow
	// calendar_duration (seconds), Freshdesk "Resolution time (in hrs)" (H:MM:SS or hours).
	{ name: 'resolution_seconds', type: 'text' },
	{ name: 'resolution_hours', type: 'text' },
	// A "deadline exceeded" flag (GLPI "Time to resolve exceeded"): SLA met is its opposite.
	{ name: 'sla_breached', type: 'text' }
];

/** Helper fields: never stored as such, they feed derived values. */
export const helperFieldNames = helperFields.map((f) => f.name);

export const fieldsOf = (kind: Kind): Field[] => (kind === 'tickets' ? ticketFields : changeFields);

/** Stored fields plus the helper fields a mapping may name (tickets only). */
export const mappableFieldsOf = (kind: Kind): Field[] => (kind === 'tickets' ? [...ticketFields, ...helperFields] : changeFields);

// Accents go first, so localised headers ("Priorität", "Título") keep their letters.
export const normaliseHeader = (h: string): string =>
	h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/**
 * Maps a file's headers to canonical fields: an exact canonical name wins over a
 * synonym, and each field takes the first header that names it.
 */
export function mapHeaders(headers: string[], kind: Kind): Map<string, string> {
	const mapping = new Map<string, string>();
	const taken = new Set<string>();
	const normalised = headers.map(normaliseHeader);
	for (const pass of ['exact', 'synonym'] as const) {
		for (const field of fieldsOf(kind)) {
			if (mapping.has(field.name)) continue;
			const names = pass === 'exact' ? [field.name] : (field.synonyms ?? []);
			const idx = normalised.findIndex((h, i) => names.includes(h) && !taken.has(headers[i]));
			if (idx >= 0) {
				mapping.set(field.name, headers[idx]);
				taken.add(headers[idx]);
			}
		}
	}
	return mapping;
}

/** tickets or changes, judged by which kind's required fields the headers name. */
export function guessKind(headers: string[]): Kind | null {
	const normalised = headers.map(normaliseHeader);
	if (normalised.includes('change_id')) return 'changes';
	const tickets = mapHeaders(headers, 'tickets');
	if (tickets.has('ticket_id') && tickets.has('created_at')) return 'tickets';
	const changes = mapHeaders(headers, 'changes');
	if (changes.has('change_id') && (changes.has('actual_end') || changes.has('planned_end'))) return 'changes';
	return null;
}
