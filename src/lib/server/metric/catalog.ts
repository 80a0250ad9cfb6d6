// The metric library's catalogue: every metric /api/metrics/<metric> answers, its kind,
// and its definition in plain words (the SQL is in queries/routines/ticket_parts/<metric>.sql).
import type { Settings } from '../settings';

export const metricNames = [
	'fcr',
	'net_fcr',
	'repeat_contacts',
	'same_issue_repeats',
	'repeat_callers',
	'change_caused',
	'change_linked',
	'change_suspected',
	'change_failure_rate',
	'csat',
	'csat_response_rate',
	'sla',
	'reopen_rate',
	'reassignment_rate',
	'resolution_time',
	'first_response_time',
	'volume',
	'backlog'
] as const;
export type MetricName = (typeof metricNames)[number];

/** rate = numerator / denominator; duration = median and p90 of hours; count = how many. */
export type MetricKind = 'rate' | 'duration' | 'count';

/** Dimensions a metric can be broken down by (allow-list; the SQL picks the column by CASE). */
export const breakdownDimensions = ['client', 'team', 'agent', 'channel', 'priority', 'category', 'service', 'fcr'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

export interface ReferenceBand {
	label: string;
	value: number;
}

export interface MetricInfo {
	title: string;
	kind: MetricKind;
	/** What one row of the drill-down is. */
	items: 'tickets' | 'changes';
	/** What the per-item `value` is, where it has one. */
	value?: string;
	/** Plain words: the number, what is counted, over what. */
	summary: (s: Settings) => string;
	numerator: (s: Settings) => string;
	denominator: (s: Settings) => string;
	/** The settings this definition depends on. */
	settings: (keyof Settings)[];
	reference?: ReferenceBand[];
}

const resolved = 'resolved tickets (resolved_at set, or closed_at set with a status other than cancelled, rejected or duplicate)';
const criteria = (s: Settings) => {
	const used = [
		s.fcr_criteria.reassignment_count && 'no reassignment (reassignment_count = 0)',
		s.fcr_criteria.reopen_count && 'no reopen (reopen_count = 0)',
		s.fcr_criteria.contact_count && 'at most one contact (contact_count <= 1)'
	].filter(Boolean);
	return used.length ? used.join(', ') : 'no criterion (all switched off in settings)';
};
const fcrNumerator = (s: Settings) =>
	`Resolved tickets resolved at first contact: the export's first-contact flag decides where the ticket has one; otherwise ${criteria(s)}, each applied only when the ticket's export carries that column.`;
const created = 'created in the period (by created_at, half-open [from, to), reporting time zone)';

export const catalog: Record<MetricName, MetricInfo> = {
	fcr: {
		title: 'First-contact resolution',
		kind: 'rate',
		items: 'tickets',
		summary: () => 'FCR rate = FCR tickets / resolved tickets whose FCR can be determined.',
		numerator: fcrNumerator,
		denominator: () => `${resolved}, ${created}, whose FCR can be determined.`,
		settings: ['fcr_criteria'],
		reference: [
			{ label: 'industry average (low)', value: 0.7 },
			{ label: 'industry average (high)', value: 0.74 },
			{ label: 'world class', value: 0.8 }
		]
	},
	net_fcr: {
		title: 'Net first-contact resolution',
		kind: 'rate',
		items: 'tickets',
		summary: () => 'Net FCR = FCR tickets / resolved tickets whose FCR can be determined, leaving out categories not resolvable at first contact.',
		numerator: (s) => `${fcrNumerator(s)} Not in an excluded category.`,
		denominator: (s) =>
			`${resolved}, ${created}, whose FCR can be determined, except categories marked not resolvable at first contact: ${s.fcr_excluded_categories.length ? s.fcr_excluded_categories.join(', ') : 'none set'}.`,
		settings: ['fcr_criteria', 'fcr_excluded_categories'],
		reference: [{ label: 'world class', value: 0.8 }]
	},
	repeat_contacts: {
		title: 'Repeat-contact rate',
		kind: 'rate',
		items: 'tickets',
		value: 'days since the caller’s previous ticket',
		summary: () => 'Repeat-contact rate = repeat contacts / tickets with a known caller.',
		numerator: (s) =>
			`Tickets whose caller opened another ticket in the preceding ${s.repeat_window_days} days (inclusive; the look-back reaches before the period's start and ignores the filters).`,
		denominator: () => `Tickets ${created} with a known caller.`,
		settings: ['repeat_window_days']
	},
	same_issue_repeats: {
		title: 'Same-issue repeat rate',
		kind: 'rate',
		items: 'tickets',
		summary: () => 'Same-issue repeat rate = tickets repeating the same caller and category / tickets with a known caller.',
		numerator: (s) =>
			`Tickets whose caller opened a ticket of the same category in the preceding ${s.repeat_window_days} days (inclusive; look-back before the period's start). Tickets without a category never match.`,
		denominator: () => `Tickets ${created} with a known caller.`,
		settings: ['repeat_window_days']
	},
	repeat_callers: {
		title: 'Tickets from repeat callers',
		kind: 'rate',
		items: 'tickets',
		value: 'the caller’s tickets in the period',
		summary: (s) =>
			`Share of tickets raised by repeat callers (callers with ${s.repeat_caller_threshold} or more tickets in the filtered period).`,
		numerator: (s) => `Tickets whose caller has at least ${s.repeat_caller_threshold} tickets ${created} within the filters.`,
		denominator: () => `Tickets ${created} with a known caller.`,
		settings: ['repeat_caller_threshold']
	},
	change_caused: {
		title: 'Change-caused incidents',
		kind: 'rate',
		items: 'tickets',
		summary: () => 'Change-caused share = tickets with an explicit caused-by-change link / tickets.',
		numerator: () => 'Tickets with caused_by_change set (ServiceNow caused_by, a Jira "caused by" link). A plain related-change link is not counted here (see change_linked).',
		denominator: () => `All tickets ${created}.`,
		settings: []
	},
	change_linked: {
		title: 'Linked to a change',
		kind: 'rate',
		items: 'tickets',
		summary: () => 'Linked share = tickets with only a related-change link / tickets. Never counted as caused.',
		numerator: () => 'Tickets with related_change set (ServiceNow rfc) and no caused_by_change.',
		denominator: () => `All tickets ${created}.`,
		settings: []
	},
	change_suspected: {
		title: 'Suspected change-caused incidents',
		kind: 'rate',
		items: 'tickets',
		value: 'hours since the latest change on its service or client ended',
		summary: () => 'Suspected share = tickets opened soon after a change on their service or client, without any change link / tickets.',
		numerator: (s) =>
			`Tickets with neither a cause nor a related-change link, opened within ${s.suspected_change_hours} hours after a change ended (actual_end) on the same service/CI — or, for a change naming no service, the same client — and, when the change names a client, for that client.`,
		denominator: () => `All tickets ${created}.`,
		settings: ['suspected_change_hours']
	},
	change_failure_rate: {
		title: 'Change failure rate',
		kind: 'rate',
		items: 'changes',
		value: 'incidents caused',
		summary: () => 'Change failure rate = changes that caused at least one incident / changes that ended in the period.',
		numerator: () =>
			'Changes with at least one ticket naming them in caused_by_change (tickets of any date, within the ticket filters). Suspected and related-only incidents do not count.',
		denominator: () =>
			'Changes from the changes export whose actual_end lies in the period; a client filter keeps that client’s changes and changes naming no client.',
		settings: [],
		// DORA 2023 bands (product.md names elite about 5 % and low 64 %).
		reference: [
			{ label: 'DORA elite', value: 0.05 },
			{ label: 'DORA high', value: 0.1 },
			{ label: 'DORA medium', value: 0.15 },
			{ label: 'DORA low', value: 0.64 }
		]
	},
	csat: {
		title: 'Customer satisfaction (CSAT)',
		kind: 'rate',
		items: 'tickets',
		value: 'score normalised to 0..1',
		summary: () => 'CSAT = satisfied responses / responses.',
		numerator: () =>
			'Responses whose score, normalised to 0..1, is at least 0.75: 4 and 5 on 1-5, 8 and up on 1-10, 7.5 and up on 0-10, good on good/bad.',
		denominator: () => `Tickets ${created} with a survey score on a known scale (1-5, 1-10, 0-10, good/bad).`,
		settings: []
	},
	csat_response_rate: {
		title: 'CSAT response rate',
		kind: 'rate',
		items: 'tickets',
		summary: () => 'Response rate = resolved tickets with a survey response / resolved tickets.',
		numerator: () => 'Resolved tickets with a survey score on a known scale.',
		denominator: () => `${resolved}, ${created}.`,
		settings: []
	},
	sla: {
		title: 'SLA attainment',
		kind: 'rate',
		items: 'tickets',
		value: 'resolution hours',
		summary: () => 'SLA attainment = tickets that met SLA / tickets whose SLA outcome is known.',
		numerator: (s) =>
			`Tickets that met SLA: the export's met/breached flag wins; else resolved_at <= sla_due_at; else resolved within the priority's target (${Object.entries(s.sla_target_hours).map(([p, h]) => `${p} ${h} h`).join(', ')}, calendar hours).`,
		denominator: () =>
			`Tickets ${created} whose outcome is known: decided by a flag, a due date or a target; an open ticket counts as breached once its due date or target has passed.`,
		settings: ['sla_target_hours']
	},
	reopen_rate: {
		title: 'Reopen rate',
		kind: 'rate',
		items: 'tickets',
		value: 'reopen count',
		summary: () => 'Reopen rate = resolved tickets reopened at least once / resolved tickets with a known reopen count.',
		numerator: () => 'Resolved tickets with reopen_count > 0.',
		denominator: () => `${resolved}, ${created}, whose reopen_count is known.`,
		settings: []
	},
	reassignment_rate: {
		title: 'Reassignment rate',
		kind: 'rate',
		items: 'tickets',
		value: 'reassignment count',
		summary: () => 'Reassignment rate = resolved tickets reassigned at least once / resolved tickets with a known reassignment count.',
		numerator: () => 'Resolved tickets with reassignment_count > 0.',
		denominator: () => `${resolved}, ${created}, whose reassignment_count is known.`,
		settings: []
	},
	resolution_time: {
		title: 'Resolution time',
		kind: 'duration',
		items: 'tickets',
		value: 'hours from created_at to resolved_at',
		summary: () => 'Resolution time = resolved_at - created_at in elapsed hours: median and 90th percentile (interpolated).',
		numerator: () => 'None: a duration, not a rate.',
		denominator: () => `Tickets ${created} with resolved_at set, not before created_at.`,
		settings: []
	},
	first_response_time: {
		title: 'First-response time',
		kind: 'duration',
		items: 'tickets',
		value: 'hours from created_at to first_response_at',
		summary: () => 'First-response time = first_response_at - created_at in elapsed hours: median and 90th percentile (interpolated).',
		numerator: () => 'None: a duration, not a rate.',
		denominator: () => `Tickets ${created} with first_response_at set, not before created_at.`,
		settings: []
	},
	volume: {
		title: 'Volume',
		kind: 'count',
		items: 'tickets',
		summary: () => 'Volume = tickets created in the period.',
		numerator: () => `Tickets ${created}.`,
		denominator: () => 'Same as the numerator (a count, not a rate).',
		settings: []
	},
	backlog: {
		title: 'Backlog',
		kind: 'count',
		items: 'tickets',
		value: 'age in days at the period’s end',
		summary: () => 'Backlog = tickets open at the end of the period (per trend bucket: open at the end of the bucket).',
		numerator: () =>
			'Tickets created before the period’s end (at any earlier date, within the filters) and neither resolved nor closed before it.',
		denominator: () => 'Same as the numerator (a count, not a rate).',
		settings: []
	}
};

export const isMetricName = (v: string): v is MetricName => (metricNames as readonly string[]).includes(v);
export const isBreakdownDimension = (v: string): v is BreakdownDimension =>
	(breakdownDimensions as readonly string[]).includes(v);
