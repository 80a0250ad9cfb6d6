// The sample imported by the CLI into a fresh database gives, through `onecall metrics`,
// exactly the numbers the served app answers and the Overview shows for the same range.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCount, formatPercent } from '../../src/lib/format';
import type { HeadlineMetrics } from '../../src/lib/server/metrics';

// DuckDB sums in parallel, so an average can differ in its last bits between two runs.
const rounded = (value: unknown): unknown =>
	JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));

const onecall = (...args: string[]) =>
	execFileSync(process.execPath, ['src/cli/launcher.js', ...args], { encoding: 'utf8' });

test('onecall import + metrics equals the page for the sample full range', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'onecall-e2e-'));
	try {
		const db = join(dir, 'cli.duckdb');
		const summary = onecall('import', 'data/sample/tickets.csv', 'data/sample/changes.csv', '--db', db);
		expect(summary).toMatch(/tickets\.csv: 20000 tickets loaded, 0 rows rejected of 20000 read/);

		// The full range of the sample: the "All data" preset of the page.
		await page.goto('/');
		await page.getByRole('button', { name: 'All data' }).click();
		await expect(page).toHaveURL(/from=[\d-]+&to=[\d-]+/);
		const url = new URL(page.url());
		const from = url.searchParams.get('from')!;
		const to = url.searchParams.get('to')!;

		const cli: HeadlineMetrics = JSON.parse(onecall('metrics', '--from', from, '--to', to, '--db', db));
		const api: HeadlineMetrics = await (await page.request.get(`/api/metrics?from=${from}&to=${to}`)).json();
		expect(rounded(cli)).toEqual(rounded(api));
		expect(cli.tickets).toBe(20000);

		const tile = (key: string) => page.getByTestId(`kpi-${key}`).getByTestId('kpi-value');
		await expect(tile('tickets')).toHaveText(formatCount(cli.tickets));
		await expect(tile('fcr')).toHaveText(formatPercent(cli.fcr.rate));
		await expect(tile('csat')).toHaveText(formatPercent(cli.csat.rate));
		await expect(tile('sla')).toHaveText(formatPercent(cli.sla.rate));
		await expect(tile('repeat_contacts')).toHaveText(formatPercent(cli.repeat_contacts.rate));
		await expect(tile('change_caused')).toHaveText(formatPercent(cli.change_caused.rate));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
