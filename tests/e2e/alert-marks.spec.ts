// Unusual weeks ringed on the Team page's per-team trend and on the client pack's weekly charts:
// each ringed week is one the insights API reports for that team or client, said in the chart's words.
import type { Insights } from '../../src/lib/server/insights';
import { api, chartsDrawn, expect, open, test } from './fixtures';

const range = 'from=2026-08-03&to=2026-11-01';

test('the Team page rings each shown team’s unusual FCR weeks on its trend line', async ({ page }) => {
	await open(page, `/team?${range}&trend=fcr`);
	const { alerts } = await api<Insights>(page, '/api/insights');
	const card = page.getByTestId('card-team-trend');
	const shown = await card.locator('li').allTextContents();
	const ringed = alerts!.filter((a) => a.metric === 'fcr' && a.scope === 'team' && shown.map((s) => s.trim()).includes(a.key!));
	expect(ringed.length).toBeGreaterThan(0);
	const chart = page.getByTestId('chart-team-trend');
	for (const a of ringed) await expect(chart).toHaveAttribute('aria-label', new RegExp(a.sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await chartsDrawn(page);
	await card.scrollIntoViewIfNeeded();
	await card.screenshot({ path: 'tests/screenshots/team-trend-alerts.png' });
});

test('the client pack rings the client’s unusual weeks on its volume chart', async ({ page }) => {
	const client = 'Greenleaf Foods';
	await open(page, `/clients/${encodeURIComponent(client)}?${range}`);
	const { alerts } = await api<Insights>(page, '/api/insights', { client });
	const ringed = alerts!.filter((a) => a.metric === 'volume' && a.scope === 'client' && a.key === client);
	expect(ringed.length).toBeGreaterThan(0);
	const chart = page.getByTestId('chart-client-volume');
	for (const a of ringed) await expect(chart).toHaveAttribute('aria-label', new RegExp(a.sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await chartsDrawn(page);
	const card = page.getByTestId('card-client-volume');
	await card.scrollIntoViewIfNeeded();
	await card.screenshot({ path: 'tests/screenshots/client-volume-alerts.png' });
});
