// Shared by the dashboard specs: a test that fails on any console error, the API helpers
// the numbers are checked against, and waiting for charts and screenshots.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(err.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Opens a path and waits until the page is hydrated (the filter bar marks it). */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('[data-testid="filter-bar"][data-ready]')).toHaveCount(1);
}

/** Clicks a chart's first mark found by hovering across its middle (ECharts shows a pointer). */
export async function clickMark(page: Page, testid: string, yFraction = 0.75) {
	const chart = page.getByTestId(testid);
	await expect(chart.locator('canvas')).toHaveCount(1);
	await chart.scrollIntoViewIfNeeded();
	await page.waitForTimeout(700);
	const box = (await chart.boundingBox())!;
	const y = box.y + box.height * yFraction;
	for (let x = box.x + box.width * 0.3; x < box.x + box.width * 0.95; x += 4) {
		await page.mouse.move(x, y);
		const cursor = await chart.locator('canvas').evaluate((c) => c.parentElement!.style.cursor || c.style.cursor);
		if (cursor === 'pointer') {
			await page.mouse.click(x, y);
			return;
		}
	}
	throw new Error(`no mark found in ${testid}`);
}

/** GET an API path with the page's current filters appended. */
export async function api<T>(page: Page, path: string, extra: Record<string, string> = {}): Promise<T> {
	const params = new URL(page.url()).searchParams;
	const keep = new URLSearchParams();
	for (const k of ['from', 'to', 'preset', 'client', 'team', 'agent', 'channel', 'priority', 'category']) {
		const v = params.get(k);
		if (v) keep.set(k, v);
	}
	for (const [k, v] of Object.entries(extra)) keep.set(k, v);
	const response = await page.request.get(`${path}?${keep}`);
	expect(response.ok(), `${path}?${keep}`).toBe(true);
	return response.json();
}

/** How many items the drill-down API lists for a target (the Tickets view must agree). */
export async function apiCount(page: Page, query: Record<string, string>): Promise<number> {
	const r = await api<{ total: number }>(page, '/api/tickets', { ...query, page_size: '1' });
	return r.total;
}

/** The Tickets view's total, read from its summary line. */
export async function ticketsTotal(page: Page): Promise<number> {
	await expect(page.getByRole('heading', { level: 1, name: 'Tickets' })).toBeVisible();
	const text = (await page.getByTestId('tickets-total').textContent()) ?? '';
	return Number(text.replace(/[^\d]/g, ''));
}

/** Waits until every chart on the page has drawn, past the entry animation. */
export async function chartsDrawn(page: Page) {
	const charts = page.locator('[data-testid^="chart-"]');
	const n = await charts.count();
	for (let i = 0; i < n; i++) await expect(charts.nth(i).locator('canvas')).toHaveCount(1);
	await page.waitForTimeout(700);
}

/** Full-page screenshots in light and dark at laptop width, and light at tablet width. */
export async function screenshots(page: Page, name: string, path: string) {
	mkdirSync('tests/screenshots', { recursive: true });
	for (const [scheme, width, suffix] of [
		['light', 1280, 'light'],
		['dark', 1280, 'dark'],
		['light', 900, 'tablet']
	] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize({ width, height: 900 });
		await page.goto(path);
		await chartsDrawn(page);
		await page.screenshot({ path: `tests/screenshots/${name}-${suffix}.png`, fullPage: true });
	}
	await page.emulateMedia({ colorScheme: 'light' });
	await page.setViewportSize({ width: 1280, height: 900 });
}

/** Reads a downloaded file's text after clicking what starts the download. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(c as Buffer);
	return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Data rows of a CSV (header excluded); quoted newlines are rare enough to ignore here. */
export const csvRows = (text: string): string[] => text.trim().split(/\r\n/).slice(1);
