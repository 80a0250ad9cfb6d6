// Changes: the change-caused share and change failure rate agree with the API, numbers and
// top changes drill down to the right tickets, suspected incidents download as CSV.
import { formatCount, formatPercent } from '../../src/lib/format';
import type { MetricReport } from '../../src/lib/server/metric/report';
import { api, chartsDrawn, csvRows, downloadText, expect, open, screenshots, test, ticketsTotal } from './fixtures';

test('the share, the failure rate and the top changes show the API numbers', async ({ page }) => {
	await open(page, '/changes');
	const caused = await api<MetricReport>(page, '/api/metrics/change_caused');
	const cfr = await api<MetricReport>(page, '/api/metrics/change_failure_rate');
	await expect(page.getByTestId('caused-share')).toHaveText(formatPercent(caused.value));
	await expect(page.getByTestId('caused-count')).toHaveText(formatCount(caused.numerator));
	await expect(page.getByTestId('cfr')).toHaveText(formatPercent(cfr.value));
	const top = (cfr.extra!.top_changes as { change_id: string; incidents_caused: number }[])[0];
	const card = page.getByTestId('top-changes').locator('li').first();
	await expect(card).toContainText(top.change_id);
	await chartsDrawn(page);

	await page.getByTestId('caused-count').click();
	expect(await ticketsTotal(page)).toBe(caused.numerator);
	await page.goBack();
	await card.locator('a.count').click();
	await expect(page).toHaveURL(new RegExp(`change=${top.change_id}`));
	expect(await ticketsTotal(page)).toBe(top.incidents_caused);
	await page.goBack();
	await page.getByTestId('cfr').click();
	expect(await ticketsTotal(page)).toBe(cfr.denominator);
});

test('a filter change updates the numbers and the URL', async ({ page }) => {
	await open(page, '/changes');
	await page.getByLabel('Priority').selectOption('P2');
	await expect(page).toHaveURL(/priority=P2/);
	const caused = await api<MetricReport>(page, '/api/metrics/change_caused');
	await expect(page.getByTestId('caused-count')).toHaveText(formatCount(caused.numerator));
});

test('suspected incidents download as CSV', async ({ page }) => {
	await open(page, '/changes');
	const n = await page.getByTestId('suspected').locator('tbody tr').count();
	const { text } = await downloadText(page, () => page.getByTestId('suspected-csv').click());
	expect(csvRows(text)).toHaveLength(n);
});

test('each suspected incident says how soon after a change it opened, within the 24 h window', async ({ page }) => {
	await open(page, '/changes');
	const lines = await page.getByTestId('suspected').locator('tbody tr td[data-col="occurred_at"] .sub').allTextContents();
	expect(lines.length).toBeGreaterThan(0);
	expect(lines.length).toBe(await page.getByTestId('suspected').locator('tbody tr').count());
	for (const line of lines) {
		const m = /^(\d+)\s*min after a change ended$|^([\d.]+)\s*h after a change ended$/.exec(line.replace(/\u00a0/g, ' '));
		expect(m, line).not.toBeNull();
		expect(m![1] !== undefined ? Number(m![1]) / 60 : Number(m![2]), line).toBeLessThan(24);
	}
});

test('screenshots of Changes', async ({ page }) => {
	await screenshots(page, 'changes', '/changes');
});
