// What an import can tell and whether it looks right: per metric, available (from which
// columns) or not (why); plausibility checks (rates of exactly 0 or 100 %, impossible
// dates, rejected share, constant or empty columns); and the mostly-empty column notes.
import { mappableFieldsOf } from '$lib/canonical';
import type { ResolvedMapping } from '$lib/formats/mapping';
import { quotedIdentifier, type Conn } from './db';
import { sqlText } from './sql';

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
	reopen_count?: number;
	reassignment_count?: number;
	first_contact_resolved?: number;
	done?: number;
	done_without_time?: number;
	priority_levelled?: number;
	priority?: number;
	repeated_ids: number;
}

/** One metric of "what this file can tell". */
export interface Capability {
	metric: string;
	label: string;
	available: boolean;
	/** The file's columns it comes from (available), or why it cannot be computed. */
	columns: string[];
	reason: string | null;
}

/** A plausibility check that fired: what looks wrong, which metrics (dashboards) it affects. */
export interface PlausibilityCheck {
	check: 'rate_extreme' | 'date_range' | 'resolved_before_created' | 'rejected_share' | 'constant_column' | 'empty_column';
	message: string;
	metrics: string[];
}

interface Check {
	key: Exclude<keyof QualityCounts, 'n' | 'repeated_ids'>;
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
		if (!isCarried) notes.push(check.key === 'sla' && !carried.has('priority') ? 'no SLA flag, due date or priority: SLA attainment unavailable' : check.missing);
		else if (filled <= n / 2) {
			const header = resolved ? check.fields.flatMap((f) => resolved.columns.get(f) ?? [])[0] : undefined;
			notes.push(`${header ?? check.fields[0]} empty on ${percent(n - filled, n)}% of tickets`);
		}
	}
	if (Number(q.done_without_time ?? 0) > 0) {
		notes.push(`${q.done_without_time} tickets are resolved by their status only (no resolution time): counted as resolved, their resolution time unknown`);
	}
	// rowsRead here: the accepted rows (events) the tickets were collapsed from.
	if (resolved?.mapping.eventLog === true) notes.push(`event log: ${rowsRead} rows (updates) collapsed to ${n} tickets, each at its latest state`);
	else if (Number(q.repeated_ids) > 0) {
		notes.push(`${q.repeated_ids} rows repeated a ticket_id seen earlier in the file; the last one of each was kept`);
	}
	return notes;
}

/** Notes over all stored tickets: a field no ticket has is missing, else mostly-empty ones. */
export function storedQualityNotes(q: QualityCounts): string[] {
	const carried = new Set(checks.filter((c) => Number(q[c.key]) > 0).flatMap((c) => c.fields));
	return qualityNotes({ ...q, repeated_ids: 0, done_without_time: 0 }, carried, null, Number(q.n));
}

/** "what this file can tell": each headline metric, available from which columns or why not. */
export function capabilities(q: QualityCounts, resolved: ResolvedMapping): Capability[] {
	const { columns, mapping } = resolved;
	const cols = (...fields: string[]) => fields.flatMap((f) => columns.get(f) ?? []);
	const has = (field: string, count?: number) => columns.has(field) && (count === undefined || Number(count) > 0);
	const events = mapping.eventLog === true;
	const out: Capability[] = [];
	const add = (metric: string, label: string, available: boolean, from: string[], reason: string) =>
		out.push({ metric, label, available, columns: available ? from : [], reason: available ? null : reason });
	const n = Number(q.n);
	const done = Number(q.done ?? 0);
	add('volume', 'Volume', n > 0, cols('ticket_id', 'created_at'), 'no ticket was loaded');
	const fcrFrom = has('first_contact_resolved')
		? cols('first_contact_resolved')
		: [...cols('reassignment_count', 'group_stations', 'reopen_count', 'contact_count'), ...(events ? ['(reassignments and reopens from the events)'] : [])];
	const fcrCarried = has('first_contact_resolved') || has('reassignment_count') || has('group_stations') || has('reopen_count') || has('contact_count') || events;
	add('fcr', 'First-contact resolution', fcrCarried && done > 0, fcrFrom,
		!fcrCarried ? 'the file has no first-contact flag and no reassignment, reopen or contact counts: FCR undetermined (never assumed)' : 'no ticket is resolved');
	add('repeat_contacts', 'Repeat contacts', has('caller_id', q.caller_id), cols('caller_id', 'created_at'), columns.has('caller_id') ? 'the caller column is empty' : 'no caller column');
	add('repeat_callers', 'Repeat callers', has('caller_id', q.caller_id), cols('caller_id'), columns.has('caller_id') ? 'the caller column is empty' : 'no caller column');
	add('change_caused', 'Change-caused incidents', has('caused_by_change', q.caused_by_change), cols('caused_by_change'),
		columns.has('caused_by_change') ? 'the caused-by-change column is empty' : 'no caused-by-change column (only "suspected" ones, with a changes export)');
	add('csat', 'CSAT', has('csat_score', q.csat_score), cols('csat_score'), columns.has('csat_score') ? 'the satisfaction column holds no score' : 'no satisfaction column');
	const slaCols = cols('sla_met', 'sla_breached', 'sla_due_at');
	const byTarget = Number(q.priority_levelled ?? 0) > 0 && Number(q.resolved_at) > 0;
	add('sla', 'SLA attainment', slaCols.length > 0 || byTarget, slaCols.length ? slaCols : [...cols('priority'), '(targets by priority from settings)'],
		columns.has('priority') ? 'no SLA flag or due date, and no priority read as P1-P4 with a resolution time' : 'no SLA flag, due date or priority');
	const resFrom = cols('resolved_at', 'closed_at', 'resolution_seconds', 'resolution_hours');
	add('resolution_time', 'Resolution time', Number(q.resolved_at) > 0, [...resFrom, ...(events && !columns.has('resolved_at') ? ['(the first resolved event)'] : [])],
		resFrom.length ? 'the resolution column is empty on every ticket' : 'no resolution timestamp or duration column (a last-updated time is not a resolution time)');
	add('first_response_time', 'First response time', Number(q.first_response_at) > 0, cols('first_response_at', 'first_response_minutes'),
		columns.has('first_response_at') || columns.has('first_response_minutes') ? 'the first-response column is empty' : 'no first-response column');
	const reopenCarried = has('reopen_count') || events;
	add('reopen_rate', 'Reopen rate', reopenCarried && Number(q.reopen_count ?? 0) > 0, events && !has('reopen_count') ? ['(reopens from the events)'] : cols('reopen_count'),
		reopenCarried ? 'the reopen count is empty' : 'no reopen count (never assumed 0)');
	const reassignCarried = has('reassignment_count') || has('group_stations') || (events && has('team'));
	add('reassignment_rate', 'Reassignment rate', reassignCarried && Number(q.reassignment_count ?? 0) > 0,
		events && !has('reassignment_count') ? ['(team changes in the events)'] : cols('reassignment_count', 'group_stations'),
		reassignCarried ? 'the reassignment count is empty' : 'no reassignment count (never assumed 0)');
	return out;
}

/** The quality pass's row: the quality counts, the checks' counts, and how many rows are stored. */
export type AssessedCounts = QualityCounts & CheckCounts & { stored: number };

export interface CheckCounts {
	n: number; fcr_den: number; fcr_num: number; csat_den: number; csat_num: number; sla_den: number; sla_num: number;
	reopen_den: number; reopen_num: number; reassignment_den: number; reassignment_num: number;
	before_1990: number; after_import: number; resolved_before_created: number; response_before_created: number;
}

/** Checks over the stored import, the mapped columns and the rejected share. */
export function plausibility(c: CheckCounts, columnStats: ColumnStat[], rowsRead: number, rowsRejected: number): PlausibilityCheck[] {
	const out: PlausibilityCheck[] = [];
	const rates: [string, string, number, number][] = [
		['fcr', 'FCR', c.fcr_num, c.fcr_den], ['csat', 'CSAT', c.csat_num, c.csat_den], ['sla', 'SLA attainment', c.sla_num, c.sla_den],
		['reopen_rate', 'reopen rate', c.reopen_num, c.reopen_den], ['reassignment_rate', 'reassignment rate', c.reassignment_num, c.reassignment_den]
	];
	for (const [metric, label, num, den] of rates.map(([m, l, a, b]) => [m, l, Number(a), Number(b)] as [string, string, number, number])) {
		if (den >= 30 && (num === 0 || num === den)) {
			out.push({ check: 'rate_extreme', metrics: [metric], message: `${label} is exactly ${num === 0 ? '0' : '100'} % over ${den} tickets: check the mapping of its columns before trusting it` });
		}
	}
	if (Number(c.before_1990) > 0) out.push({ check: 'date_range', metrics: ['volume'], message: `${c.before_1990} tickets have a date before 1990: a date format misread?` });
	if (Number(c.after_import) > 0) out.push({ check: 'date_range', metrics: ['volume'], message: `${c.after_import} tickets have a date after this import (later than the export can be): a date format misread?` });
	if (Number(c.resolved_before_created) > 0) out.push({ check: 'resolved_before_created', metrics: ['resolution_time', 'sla'], message: `${c.resolved_before_created} tickets are resolved before they were created` });
	if (Number(c.response_before_created) > 0) out.push({ check: 'resolved_before_created', metrics: ['first_response_time'], message: `${c.response_before_created} tickets have a first response before they were created` });
	if (rowsRead > 0 && rowsRejected * 20 > rowsRead) {
		out.push({ check: 'rejected_share', metrics: ['volume'], message: `${rowsRejected} of ${rowsRead} rows (${percent(rowsRejected, rowsRead)} %) were rejected: more than 5 %, the figures miss part of the file` });
	}
	for (const s of columnStats) {
		if (Number(s.filled) === 0) out.push({ check: 'empty_column', metrics: metricsOf(s.field), message: `mapped column "${s.header}" (${s.field}) is empty on every row` });
		else if (Number(s.filled) >= 30 && s.min === s.max) out.push({ check: 'constant_column', metrics: metricsOf(s.field), message: `mapped column "${s.header}" (${s.field}) holds one value on every row: ${JSON.stringify(s.min)}` });
	}
	return out;
}

const fieldMetrics: Record<string, string[]> = {
	csat_score: ['csat'], caller_id: ['repeat_contacts', 'repeat_callers'], reopen_count: ['reopen_rate', 'fcr'], reassignment_count: ['reassignment_rate', 'fcr'],
	contact_count: ['fcr'], first_contact_resolved: ['fcr'], sla_met: ['sla'], sla_due_at: ['sla'], resolved_at: ['resolution_time', 'sla'], caused_by_change: ['change_caused'],
	first_response_at: ['first_response_time'], priority: ['sla'], team: ['reassignment_rate'], created_at: ['volume']
};
const metricsOf = (field: string) => fieldMetrics[field] ?? [];

export interface ColumnStat {
	field: string;
	header: string;
	filled: number;
	min: string | null;
	max: string | null;
}

// Fields whose being constant says nothing (a file of one client, one channel, one status).
const constantIsFine = new Set(['source', 'client', 'site', 'channel', 'status', 'category', 'subcategory', 'service', 'team', 'agent', 'priority', 'csat_scale', 'subject', 'event_seq', 'support_level']);

/**
 * The quality counts of an import's typed rows (import/quality) and, in the same scan, the
 * filled count and min/max of each mapped field (names allow-listed) for the checks.
 */
export async function importQuality(
	conn: Conn, resolved: ResolvedMapping, file: { columns: string[]; default_csat_scale: string }
): Promise<{ counts: AssessedCounts; stats: ColumnStat[] }> {
	const usable = await statFields(conn, resolved);
	// Only the empty check reads a field whose being constant is fine: its count, not its
	// min and max (over text such as subjects, those cost most of the scan at 1M rows).
	const parts = usable.map((f, i) => {
		const c = quotedIdentifier(f);
		return constantIsFine.has(f) ? `, count(${c})::BIGINT AS f${i}` : `, count(${c})::BIGINT AS f${i}, min(${c})::VARCHAR AS lo${i}, max(${c})::VARCHAR AS hi${i}`;
	});
	const [row] = await conn.allSql<Record<string, string | number | null>>(sqlText('import/quality').replace('{{column_stats}}', parts.join('')), file);
	const counts = Object.fromEntries(Object.entries(row).filter(([k]) => !/^(f|lo|hi)\d+$/.test(k))) as unknown as AssessedCounts;
	const stats = usable
		.map((field, i) => ({ field, header: resolved.columns.get(field)![0], filled: Number(row[`f${i}`]), min: (row[`lo${i}`] ?? null) as string | null, max: (row[`hi${i}`] ?? null) as string | null }))
		.filter((s) => Number(s.filled) === 0 || !constantIsFine.has(s.field));
	return { counts, stats };
}

/** The mapped fields import_typed has columns for; none when it has no row. */
async function statFields(conn: Conn, resolved: ResolvedMapping): Promise<string[]> {
	const known = new Set(mappableFieldsOf(resolved.mapping.kind).map((f) => f.name));
	const fields = [...resolved.columns.keys()].filter((f) => known.has(f) && f !== 'ticket_id' && f !== 'change_id');
	if (!fields.length) return [];
	const [{ n }] = await conn.allSql<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (SELECT * FROM import_typed LIMIT 1)`);
	if (!n) return [];
	const cols = await conn.allSql<{ column_name: string }>(
		"SELECT column_name FROM information_schema.columns WHERE table_name = 'import_typed'"
	);
	const present = new Set(cols.map((c) => c.column_name));
	return fields.filter((f) => present.has(f));
}

/** Capabilities and checks of a loaded tickets import; stored with it by the caller. */
export async function assessImport(conn: Conn, resolved: ResolvedMapping, q: AssessedCounts, stats: ColumnStat[], rowsRead: number, rowsRejected: number) {
	// The checks' counts came in the quality pass, over the rows stored (q.stored of them).
	const counts: CheckCounts = { ...q, n: q.stored };
	const levels = resolved.columns.has('priority') ? await conn.all<{ label: string; level: string; tickets: number }>('import/priority_levels') : [];
	return { capabilities: capabilities(q, resolved), checks: plausibility(counts, stats, rowsRead, rowsRejected), priorities: priorityNote(levels) };
}

/** "priorities read as: 1 - Critical = P1 (12), ..."; labels left as they are named (no SLA target). */
function priorityNote(levels: { label: string; level: string; tickets: number }[]): string | null {
	if (!levels.length) return null;
	const read = levels.filter((l) => /^P[1-4]$/.test(l.level) && l.level !== l.label);
	const kept = levels.filter((l) => !/^P[1-4]$/.test(l.level));
	const parts = [
		read.length ? `priorities read as ${read.map((l) => `${l.label} = ${l.level} (${l.tickets})`).join(', ')}` : '',
		kept.length ? `priorities kept as written, with no SLA target: ${kept.map((l) => `${l.label} (${l.tickets})`).join(', ')} (map them in the mapping screen)` : ''
	].filter(Boolean);
	return parts.length ? parts.join('; ') : null;
}

/** "What this file can tell" as aligned text lines (the CLI's import output). */
export function capabilityLines(caps: Capability[]): string[] {
	const width = Math.max(0, ...caps.map((c) => c.label.length));
	return caps.map((c) => `${c.label.padEnd(width)}  ${c.available ? `available, from ${c.columns.join(', ')}` : `unavailable: ${c.reason}`}`);
}

/** A changes import: what it lets the change metrics tell (they also need the tickets' side). */
export function changeCapabilities(resolved: ResolvedMapping, loaded: number): Capability[] {
	const cols = (...fields: string[]) => fields.flatMap((f) => resolved.columns.get(f) ?? []);
	const ends = cols('actual_end', 'planned_end');
	const where = cols('service', 'client');
	return [
		{ metric: 'change_failure_rate', label: 'Change failure rate', available: loaded > 0, columns: loaded > 0 ? [...cols('change_id'), '(tickets whose caused-by names these changes)'] : [],
		  reason: loaded > 0 ? null : 'no change was loaded' },
		{ metric: 'change_suspected', label: 'Suspected change-caused incidents', available: ends.length > 0 && where.length > 0,
		  columns: ends.length && where.length ? [...ends, ...where] : [],
		  reason: ends.length && where.length ? null : !ends.length ? 'no end time (actual or planned) to start the suspicion window' : 'no service/CI or client column to match incidents on' }
	];
}

/** The checks a changes import gets: the rejected share (its dates are checked row by row). */
export function changeChecks(rowsRead: number, rowsRejected: number): PlausibilityCheck[] {
	return plausibility({ n: 0, fcr_den: 0, fcr_num: 0, csat_den: 0, csat_num: 0, sla_den: 0, sla_num: 0, reopen_den: 0, reopen_num: 0, reassignment_den: 0,
		reassignment_num: 0, before_1990: 0, after_import: 0, resolved_before_created: 0, response_before_created: 0 }, [], rowsRead, rowsRejected)
		.map((c) => ({ ...c, metrics: ['change_failure_rate', 'change_suspected'] }));
}
