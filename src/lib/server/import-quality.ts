// Data-quality notes per metric: which metrics an import (or the stored data)
// cannot support, and which mapped columns are mostly empty.
import type { ResolvedMapping } from '$lib/formats/mapping';

export interface QualityCounts {
	n: number;
	csat_score: number;
	caller_id: number;
	caused_by_change: number;
	related_change: number;
	first_response_at: number;
	resolved_at: number;
	sla: number;
	client: number;
	team: number;
	agent: number;
	fcr: number;
	repeated_ids: number;
}

interface Check {
	key: Exclude<keyof QualityCounts, 'n' | 'repeated_ids'>;
	/** Canonical fields any of which makes the key carried. */
	fields: string[];
	missing: string;
}

const checks: Check[] = [
	{ key: 'csat_score', fields: ['csat_score'], missing: 'no CSAT column: satisfaction unavailable' },
	{ key: 'caller_id', fields: ['caller_id'], missing: 'no caller column: repeat contacts and repeat callers unavailable' },
	{ key: 'caused_by_change', fields: ['caused_by_change'], missing: 'no caused-by-change column: change-caused incidents only as "suspected" (with a changes export)' },
	{ key: 'first_response_at', fields: ['first_response_at'], missing: 'no first-response column: first response time unavailable' },
	{ key: 'resolved_at', fields: ['resolved_at'], missing: 'no resolution time: resolution time unavailable' },
	{ key: 'sla', fields: ['sla_met', 'sla_due_at'], missing: 'no SLA flag or due date: SLA attainment uses the priority targets in settings' },
	{ key: 'client', fields: ['client'], missing: 'no client column: client pages unavailable' },
	{ key: 'team', fields: ['team'], missing: 'no team column: team tables unavailable' },
	{ key: 'agent', fields: ['agent'], missing: 'no agent column: agent tables unavailable' },
	{ key: 'fcr', fields: ['first_contact_resolved', 'reassignment_count', 'reopen_count', 'contact_count'], missing: 'no first-contact flag or reassignment/reopen/contact counts: FCR cannot be determined' }
];

const percent = (part: number, whole: number) => {
	const p = (100 * part) / whole;
	return p >= 99.95 && part < whole ? '99.9' : p.toFixed(p < 10 ? 1 : 0);
};

/**
 * Notes for one import: a metric without a column says so; a mapped column empty on
 * at least half the tickets is named with its share (e.g. "caused_by empty on 99.9% of tickets").
 */
export function qualityNotes(q: QualityCounts, carried: Set<string>, resolved: ResolvedMapping | null, rowsRead: number): string[] {
	const n = Number(q.n);
	if (n === 0) return [];
	const notes: string[] = [];
	for (const check of checks) {
		const filled = Number(q[check.key]);
		const isCarried = check.fields.some((f) => carried.has(f));
		if (!isCarried) notes.push(check.missing);
		else if (filled <= n / 2) {
			const header = resolved ? check.fields.flatMap((f) => resolved.columns.get(f) ?? [])[0] : undefined;
			notes.push(`${header ?? check.fields[0]} empty on ${percent(n - filled, n)}% of tickets`);
		}
	}
	if (resolved?.mapping.eventLog) notes.push(`event log: ${rowsRead} rows (updates) collapsed to ${n} tickets, each at its latest state`);
	else if (Number(q.repeated_ids) > 0) {
		notes.push(`${q.repeated_ids} rows repeated a ticket_id seen earlier in the file; the last one of each was kept`);
	}
	return notes;
}

/** Notes over all stored tickets: a field no ticket has is missing, else mostly-empty ones. */
export function storedQualityNotes(q: QualityCounts): string[] {
	const carried = new Set(checks.filter((c) => Number(q[c.key]) > 0).flatMap((c) => c.fields));
	return qualityNotes({ ...q, repeated_ids: 0 }, carried, null, Number(q.n));
}
