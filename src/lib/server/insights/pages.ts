// Each dashboard's view with its insights, as the one load helper its +page.server.ts calls:
// the view's own filters decide the insights, so both always speak of the same tickets. The
// dashboards get theirs as a promise SvelteKit streams: the numbers show without waiting for
// the explanations (seconds at 1M tickets); the client pack awaits them, as it prints.
import type { Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import type { Db } from '../db';
import { changesView } from '../views/changes';
import { packFor, sharedPack } from '../views/clients';
import { scopeFromUrl } from '../views/common';
import { overviewView } from '../views/overview';
import { LeadingCallersShare } from '../metric/repeat-callers';
import { repeatView } from '../views/repeat';
import { teamView } from '../views/team';
import { alertMetrics, type Alert, type AlertMetric } from './alerts';
import { insights, type Insights } from './index';

export async function overviewWithInsights(db: Db, access: Access, params: URLSearchParams) {
	const view = await overviewView(db, access, params);
	return { ...view, insights: insights(db, access, view.filters, { sections: ['drivers', 'self_service', 'alerts'] }) };
}

export async function teamWithInsights(db: Db, access: Access, params: URLSearchParams) {
	const view = await teamView(db, access, params);
	const found = insights(db, access, view.filters, {
		sections: ['drivers'],
		metrics: ['volume', 'fcr', 'csat', 'sla', 'reopen_rate', 'reassignment_rate'],
		dimensions: ['team', 'agent']
	});
	// The per-team trend's unusual weeks, streamed on their own so the drivers do not wait for them.
	const shown = view.trends.map((t) => t.team);
	const trendAlerts: Promise<Alert[]> = (alertMetrics as readonly string[]).includes(view.trendMetric)
		? insights(db, access, view.filters, { sections: ['alerts'], alertMetrics: [view.trendMetric as AlertMetric], alertScopes: ['team'] }).then((f) =>
				(f.alerts ?? []).filter((a) => a.scope === 'team' && shown.includes(a.key ?? ''))
			)
		: Promise.resolve([]);
	return { ...view, insights: found, trendAlerts };
}

/**
 * A client's pack: its drivers (not over clients), the changes that hit it, candidates, alerts.
 * It prints whole, so its insights do not wait for its numbers: both are asked at once (1M
 * tickets, the biggest client's year: 263 -> ~205 ms).
 */
export async function clientPackWithInsights(db: Db, access: Access, params: URLSearchParams, client: string) {
	const scope = await scopeFromUrl(db, access, params);
	const [pack, found] = await Promise.all([packFor(db, access, scope, client), packInsights(db, access, { ...scope.filters, client })]);
	return { ...pack, insights: found };
}

/** A share link's pack with its insights: the link's one client and period, nothing else. */
export async function sharedPackWithInsights(db: Db, access: Access) {
	const pack = await sharedPack(db, access);
	return { ...pack, insights: await packInsights(db, access, pack.filters) };
}

async function packInsights(db: Db, access: Access, filters: Filters): Promise<Insights> {
	const found = await insights(db, access, filters, {
		sections: ['drivers', 'change_impact', 'self_service', 'alerts'],
		metrics: ['fcr', 'csat', 'sla', 'repeat_contacts', 'change_caused', 'volume'],
		probableChangesOnly: true
	});
	// Filtered to the client, "overall" is the client itself: keep the copy that names it.
	if (found.alerts) found.alerts = found.alerts.filter((a) => a.scope !== 'all');
	return found;
}

export async function changesWithInsights(db: Db, access: Access, params: URLSearchParams) {
	const view = await changesView(db, access, params);
	return { ...view, insights: insights(db, access, view.filters, { sections: ['change_impact'], probableChangesOnly: true }) };
}

export async function repeatWithInsights(db: Db, access: Access, params: URLSearchParams) {
	// The view's top callers and the frequent callers are both read from the period's leading callers.
	const leadingCallers = new LeadingCallersShare();
	const view = await repeatView(db, access, params, leadingCallers);
	return { ...view, insights: insights(db, access, view.filters, { sections: ['frequent_callers'], leadingCallers }) };
}
