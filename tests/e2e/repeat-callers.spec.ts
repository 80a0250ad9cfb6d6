// Repeat callers: the rate agrees with the API for the configured window, the window selector
// recounts and its drill-down lists the same number, callers download as CSV.
import { formatCount, formatPercent } from '../../src/lib/format';
import type { HeadlineMetrics } from '../../src/lib/server/metrics';
import { api, chartsDrawn, csvRows, downloadText, expect, open, screenshots, test, ticketsTotal } from './fixtures';

test('the rate and counts show the API numbers and drill down', async ({ page }) => {
	await open(page, '/repeat-callers');
	const m = await api<HeadlineMetrics>(page, '/api/metrics');
	await expect(page.getByTestId('repeat-rate')).toHaveText(formatPercent(m.repeat_contacts.rate));
	await expect(page.getByTestId('repeat-count')).toHaveText(formatCount(m.repeat_contacts.numerator));
	await chartsDrawn(page);
	await page.getByTestId('repeat-count').click();
	expect(await ticketsTotal(page)).toBe(m.repeat_contacts.numerator);
});

test('the window selector recounts, and the drill-down agrees', async ({ page }) => {
	await open(page, '/repeat-callers');
	const seven = Number((await page.getByTestId('repeat-count').textContent())!.replace(/\D/g, ''));
	await page.getByRole('button', { name: '30 days', exact: true }).click();
	await expect(page).toHaveURL(/window=30/);
	await expect(page.getByRole('button', { name: '30 days', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('repeat-count')).not.toHaveText(formatCount(seven));
	const thirty = Number((await page.getByTestId('repeat-count').textContent())!.replace(/\D/g, ''));
	expect(thirty).toBeGreaterThan(seven);
	await page.getByTestId('repeat-count').click();
	await expect(page).toHaveURL(/within=30/);
	expect(await ticketsTotal(page)).toBe(thirty);
});

test('the top callers open to their tickets and download as CSV', async ({ page }) => {
	await open(page, '/repeat-callers');
	const first = page.getByTestId('callers').locator('li').first();
	const count = Number((await first.locator('a.count').textContent())!.replace(/\D/g, ''));
	await first.locator('summary .who').click();
	await expect(first.locator('tbody tr')).toHaveCount(count);
	const total = await page.getByTestId('callers').locator('a.count').allTextContents();
	const sum = total.reduce((n, t) => n + Number(t.replace(/\D/g, '')), 0);
	const { text } = await downloadText(page, () => page.getByTestId('callers-csv').click());
	expect(csvRows(text)).toHaveLength(sum);
});

test('screenshots of Repeat callers', async ({ page }) => {
	await screenshots(page, 'repeat-callers', '/repeat-callers');
});
