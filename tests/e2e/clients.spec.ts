// Clients: the list agrees with the API per client and drills down; the meeting pack shows
// the client's headline numbers and statements, follows the filters, and prints to an A4 PDF.
import { formatCount, formatPercent, statement } from '../../src/lib/format';
import type { HeadlineMetrics } from '../../src/lib/server/metrics';
import type { MetricReport } from '../../src/lib/server/metric/report';
import { api, apiCount, csvRows, downloadText, expect, open, screenshots, test, ticketsTotal } from './fixtures';
import { pdfText } from './pdf-text';

const client = 'Cobalt Energy';
const compact = (s: string) => s.replace(/\s+/g, '');

test('the client list shows each client’s numbers and drills down', async ({ page }) => {
	await open(page, '/clients');
	const fcr = await api<MetricReport>(page, '/api/metrics/fcr', { by: 'client' });
	const volume = await api<MetricReport>(page, '/api/metrics/volume', { by: 'client' });
	const table = page.getByTestId('clients-table');
	const row = table.locator('tr', { has: page.getByRole('link', { name: client, exact: true }) });
	const mine = fcr.rows!.find((r) => r.key === client)!;
	await expect(row.locator('[data-col="fcr"] a')).toHaveText(formatPercent(mine.value));
	await expect(row.locator('[data-col="volume"] a')).toHaveText(formatCount(volume.rows!.find((r) => r.key === client)!.value));
	await expect(table.locator('tbody tr')).toHaveCount(volume.rows!.filter((r) => r.key !== null).length);

	await row.locator('[data-col="fcr"] a').click();
	await expect(page).toHaveURL(/client=Cobalt\+Energy.*metric=fcr&part=denominator|metric=fcr.*client=Cobalt/);
	expect(await ticketsTotal(page)).toBe(mine.denominator);
});

test('the client list downloads as CSV', async ({ page }) => {
	await open(page, '/clients');
	const n = await page.getByTestId('clients-table').locator('tbody tr').count();
	const { text } = await downloadText(page, () => page.getByTestId('clients-table-csv').click());
	expect(text.split('\r\n')[0]).toBe('Client,Tickets,FCR,CSAT,SLA,Repeat contacts,Caused by our changes');
	expect(csvRows(text)).toHaveLength(n);
});

test('the meeting pack: headlines, statements, drill-down and filters', async ({ page }) => {
	await open(page, '/clients');
	await page.getByRole('link', { name: client, exact: true }).click();
	await expect(page.getByTestId('client-name')).toHaveText(client);
	await expect(page.getByLabel('Client')).toHaveValue(client);
	const m = await api<HeadlineMetrics>(page, '/api/metrics', { client });
	await expect(page.getByTestId('kpi-fcr').getByTestId('kpi-value')).toHaveText(formatPercent(m.fcr.rate));
	await expect(page.getByTestId('kpi-tickets').getByTestId('kpi-value')).toHaveText(formatCount(m.tickets));
	await expect(page.getByTestId('statements')).toContainText(statement('First-contact resolution', m.fcr.rate, m.previous.fcr.rate, 'percent'));
	await expect(page.getByTestId('statements')).toContainText(statement('Tickets', m.tickets, m.previous.tickets, 'count'));

	// The change-caused incidents link lists exactly this client's caused tickets.
	await page.getByTestId('caused-link').click();
	expect(await ticketsTotal(page)).toBe(m.change_caused.numerator);
	await expect(page).toHaveURL(/client=Cobalt/);
	await page.goBack();

	await page.getByRole('button', { name: 'Last 30 days' }).click();
	await expect(page).toHaveURL(/\/clients\/Cobalt%20Energy\?.*from=/);
	const m30 = await api<HeadlineMetrics>(page, '/api/metrics', { client });
	await expect(page.getByTestId('kpi-tickets').getByTestId('kpi-value')).toHaveText(formatCount(m30.tickets));
	expect(m30.tickets).not.toBe(m.tickets);
	expect(await apiCount(page, { metric: 'volume', client })).toBe(m30.tickets);
});

test('the meeting pack prints to an A4 PDF with the client, filters and numbers', async ({ page }) => {
	await open(page, `/clients/${encodeURIComponent(client)}?channel=phone`);
	await expect(page.getByTestId('chart-client-volume').locator('canvas')).toHaveCount(1);
	await page.waitForTimeout(700);
	const m = await api<HeadlineMetrics>(page, '/api/metrics', { client });
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('filter-bar')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByTestId('print-header')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const text = compact(pdfText(pdf));
	expect(text).toContain(compact(client));
	expect(text).toContain(compact('Channel: phone'));
	expect(text).toContain(compact(formatPercent(m.fcr.rate)));
	expect(text).toContain(compact(formatPercent(m.csat.rate)));
	expect(text).toContain(compact(statement('First-contact resolution', m.fcr.rate, m.previous.fcr.rate, 'percent')));
	expect(text).not.toContain(compact('Repeat callers Changes Satisfaction'));
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.screenshot({ path: 'tests/screenshots/client-print.png', fullPage: true });
	await page.emulateMedia({ media: 'screen' });
});

test('screenshots of Clients', async ({ page }) => {
	await screenshots(page, 'clients', '/clients');
	await screenshots(page, 'client-pack', `/clients/${encodeURIComponent(client)}`);
});
