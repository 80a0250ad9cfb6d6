// Satisfaction: CSAT and its breakdowns agree with the API, drill down, follow the filters;
// the lowest-rated tickets download as CSV.
import { formatPercent } from '../../src/lib/format';
import type { MetricReport } from '../../src/lib/server/metric/report';
import { api, clickMark, chartsDrawn, csvRows, downloadText, expect, open, screenshots, test, ticketsTotal } from './fixtures';

test('CSAT, by channel and the FCR split show the API numbers', async ({ page }) => {
	await open(page, '/satisfaction');
	const csat = await api<MetricReport>(page, '/api/metrics/csat', { by: 'channel' });
	await expect(page.getByTestId('csat-value')).toHaveText(formatPercent(csat.value));
	const phone = csat.rows!.find((r) => r.key === 'phone')!;
	const row = page.getByTestId('table-csat-channel').locator('tr', { has: page.getByRole('link', { name: 'phone', exact: true }) });
	await expect(row.locator('[data-col="value"] a')).toHaveText(formatPercent(phone.value));
	await chartsDrawn(page);
	await expect(page.getByTestId('chart-csat-fcr')).toHaveAttribute('aria-label', /Fixed at first contact/);

	await row.locator('[data-col="value"] a').click();
	expect(await ticketsTotal(page)).toBe(phone.denominator);
});

test('a bar of the score distribution lists the responses with that score', async ({ page }) => {
	await open(page, '/satisfaction');
	const csat = await api<MetricReport>(page, '/api/metrics/csat');
	const distribution = csat.extra!.distribution as { scale: string; score: number; responses: number }[];
	await clickMark(page, 'chart-csat-distribution', 0.85);
	await expect(page).toHaveURL(/scale=.*&score=\d+/);
	const url = new URL(page.url());
	const bar = distribution.find((d) => d.scale === url.searchParams.get('scale') && d.score === Number(url.searchParams.get('score')))!;
	expect(await ticketsTotal(page)).toBe(bar.responses);
});

test('a filter change updates CSAT and the URL', async ({ page }) => {
	await open(page, '/satisfaction');
	await page.getByLabel('Team', { exact: true }).selectOption('Service Desk L1');
	await expect(page).toHaveURL(/team=Service\+Desk\+L1/);
	const csat = await api<MetricReport>(page, '/api/metrics/csat');
	await expect(page.getByTestId('csat-value')).toHaveText(formatPercent(csat.value));
	await page.getByTestId('csat-value').click();
	expect(await ticketsTotal(page)).toBe(csat.denominator);
});

test('the lowest-rated tickets download as CSV', async ({ page }) => {
	await open(page, '/satisfaction');
	const n = await page.getByTestId('lowest-rated').locator('tbody tr').count();
	expect(n).toBe(10);
	const { text } = await downloadText(page, () => page.getByTestId('lowest-rated-csv').click());
	expect(csvRows(text)).toHaveLength(10);
});

test('screenshots of Satisfaction', async ({ page }) => {
	await screenshots(page, 'satisfaction', '/satisfaction');
});
