// The Data page in Chromium: upload a recognised export with the progress bars, map
// an unknown file in the mapping screen, see the Overview change, and undo the imports.
import { test, expect, type Page } from '@playwright/test';
import { formatCount } from '../../src/lib/format';

const range = '?from=2026-10-01&to=2026-11-01';

/** A small CSV with `n` tickets created in October 2026 (inside the sample's range). */
function csv(header: string, n: number, row: (i: number) => string) {
	return Buffer.from([header, ...Array.from({ length: n }, (_, i) => row(i))].join('\n') + '\n');
}

async function ticketsInRange(page: Page): Promise<number> {
	const res = await page.request.get(`/api/metrics${range}`);
	expect(res.ok()).toBe(true);
	return (await res.json()).tickets;
}

async function overviewTickets(page: Page) {
	await page.goto(`/${range}`);
	return page.getByTestId('kpi-tickets').getByTestId('kpi-value');
}

test('upload, map, see the dashboards change, undo', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const before = await ticketsInRange(page);

	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
	await expect(page.getByTestId('import-history')).toContainText('tickets.csv');

	// 1. A ServiceNow export: recognised from its header, previewed, uploaded with progress.
	await page.getByTestId('file-input').setInputFiles({
		name: 'servicenow-october.csv',
		mimeType: 'text/csv',
		buffer: csv('number,opened_at,caller_id,company,assignment_group,assigned_to,priority,short_description,state,reassignment_count,made_sla', 40,
			(i) => `INCE2E${String(i).padStart(4, '0')},2026-10-${String(10 + (i % 15)).padStart(2, '0')} 09:00:00,E2E-C${i % 7},E2E Client,Service Desk,Agent ${i % 3},3 - Moderate,"Printer ${i}, jammed",Closed,0,true`)
	});
	const first = page.getByTestId('upload-item').first();
	await expect(first.getByTestId('recognition')).toContainText('recognised as ServiceNow incident export');
	await expect(first.getByTestId('preview')).toContainText('INCE2E0000');
	await first.getByTestId('upload-button').click();
	await expect(first.getByTestId('upload-progress')).toBeVisible();
	await expect(first.getByTestId('import-summary')).toContainText('40 tickets loaded, 0 rows rejected of 40 read');
	await expect(first.getByTestId('load-progress')).toHaveAttribute('value', '100');
	await expect(page.getByTestId('import-history')).toContainText('servicenow-october.csv');

	// 2. An unknown layout: the mapping screen opens; pick the columns and the date format.
	await page.getByTestId('file-input').setInputFiles({
		name: 'legacy-desk.csv',
		mimeType: 'text/csv',
		buffer: csv('Ref;Opened on;Person;Queue', 10, (i) => `LEG-${i};${12 + i}/10/2026 14:30;P${i % 4};Legacy queue`)
	});
	const second = page.getByTestId('upload-item').nth(1);
	await expect(second.getByTestId('mapping-screen')).toBeVisible();
	await expect(second.getByTestId('mapping-apply')).toBeDisabled();
	await second.getByTestId('map-ticket_id').selectOption('Ref');
	await second.getByTestId('map-created_at').selectOption('Opened on');
	await expect(second.getByTestId('mapping-screen')).toContainText('12/10/2026 14:30');
	await second.getByTestId('map-caller_id').selectOption('Person');
	await second.getByTestId('map-team').selectOption('Queue');
	await second.getByLabel('Date/time formats').fill('%d/%m/%Y %H:%M');
	await second.getByTestId('mapping-name').fill('legacy desk');
	await second.getByTestId('mapping-save').check();
	await second.getByTestId('mapping-apply').click();
	await expect(second.getByTestId('recognition')).toContainText('your mapping "legacy desk"');
	await second.getByTestId('upload-button').click();
	await expect(second.getByTestId('import-summary')).toContainText('10 tickets loaded, 0 rows rejected of 10 read');

	// 3. The dashboards count the 50 new tickets.
	expect(await ticketsInRange(page)).toBe(before + 50);
	await expect(await overviewTickets(page)).toHaveText(formatCount(before + 50));

	// 4. Undo both from the history, with confirmation; the numbers return.
	await page.goto('/data');
	for (const file of ['legacy-desk.csv', 'servicenow-october.csv']) {
		const row = page.getByTestId('import-history').locator('tr', { hasText: file });
		await row.getByRole('button', { name: 'Undo…' }).click();
		await row.getByTestId('confirm-undo').click();
		await expect(page.getByTestId('undo-message')).toContainText(`(${file}) undone`);
		await expect(row.getByTestId('import-status')).toHaveText('undone');
	}
	expect(await ticketsInRange(page)).toBe(before);
	await expect(await overviewTickets(page)).toHaveText(formatCount(before));
	expect(errors).toEqual([]);
});
