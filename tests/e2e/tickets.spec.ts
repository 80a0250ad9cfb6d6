// The Tickets drill-down view: totals agree with /api/tickets, KPI tiles land on the right
// list, sorting and paging drive the URL, the filter bar narrows it, and the CSV is complete.
import type { HeadlineMetrics } from '../../src/lib/server/metrics';
import { api, apiCount, clickMark, csvRows, downloadText, expect, open, screenshots, test, ticketsTotal } from './fixtures';

test('the list shows every ticket of the period, 50 to a page', async ({ page }) => {
	await page.goto('/tickets');
	const total = await apiCount(page, { metric: 'volume' });
	expect(total).toBeGreaterThan(50);
	expect(await ticketsTotal(page)).toBe(total);
	await expect(page.getByTestId('tickets-table').locator('tbody tr')).toHaveCount(50);
	await page.getByRole('link', { name: 'Next' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page.getByText(`51–100 of`)).toBeVisible();
});

test('the Overview tiles drill down to the tickets behind them', async ({ page }) => {
	await page.goto('/');
	const m = await api<HeadlineMetrics>(page, '/api/metrics');
	await page.getByTestId('kpi-fcr').getByTestId('kpi-value').click();
	await expect(page).toHaveURL(/\/tickets\?.*metric=fcr&part=denominator/);
	expect(await ticketsTotal(page)).toBe(m.fcr.denominator);
	await expect(page.getByRole('columnheader', { name: 'FCR' })).toBeVisible();

	await page.goBack();
	await page.getByTestId('kpi-fcr').getByTestId('kpi-numerator').click();
	expect(await ticketsTotal(page)).toBe(m.fcr.numerator);

	await page.goBack();
	await page.getByTestId('kpi-tickets').getByTestId('kpi-value').click();
	expect(await ticketsTotal(page)).toBe(m.tickets);
});

test('a chart mark drills down to its week', async ({ page }) => {
	await open(page, '/');
	await clickMark(page, 'chart-volume');
	await expect(page).toHaveURL(/\/tickets\?.*grain=week&bucket=\d{4}-\d{2}-\d{2}/);
	const url = new URL(page.url());
	const expected = await apiCount(page, { metric: 'volume', grain: 'week', bucket: url.searchParams.get('bucket')! });
	expect(await ticketsTotal(page)).toBe(expected);
	expect(expected).toBeGreaterThan(0);
});

test('sorting, filters and history live in the URL', async ({ page }) => {
	await open(page, '/tickets?metric=fcr&part=denominator');
	await page.getByTestId('tickets-table').getByRole('link', { name: 'Client' }).click();
	await expect(page).toHaveURL(/sort=client&dir=asc/);
	const clients = await page.locator('td.c-client').allTextContents();
	expect(clients).toEqual([...clients].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

	await page.getByLabel('Channel').selectOption('phone');
	await expect(page).toHaveURL(/channel=phone/);
	const phone = await apiCount(page, { metric: 'fcr', part: 'denominator' });
	await expect(page.getByTestId('tickets-total')).toHaveText(new RegExp(`^${phone.toLocaleString('en-US')} tickets`));
	await page.goBack();
	await expect(page).not.toHaveURL(/channel=phone/);
	await expect(page.getByLabel('Channel')).toHaveValue('');
});

test('the CSV has exactly the listed rows, formula-safe', async ({ page }) => {
	await page.goto('/tickets?metric=fcr&part=denominator&by=team&key=Network');
	const total = await ticketsTotal(page);
	expect(total).toBe(await apiCount(page, { metric: 'fcr', part: 'denominator', by: 'team', key: 'Network' }));
	const { name, text } = await downloadText(page, () => page.getByTestId('tickets-csv').click());
	expect(name).toMatch(/\.csv$/);
	expect(text.split('\r\n')[0]).toMatch(/^ticket_id,created_at,/);
	const rows = csvRows(text);
	expect(rows).toHaveLength(total);
	expect(rows.every((r) => /,Network,/.test(r))).toBe(true);
	// No cell may start with a formula character (text cells get a leading ').
	expect(text.split(/[\r\n,]/).some((cell) => /^[=+@]/.test(cell))).toBe(false);
});

test('one caller’s tickets', async ({ page }) => {
	await page.goto('/repeat-callers');
	const top = page.getByTestId('callers').locator('li').first();
	const caller = (await top.locator('.who').textContent())!.trim();
	const count = Number((await top.locator('a.count').textContent())!.replace(/\D/g, ''));
	await top.locator('a.count').click();
	await expect(page).toHaveURL(new RegExp(`caller=${caller}`));
	expect(await ticketsTotal(page)).toBe(count);
	await expect(page.locator('td.c-caller_id').first()).toHaveText(caller);
});

test('any metric part can be picked', async ({ page }) => {
	await open(page, '/tickets?metric=sla');
	await page.getByLabel('Part').selectOption('denominator');
	await expect(page).toHaveURL(/metric=sla&part=denominator|part=denominator.*metric=sla/);
	expect(await ticketsTotal(page)).toBe(await apiCount(page, { metric: 'sla', part: 'denominator' }));
	await page.getByLabel('Metric').selectOption('resolution_time');
	await expect(page).toHaveURL(/metric=resolution_time/);
	expect(await ticketsTotal(page)).toBe(await apiCount(page, { metric: 'resolution_time', part: 'denominator' }));
	await expect(page.getByRole('columnheader', { name: 'Value' })).toBeVisible();
});

test('screenshots of Tickets', async ({ page }) => {
	await screenshots(page, 'tickets', '/tickets?metric=fcr&part=denominator&by=team&key=Network');
});
