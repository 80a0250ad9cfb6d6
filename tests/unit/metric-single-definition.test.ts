// Every metric is defined once: each defining expression lives in exactly one SQL file of
// queries/, and no view, metric or insight query recomputes a per-ticket outcome itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partsSql } from '../../src/lib/server/metric/parts-sql';
import { metricNames, type MetricName } from '../../src/lib/server/metric/catalog';

const root = join(process.cwd(), 'queries');
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.sql') ? [join(dir, n)] : []));
// Comments name definitions in words; only the SQL itself counts.
const files = new Map(walk(root).map((f) => [relative(root, f), readFileSync(f, 'utf8').replace(/--[^\n]*/g, '')]));

// Files that still recount outcomes, each with why and who moves it onto the metric parts.
const notYetOnTheParts: Record<string, string> = {};

/** Each expression that decides a metric (or a per-ticket outcome), and its one home. */
const definitions: { what: string; pattern: RegExp; home: string }[] = [
	// The per-ticket outcomes: written once each in routines/outcome_*.sql, read by scoped_tickets
	// (the metrics' scope) and by an import's plausibility checks (import/quality.sql).
	{ what: 'resolved', pattern: /'cancelled',\s*'canceled'/i, home: 'routines/outcome_resolved.sql' },
	{ what: 'FCR outcome', pattern: /contacts?(_count)?\s*<=\s*1\b/i, home: 'routines/outcome_fcr.sql' },
	{ what: 'FCR criteria kept by settings', pattern: /key\s*=\s*'fcr_criteria'/i, home: 'routines/outcome_fcr_criterion.sql' },
	{ what: 'SLA outcome', pattern: /resolved_at\s*<=\s*(t\.)?sla_due_at/i, home: 'routines/outcome_sla.sql' },
	{ what: 'SLA targets', pattern: /key\s*=\s*'sla_target_hours'/i, home: 'routines/priority_sla_targets.sql' },
	{ what: 'CSAT on a 0..1 scale', pattern: /\(\s*(t\.)?(csat_)?score\s*-\s*1\s*\)\s*\/\s*4/i, home: 'routines/outcome_csat.sql' },
	{ what: 'CSAT satisfied', pattern: />=\s*0\.75\b/i, home: 'routines/outcome_satisfied.sql' },
	{ what: 'CSAT mean', pattern: /avg\(\s*(csat_)?score\s*\)|\bscore_sum\s*\/\s*responses\b/i, home: 'routines/csat_average.sql' },
	{ what: 'repeat contact', pattern: /repeat_within\(\s*(\w+\.)?prev_caller_ticket_at/i, home: 'routines/ticket_metric_parts.sql' },
	{ what: 'same-issue repeat', pattern: /repeat_within\(\s*(\w+\.)?prev_same_issue_at/i, home: 'routines/ticket_metric_parts.sql' },
	{ what: 'repeat window', pattern: /setting_value\(\s*'repeat_window_days'/i, home: 'routines/ticket_metric_parts.sql' },
	{ what: 'repeat caller', pattern: /setting_value\(\s*'repeat_caller_threshold'/i, home: 'routines/ticket_parts/repeat_caller_rule.sql' },
	{ what: 'a caller’s tickets in the period, per ticket', pattern: /OVER\s*\(\s*PARTITION BY caller_id\s*\)/i, home: 'routines/ticket_parts/repeat_callers.sql' },
	{ what: 'a caller’s tickets in each period, per caller', pattern: /\bGROUP BY caller_id, is_current\b/i, home: 'routines/ticket_parts/repeat_caller_tickets.sql' },
	{ what: 'repeat callers from the stored caller runs', pattern: /caller_run_start_at\s*>=/i, home: 'summary/setup/repeat_caller_positions.sql' },
	{ what: 'reopened or reassigned', pattern: /\b(times|reopen_count|reassignment_count)\s*>\s*0\b/i, home: 'routines/outcome_counted.sql' },
	{ what: 'not resolvable at first contact (net FCR)', pattern: /setting_value\(\s*'fcr_excluded_categories'/i, home: 'routines/ticket_metric_parts.sql' },
	// Stored with each ticket (the latest change end before it), compared with the window per request.
	{ what: 'suspected change-caused', pattern: /created_at\s*>=\s*\w+\.actual_end/i, home: 'import/refresh_prior_change.sql' },
	{ what: 'suspected window', pattern: /setting_value\(\s*'suspected_change_hours'/i, home: 'routines/ticket_metric_parts.sql' }
];

// Per-ticket outcome columns of scoped_tickets: only the parts macros read them.
const outcomeColumns = /\b(fcr_outcome|fcr_basis|sla_outcome|csat_normalised|is_resolved|prev_caller_ticket_at|prev_same_issue_at|resolution_hours|first_response_hours)\b|repeat_within\(/i;

describe('one definition per metric', () => {
	it.each(definitions)('$what is written only in $home', ({ pattern, home }) => {
		const where = [...files].filter(([name, sql]) => pattern.test(sql) && !(name in notYetOnTheParts)).map(([name]) => name);
		expect(where).toEqual([home]);
	});

	it('no metric, view or insight query reads a per-ticket outcome: they read the metric parts', () => {
		const offenders = [...files]
			.filter(([name]) => /^(metrics|views|insights)\//.test(name) && !(name in notYetOnTheParts))
			.filter(([, sql]) => outcomeColumns.test(sql))
			.map(([name]) => name);
		expect(offenders).toEqual([]);
	});

	it('every file on the not-yet list still recounts (once moved onto the parts, it leaves the list)', () => {
		for (const name of Object.keys(notYetOnTheParts)) expect(outcomeColumns.test(files.get(name) ?? ''), name).toBe(true);
	});

	it('the headline reads each count from its metric’s parts summed per day, and the spread from the parts themselves', () => {
		const headline = files.get('metrics/headline.sql')!;
		// Counts: the per-day sums of the parts (stored or counted now), one read for both periods.
		expect(headline.match(/\{\{metric_days\}\}\(/g)).toHaveLength(1);
		for (const metric of ['volume', 'fcr', 'repeat_contacts', 'change_caused', 'change_linked', 'change_suspected', 'csat', 'sla']) {
			expect(headline, metric).toMatch(new RegExp(`\\b${metric}_(numerator|denominator)\\b`));
		}
		// The resolution time's exact quantiles: read from the parts by resolution_time_spread_counted
		// or (from the stored bins) _stored, each read of them keeping the metric's own items and
		// denominator; the stored ones read the items stored once from the parts (resolution_values).
		expect(headline.match(/\{\{resolution_time_spread\}\}\(/g)).toHaveLength(1);
		for (const name of ['resolution_time_spread_counted', 'resolution_time_buckets_counted', 'team_resolution_spread_counted', '9a_ticket_resolution_values']) {
			const spread = files.get(`summary/setup/${name}.sql`)!;
			expect(spread.match(/\bticket_metric_parts\(/g), name).toHaveLength(1);
			expect(spread, name).toMatch(/WHERE resolution_time_item AND resolution_time_den\b/);
		}
		for (const name of ['resolution_time_buckets_stored', 'team_resolution_spread_stored', 'team_resolution_bins_counted', '9b_ticket_resolution_bins_by_day', '9f_ticket_resolution_bins_by_team_month']) {
			const spread = files.get(`summary/setup/${name}.sql`)!.replace(/--.*$/gm, '');
			expect(spread, name).toMatch(/\bFROM resolution_values\b/);
			expect(spread, name).not.toMatch(/\bticket_metric_parts\(|\btickets\b|\bresolution_time_bin\(/);
		}
		expect(files.get('summary/setup/resolution_time_spread_stored.sql')).not.toMatch(/\bticket_metric_parts\(|\btickets\b/);
		expect(headline).toMatch(/\bcsat_average\(/);
		// The one that needs other rows: the caller's other tickets in the period, counted per
		// caller or from the stored caller runs (the placeholder, filled in by caller-runs.ts).
		expect(headline).toContain('{{repeat_caller_counts}}(');
		expect(headline).not.toMatch(/scoped_tickets\(|\bOVER\s*\(/);
	});

	it('the per-day sums count each metric’s own parts (item, numerator, denominator, excluded), and only from ticket_metric_parts', () => {
		const byDay = files.get('routines/ticket_metric_parts_by_day.sql')!;
		expect(byDay.match(/\bticket_metric_parts\(/g)).toHaveLength(1);
		for (const metric of ['volume', 'fcr', 'repeat_contacts', 'change_caused', 'change_linked', 'change_suspected', 'csat', 'sla', 'resolution_time']) {
			expect(byDay, metric).toContain(`count(*) FILTER (WHERE ${metric}_item AND ${metric}_num AND ${metric}_den)::INTEGER AS ${metric}_numerator`);
			expect(byDay, metric).toContain(`count(*) FILTER (WHERE ${metric}_item AND ${metric}_den)::INTEGER AS ${metric}_denominator`);
		}
	});

	// Metrics whose parts the ticket's own row decides: their columns are written in
	// ticket_metric_parts.sql, their parts_<metric> macro only picks them.
	const ownRow = ['volume', 'fcr', 'net_fcr', 'repeat_contacts', 'same_issue_repeats', 'change_caused', 'change_linked', 'change_suspected', 'csat',
		'csat_response_rate', 'sla', 'resolution_time', 'first_response_time', 'reopen_rate', 'reassignment_rate'] as const;

	it.each(ownRow)('%s: each part written once in ticket_metric_parts.sql, and picked (not rewritten) by its parts macro', (metric) => {
		const wide = files.get('routines/ticket_metric_parts.sql')!;
		for (const part of ['item', 'num', 'den', 'excluded', 'value', 'basis']) {
			expect(wide.match(new RegExp(`\\bAS ${metric}_${part}\\b`, 'g')), `${metric}_${part}`).toHaveLength(1);
		}
		const home = metric === 'repeat_contacts' ? 'routines/ticket_parts/repeat_contact_parts.sql' : `routines/ticket_parts/${metric}.sql`;
		const picker = files.get(home)!;
		const select = picker.slice(picker.indexOf('SELECT'));
		expect(select, home).toContain('FROM ticket_metric_parts(');
		expect(select, home).toMatch(new RegExp(`WHERE ${metric}_item\\s*$`));
		// Only renames of its own columns: no operator, literal or call besides the macro itself.
		const renames = select.replace(/FROM ticket_metric_parts\([^)]*\)/, '').replace(/\bWHERE \w+\s*$/, '');
		expect(renames, home).not.toMatch(/[<>=+*\/(']|\b(CASE|AND|OR|NOT|coalesce)\b/i);
		expect(renames.match(/\b(\w+)_(num|den|excluded|value|basis)\b/g)?.every((c) => c.startsWith(`${metric}_`)), home).toBe(true);
	});

	it('every metric has its parts macro, and the SQL that runs is the file with {{parts}} filled', () => {
		for (const metric of metricNames) {
			expect([...files.values()].some((sql) => sql.includes(`MACRO parts_${metric}(`)), metric).toBe(true);
			const file = readFileSync(join(root, 'metrics/parts_summary.sql'), 'utf8');
			expect(partsSql('metrics/parts_summary', metric)).toBe(file.replaceAll('{{parts}}', `parts_${metric}`));
		}
		// The dispatcher is gone; nothing names it any more (insights/ too fills {{parts}} by partsSql()).
		const dispatched = [...files].filter(([, sql]) => /\bmetric_parts\(/.test(sql));
		expect(dispatched.map(([n]) => n)).toEqual([]);
		expect(() => partsSql('metrics/parts_summary', 'fcr); DROP TABLE tickets; --' as MetricName)).toThrow(/Unknown metric/);
		expect(() => partsSql('metrics/data_range', 'fcr')).toThrow(/no \{\{parts\}\} placeholder/);
	});
});
