// The Data page in Chromium: upload a recognised export with the progress bars, map
// an unknown file in the mapping screen (re-read under its delimiter and encoding),
// see the Overview change, and undo the imports.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
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

test('the mapping screen re-reads the preview under the chosen delimiter and encoding', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();

	// A French desk's export: semicolons, Latin-1 bytes, a header no format knows.
	const lines = ['Réf;Ouvert le;Appelant;Équipe', 'LAT-1;12/10/2026 09:15;Zoë Dubois;Équipe Liège', 'LAT-2;13/10/2026 10:00;Anaïs Müller;Équipe Liège'];
	await page.getByTestId('file-input').setInputFiles({ name: 'desk-latin1.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n', 'latin1') });
	const item = page.getByTestId('upload-item').first();
	const mapping = item.getByTestId('mapping-screen');
	const headers = item.getByTestId('preview').locator('th');
	const sample = (field: string) => mapping.locator('tr', { has: page.getByTestId(`map-${field}`) }).locator('.sample');
	await expect(mapping).toBeVisible();

	// Left on detect, the head is read as the server reads it: Latin-1, semicolons.
	await expect(headers).toHaveText(['Réf', 'Ouvert le', 'Appelant', 'Équipe']);
	await expect(mapping.getByTestId('mapping-delimiter').locator('option:checked')).toHaveText('detect (semicolon)');
	await mapping.getByTestId('map-caller_id').selectOption('Appelant');
	await expect(sample('caller_id')).toHaveText('Zoë Dubois · Anaïs Müller');

	// Read as UTF-8 the accents break; the pick survives, as its header still exists.
	await mapping.getByTestId('mapping-encoding').selectOption('utf-8');
	await expect(headers).toHaveText(['R\uFFFDf', 'Ouvert le', 'Appelant', '\uFFFDquipe']);
	await expect(mapping.getByTestId('map-caller_id')).toHaveValue('Appelant');
	await expect(sample('caller_id')).toHaveText('Zo\uFFFD Dubois · Ana\uFFFDs M\uFFFDller');

	// Split on commas the header is one column, and the screen says the delimiter is wrong.
	await mapping.getByTestId('mapping-delimiter').selectOption(',');
	await expect(headers).toHaveCount(1);
	await expect(mapping.getByTestId('delimiter-hint')).toHaveText('The header is one column when split on comma: the delimiter is probably wrong; try semicolon.');
	await expect(mapping.getByTestId('map-caller_id')).toHaveValue('');
	mkdirSync('tests/screenshots', { recursive: true });
	await item.screenshot({ path: 'tests/screenshots/data-mapping-hint-light.png' });

	// Semicolon and Latin-1: the headers, pickers and samples are right again.
	await mapping.getByTestId('mapping-delimiter').selectOption(';');
	await mapping.getByTestId('mapping-encoding').selectOption('latin-1');
	await expect(headers).toHaveText(['Réf', 'Ouvert le', 'Appelant', 'Équipe']);
	await expect(mapping.getByTestId('delimiter-hint')).toHaveCount(0);
	await expect(item.getByTestId('preview')).toContainText('Anaïs Müller');
	await mapping.getByTestId('map-ticket_id').selectOption('Réf');
	await mapping.getByTestId('map-caller_id').selectOption('Appelant');
	await mapping.getByTestId('map-team').selectOption('Équipe');
	await expect(sample('caller_id')).toHaveText('Zoë Dubois · Anaïs Müller');
	await expect(sample('team')).toHaveText('Équipe Liège');

	// From the top: scrolled, the sticky side bar lands mid-page in a full-page shot.
	await page.evaluate(() => window.scrollTo(0, 0));
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.screenshot({ path: `tests/screenshots/data-mapping-${scheme}.png`, fullPage: true });
	}
	await page.emulateMedia({ colorScheme: 'light' });
	expect(errors).toEqual([]);
});

test('a file the server refuses: the reason on the page and a "refused" line in the history, nothing stored', async ({ page }) => {
	const before = await ticketsInRange(page);
	await page.goto('/data');
	await page.getByTestId('file-input').setInputFiles({
		name: 'mars-desk.csv',
		mimeType: 'text/csv',
		buffer: csv('ticket_id,created_at,team', 3, (i) => `MARS-${i},2026-10-1${i} 09:00:00,Rover desk`)
	});
	const item = page.getByTestId('upload-item').first();
	await item.getByTestId('edit-mapping').click();
	await item.getByLabel('Time zone').fill('Mars/Olympus_Mons');
	await item.getByTestId('mapping-apply').click();
	await item.getByTestId('upload-button').click();
	await expect(item.getByTestId('upload-error')).toContainText('mars-desk.csv: unknown time zone "Mars/Olympus_Mons"');
	const row = page.getByTestId('import-history').locator('tr', { hasText: 'mars-desk.csv' });
	await expect(row.getByTestId('import-status')).toHaveText('refused');
	await expect(row).toContainText('use an IANA name such as Europe/Brussels');
	await expect(row.getByRole('button', { name: /Undo/ })).toHaveCount(0);
	expect(await ticketsInRange(page)).toBe(before);
	mkdirSync('tests/screenshots', { recursive: true });
	await row.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'tests/screenshots/data-refused-light.png', fullPage: true });
});
