// The one place a metric query's `{{parts}}` placeholder is filled: queries/metrics/*.sql
// that read "the named metric's parts" say so with {{parts}}(...), replaced by parts_<metric>.
import { sqlText } from '../sql';
import { isMetricName, type MetricName } from './catalog';

/** The placeholder a query of queries/metrics/ writes where the metric's parts macro goes. */
export const PARTS_PLACEHOLDER = '{{parts}}';

/**
 * A named query with its {{parts}} placeholder filled by the metric's own parts macro
 * (queries/routines/ticket_parts/<metric>.sql). The metric comes through the catalogue's
 * allow-list, so no identifier is ever built from input; a query without the placeholder
 * is a mistake, not something to run as it is. With `callerRuns` (a count, summary or trend
 * the stored caller runs answer: caller-runs.ts), repeat callers' parts come from
 * parts_repeat_callers_runs (summary/setup/repeat_callers_parts_runs.sql), the same counts.
 */
export function partsSql(name: string, metric: MetricName, { callerRuns = false } = {}): string {
	if (!isMetricName(metric)) throw new Error(`Unknown metric "${metric}"`);
	const text = sqlText(name);
	if (!text.includes(PARTS_PLACEHOLDER)) throw new Error(`Query ${name} has no ${PARTS_PLACEHOLDER} placeholder`);
	return text.replaceAll(PARTS_PLACEHOLDER, callerRuns && metric === 'repeat_callers' ? 'parts_repeat_callers_runs' : `parts_${metric}`);
}
