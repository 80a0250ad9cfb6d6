// "Why did it move?": the drivers of every KPI, change impact, self-service candidates,
// frequent callers and unusual weeks for one filter set, as the API, CLI and pages show them.
import type { Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import type { LeadingCallersShare } from '../metric/repeat-callers';
import { readSettings } from '../settings';
import { alertMetrics, manyWeeklyAlerts, type Alert, type AlertMetric, type AlertScope } from './alerts';
import { frequentCallers, type FrequentCaller } from './callers';
import { changeImpact, IMPACT_HOURS, type ChangeImpact } from './change-impact';
import { driverDimensions, driverMetrics, manyMetricDrivers, MIN_GROUP, type DriverDimension, type DriverMetric, type MetricDrivers } from './drivers';
import { selfServiceCandidates, type SelfServiceCandidate } from './self-service';

export type Section = 'drivers' | 'change_impact' | 'self_service' | 'frequent_callers' | 'alerts';
export const allSections: readonly Section[] = ['drivers', 'change_impact', 'self_service', 'frequent_callers', 'alerts'];

export interface InsightsOptions {
	sections?: readonly Section[];
	metrics?: readonly DriverMetric[];
	dimensions?: readonly DriverDimension[];
	/** The metrics whose unusual weeks are looked for (a chart of one metric needs only its own). */
	alertMetrics?: readonly AlertMetric[];
	/** The scopes whose unusual weeks are looked for (a per-team chart needs the teams' only). */
	alertScopes?: readonly AlertScope[];
	hours?: number;
	/** Change impact's probable changes only (a page's: it shows no other). */
	probableChangesOnly?: boolean;
	/** The page load's leading repeat callers, where its view counted them already. */
	leadingCallers?: LeadingCallersShare;
}

export interface Insights {
	filters: Filters;
	min_group: number;
	drivers?: Partial<Record<DriverMetric, MetricDrivers>>;
	change_impact?: { hours: number; changes: ChangeImpact[] };
	self_service?: SelfServiceCandidate[];
	frequent_callers?: FrequentCaller[];
	alerts?: Alert[];
}

/** The dimensions a view's drivers use: a client's own pack leaves out `client`, a team's `team`. */
export const dimensionsFor = (filters: Filters, only?: readonly DriverDimension[]): DriverDimension[] =>
	(only ?? driverDimensions).filter((d) => !(d in filters && filters[d as keyof Filters]));

export async function insights(db: Db, access: Access, filters: Filters, options: InsightsOptions = {}): Promise<Insights> {
	const want = new Set(options.sections ?? allSections);
	const metrics = options.metrics ?? driverMetrics;
	const dims = dimensionsFor(filters, options.dimensions);
	const hours = options.hours ?? IMPACT_HOURS;
	// One connection per section: DuckDB runs a connection's queries one after another.
	const on = <T>(f: Parameters<typeof withConnection<T>>[1]) => withConnection(db, f);
	const [drivers, impact, selfService, callers, alerts] = await Promise.all([
		want.has('drivers') ? on((c) => manyMetricDrivers(c, access, metrics, filters, dims)) : null,
		want.has('change_impact') ? on((c) => changeImpact(c, access, filters, { hours, probableOnly: options.probableChangesOnly })) : null,
		want.has('self_service') ? on((c) => selfServiceCandidates(c, access, filters)) : null,
		want.has('frequent_callers')
			? on(async (c) => frequentCallers(c, access, filters, (await readSettings(c)).repeat_caller_threshold, options.leadingCallers))
			: null,
		want.has('alerts') ? on((c) => manyWeeklyAlerts(c, access, options.alertMetrics ?? alertMetrics, filters, options.alertScopes)) : null
	]);
	return {
		filters,
		min_group: MIN_GROUP,
		...(drivers ? { drivers: Object.fromEntries(drivers.map((d) => [d.metric, d])) } : {}),
		...(impact ? { change_impact: { hours, changes: impact } } : {}),
		...(selfService ? { self_service: selfService } : {}),
		...(callers ? { frequent_callers: callers } : {}),
		...(alerts ? { alerts: alerts.flat() } : {})
	};
}
