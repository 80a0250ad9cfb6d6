// Team: teams and agents agree with the API, small samples are marked, a number drills down,
// a name scopes the whole app, the tables download as CSV, and the charts draw.
import { formatPercent } from '../../src/lib/format';
import type { MetricReport } from '../../src/lib/server/metric/report';
import { api, chartsDrawn, csvRows, downloadText, expect, open, screenshots, test, ticketsTotal } from './fixtures';

test('teams and agents show the API numbers, with small samples marked', async ({ page }) => {
	await open(page, '/team');
	const fcr = await api<MetricReport>(page, '/api/metrics/fcr', { by: 'team' });
	const csat = await api<MetricReport>(page, '/api/metrics/csat', { by: 'team' });
	const teams = page.getByTestId('teams-table');
	for (const r of fcr.rows!.filter((r) => r.key !== null)) {
		const row = teams.locator('tr', { has: page.getByRole('link', { name: r.key!, exact: true }) });
		await expect(row.locator('[data-col="fcr"] a')).toHaveText(formatPercent(r.value));
	}
	for (const r of csat.rows!.filter((r) => r.key !== null)) {
		const cell = teams.locator('tr', { has: page.getByRole('link', { name: r.key!, exact: true }) }).locator('[data-col="csat"]');
		await expect(cell.locator('.warn')).toHaveCount(r.small_sample ? 1 : 0);
	}
	const agents = await api<MetricReport>(page, '/api/metrics/volume', { by: 'agent' });
	await expect(page.getByTestId('agents-table').locator('tbody tr')).toHaveCount(Math.min(20, agents.rows!.length));
	await chartsDrawn(page);
});

test('a team’s number drills down; its name scopes the app', async ({ page }) => {
	await open(page, '/team');
	const fcr = await api<MetricReport>(page, '/api/metrics/fcr', { by: 'team' });
	const network = fcr.rows!.find((r) => r.key === 'Network')!;
	const row = page.getByTestId('teams-table').locator('tr', { has: page.getByRole('link', { name: 'Network', exact: true }) });
	await row.locator('[data-col="fcr"] a').click();
	expect(await ticketsTotal(page)).toBe(network.denominator);
	await page.goBack();

	await page.getByTestId('teams-table').getByRole('link', { name: 'Network', exact: true }).click();
	await expect(page).toHaveURL(/team=Network/);
	await expect(page.getByLabel('Team', { exact: true })).toHaveValue('Network');
	await expect(page.getByTestId('teams-table').locator('tbody tr')).toHaveCount(1);
	const scoped = await api<MetricReport>(page, '/api/metrics/fcr', { by: 'agent' });
	const first = scoped.rows!.filter((r) => r.key !== null)[0];
	const agentRow = page.getByTestId('agents-table').locator('tr', { has: page.getByRole('link', { name: first.key!, exact: true }) });
	await expect(agentRow.locator('[data-col="fcr"] a')).toHaveText(formatPercent(first.value));
	// The scope follows to the other views.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Satisfaction' }).click();
	await expect(page).toHaveURL(/satisfaction\?.*team=Network/);
});

test('the agents table downloads every agent as CSV', async ({ page }) => {
	await open(page, '/team');
	const agents = await api<MetricReport>(page, '/api/metrics/volume', { by: 'agent' });
	const { text } = await downloadText(page, () => page.getByTestId('agents-table-csv').click());
	expect(text.split('\r\n')[0]).toBe('Agent,Tickets,FCR,CSAT,Median resolution,Reopened,Reassigned,SLA');
	expect(csvRows(text)).toHaveLength(agents.rows!.filter((r) => r.key !== null).length);
});

test('a chart downloads as PNG', async ({ page }) => {
	await open(page, '/team');
	await chartsDrawn(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download FCR and CSAT per agent as PNG' }).click()
	]);
	expect(download.suggestedFilename()).toBe('onecall-fcr-and-csat-per-agent.png');
	const chunks: Buffer[] = [];
	for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
	const png = Buffer.concat(chunks);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect(png.length).toBeGreaterThan(5000);
});

test('screenshots of Team', async ({ page }) => {
	await screenshots(page, 'team', '/team');
});
