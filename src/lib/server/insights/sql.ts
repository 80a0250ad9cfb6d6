// The insight queries read metric_parts($metric, ...); this puts the metric's own parts
// macro in its place (same rows, without DuckDB binding every metric's branch first).
import { sqlText } from '../sql';
import { isMetricName, type MetricName } from '../metric/catalog';

export function metricSql(name: string, metric: MetricName): string {
	// The catalogue's allow-list: no identifier is ever built from input.
	if (!isMetricName(metric)) throw new Error(`Unknown metric "${metric}"`);
	return sqlText(name).replaceAll('metric_parts($metric, ', `parts_${metric}(`);
}
