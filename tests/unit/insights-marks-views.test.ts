// Unusual weeks on the sample's Team page and client pack: each ringed point sits on the chart's
// own value for that team or client in that week, and a share link's pack speaks of its client only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { localAccess, type Access } from '../../src/lib/server/access/scope';
import { clientPackWithInsights, sharedPackWithInsights, teamWithInsights } from '../../src/lib/server/insights/pages';
import { barOption, lineOption, multiLineOption } from '../../src/lib/charts/basic';
import { lightPalette } from '../../src/lib/charts/palette';
import { withScopedAlertMarks } from '../../src/lib/components/insights/alert-marks';
import { sampleDb } from '../helpers/db';

let db: Db;
beforeAll(async () => {
	db = await sampleDb();
}, 120_000);

const range = { from: '2026-08-03', to: '2026-11-01' };
type Marked = { markPoint?: { data: { coord: [string, number] }[] } }[];
const coords = (series: unknown) => (series as Marked).map((s) => s.markPoint?.data.map((d) => d.coord) ?? []);

describe('on the sample', () => {
	it('rings each shown team’s unusual weeks on its own line, at the line’s value', async () => {
		let ringed = 0;
		for (const trend of ['fcr', 'csat', 'sla', 'volume']) {
			const view = await teamWithInsights(db, localAccess, new URLSearchParams({ ...range, trend }));
			const alerts = await view.trendAlerts;
			const buckets = view.trends[0].points.map((pt) => pt.bucket);
			const option = withScopedAlertMarks(
				multiLineOption(buckets, view.trends.map((t) => ({ name: t.team, values: t.points.map((pt) => pt.value) })), { format: String }),
				alerts, { metric: trend, scope: 'team', keys: view.trends.map((t) => t.team), buckets, grain: view.grain }, lightPalette
			);
			const marks = coords(option.series);
			view.trends.forEach((t, j) => {
				const own = alerts.filter((a) => a.key === t.team && a.metric === trend).map((a) => a.week).sort();
				expect(marks[j].map(([week]) => week).sort(), `${trend} ${t.team}`).toEqual(own);
				for (const [week, value] of marks[j]) expect(value).toBeCloseTo(t.points.find((pt) => pt.bucket === week)!.value!, 12);
			});
			ringed += marks.flat().length;
		}
		expect(ringed).toBeGreaterThan(0);
	}, 60_000);

	it('rings a client’s unusual weeks on its pack’s volume and CSAT charts, at their values', async () => {
		let ringed = 0;
		for (const client of ['Greenleaf Foods', 'Quantum Labs', 'Bluepeak Insurance', 'Silverline Transport']) {
			const pack = await clientPackWithInsights(db, localAccess, new URLSearchParams(range), client);
			expect(pack.grain).toBe('week');
			for (const [metric, points, build] of [
				['volume', pack.volume, barOption],
				['csat', pack.csat, lineOption]
			] as const) {
				const rows = points.map((pt) => ({ label: pt.bucket, value: pt.value, n: pt.n }));
				const option = withScopedAlertMarks(build(rows, { format: String }), pack.insights.alerts,
					{ metric, scope: 'client', keys: [client], buckets: rows.map((r) => r.label), grain: pack.grain }, lightPalette);
				const [marks] = coords(option.series);
				const own = pack.insights.alerts!.filter((a) => a.scope === 'client' && a.key === client && a.metric === metric);
				expect(marks.length, `${client} ${metric}`).toBe(own.length);
				for (const [week, value] of marks) expect(value).toBeCloseTo(rows.find((r) => r.label === week)!.value!, 12);
				ringed += marks.length;
			}
		}
		expect(ringed).toBeGreaterThan(0);
	}, 60_000);

	it('gives a share link’s pack the insights of its own client and period only', async () => {
		const client = 'Greenleaf Foods';
		const access: Access = { ...localAccess, share: { id: 1, client, ...range }, clients: [client] };
		const pack = await sharedPackWithInsights(db, access);
		expect(pack.insights.filters).toEqual({ ...range, client });
		const own = await clientPackWithInsights(db, localAccess, new URLSearchParams(range), client);
		expect(pack.insights.alerts).toEqual(own.insights.alerts);
		expect(pack.insights.alerts!.every((a) => a.scope !== 'client' || a.key === client)).toBe(true);
		// The pack's "overall" is the client itself: each unusual week is listed once, naming it.
		expect(pack.insights.alerts!.filter((a) => a.scope === 'all')).toEqual([]);
		expect(JSON.stringify(pack.insights.drivers)).toBe(JSON.stringify(own.insights.drivers));
	}, 60_000);
});
