// The Overview in a real browser against the sample: tiles agree with /api/metrics,
// charts draw, the date filter drives the URL and history, no console errors, screenshots.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { daysBetween } from '../../src/lib/filters';
import { formatCount, formatHours, formatPercent } from '../../src/lib/format';
import type { HeadlineMetrics } from '../../src/lib/server/metrics';
// Every test fails on a console error or an uncaught exception in the page (fixtures.ts).
import { expect, test } from './fixtures';

const charts = ['volume', 'fcr', 'csat', 'change_caused'];

const tileValue = (page: Page, key: string) => page.getByTestId(`kpi-${key}`).getByTestId('kpi-value');

/** The API's metrics for the filters in the page's current URL. */
async function apiMetrics(page: Page): Promise<HeadlineMetrics> {
	const search = new URL(page.url()).search;
	const response = await page.request.get(`/api/metrics${search}`);
	expect(response.ok()).toBe(true);
	return response.json();
}

/** Waits until every chart has an ECharts instance with a drawn, non-blank canvas. */
async function chartsDrawn(page: Page) {
	for (const name of charts) {
		const container = page.getByTestId(`chart-${name}`);
		await expect(container.locator('[_echarts_instance_]')).toHaveCount(1);
		await expect(container.locator('canvas')).toHaveCount(1);
	}
	// Past the 300 ms entry animation, so screenshots and pixel checks see the final state.
	await page.waitForTimeout(700);
}

test('the tiles show the API numbers for the page range', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
	const m = await apiMetrics(page);
	expect(m.tickets).toBeGreaterThan(0);

	await expect(tileValue(page, 'fcr')).toHaveText(formatPercent(m.fcr.rate));
	await expect(tileValue(page, 'csat')).toHaveText(formatPercent(m.csat.rate));
	await expect(tileValue(page, 'sla')).toHaveText(formatPercent(m.sla.rate));
	await expect(tileValue(page, 'tickets')).toHaveText(formatCount(m.tickets));
	await expect(tileValue(page, 'resolution')).toHaveText(formatHours(m.resolution_hours.median));
	await expect(tileValue(page, 'repeat_callers')).toHaveText(formatCount(m.repeat_callers.count));
	await expect(page.getByTestId('kpi-fcr')).toContainText(`${formatCount(m.fcr.numerator)} of ${formatCount(m.fcr.denominator)} resolved tickets`);

	// Each tile has a text alternative with its value.
	const label = await page.getByTestId('kpi-fcr').getAttribute('aria-label');
	expect(label).toContain(formatPercent(m.fcr.rate));
	// The default range ends the day after the newest ticket, and says so in words.
	await expect(page.getByTestId('period')).toContainText('compared with');
	await expect(page.getByRole('button', { name: 'Last 90 days' })).toHaveAttribute('aria-pressed', 'true');
});

test('the four trend charts render', async ({ page }) => {
	await page.goto('/');
	await chartsDrawn(page);
	for (const name of charts) {
		const container = page.getByTestId(`chart-${name}`);
		await expect(container).toHaveAttribute('aria-label', /.+/);
		const canvas = container.locator('canvas');
		const box = await canvas.boundingBox();
		expect(box?.width, `${name} width`).toBeGreaterThan(200);
		expect(box?.height, `${name} height`).toBeGreaterThan(150);
		const painted = await canvas.evaluate((el: HTMLCanvasElement) => {
			const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
			let n = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
			return n;
		});
		expect(painted, `${name} painted pixels`).toBeGreaterThan(1000);
	}
	// Hovering a week shows the tooltip with that week's numbers.
	const volume = page.getByTestId('chart-volume');
	await volume.scrollIntoViewIfNeeded();
	const box = (await volume.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(volume.getByText(/Week of/)).toBeVisible();
});

test('the date filter changes the numbers, the URL and the history', async ({ page }) => {
	await page.goto('/');
	await chartsDrawn(page);
	const before = await tileValue(page, 'tickets').textContent();

	await page.getByRole('button', { name: 'Last 30 days' }).click();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const thirty = new URL(page.url());
	expect(daysBetween(thirty.searchParams.get('from')!, thirty.searchParams.get('to')!)).toBe(30);
	await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
	const m30 = await apiMetrics(page);
	await expect(tileValue(page, 'tickets')).toHaveText(formatCount(m30.tickets));
	expect(formatCount(m30.tickets)).not.toBe(before);
	await expect(tileValue(page, 'fcr')).toHaveText(formatPercent(m30.fcr.rate));

	// The custom "To" is the inclusive last day; the URL keeps the exclusive end.
	const to = thirty.searchParams.get('to')!;
	await expect(page.getByLabel('To', { exact: true })).toHaveValue(new Date(Date.parse(to) - 86_400_000).toISOString().slice(0, 10));
	await page.getByLabel('From', { exact: true }).fill('2026-03-01');
	await page.getByLabel('To', { exact: true }).fill('2026-03-31');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/from=2026-03-01&to=2026-04-01/);
	await expect(page.getByTestId('period')).toContainText('1–31 Mar 2026, compared with 29 Jan – 28 Feb 2026');
	const march = await apiMetrics(page);
	await expect(tileValue(page, 'tickets')).toHaveText(formatCount(march.tickets));
	await expect(page.getByRole('group', { name: 'Date range presets' }).locator('[aria-pressed="true"]')).toHaveCount(0);

	await page.goBack();
	await expect(page).toHaveURL(thirty.toString());
	await expect(tileValue(page, 'tickets')).toHaveText(formatCount(m30.tickets));
	await expect(page.getByLabel('From', { exact: true })).toHaveValue(thirty.searchParams.get('from')!);
});

test('other filters in the URL survive a range change', async ({ page }) => {
	await page.goto('/?channel=phone');
	// The global filter bar shows the channel (it replaced the page's own "Also filtered by" line).
	await expect(page.getByLabel('Channel')).toHaveValue('phone');
	await page.getByRole('button', { name: 'All data' }).click();
	await expect(page).toHaveURL(/channel=phone&from=[\d-]+&to=[\d-]+/);
	await expect(page.getByRole('button', { name: 'All data' })).toHaveAttribute('aria-pressed', 'true');
	const m = await apiMetrics(page);
	await expect(tileValue(page, 'tickets')).toHaveText(formatCount(m.tickets));
});

test('a range without tickets shows the empty state, not empty charts', async ({ page }) => {
	await page.goto('/?from=2001-01-01&to=2001-02-01');
	await expect(page.getByText('No tickets match these filters')).toBeVisible();
	await expect(page.locator('[data-testid^="chart-"]')).toHaveCount(0);
	await expect(tileValue(page, 'fcr')).toHaveText('—');
	await expect(page.getByTestId('kpi-fcr')).toContainText('no data');
	await expect(tileValue(page, 'tickets')).toHaveText('0');
});

test('screenshots of the Overview', async ({ page }) => {
	mkdirSync('tests/screenshots', { recursive: true });
	for (const width of [1280, 900]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		await chartsDrawn(page);
		await page.screenshot({ path: `tests/screenshots/overview-${width}.png`, fullPage: true });
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await chartsDrawn(page);
	await page.screenshot({ path: 'tests/screenshots/overview-1280-dark.png', fullPage: true });
});
