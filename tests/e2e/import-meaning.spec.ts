// What an upload means, in Chromium: a localised GLPI export recognised with its score,
// the "what this file can tell" table after the import, a plausibility check noticed on
// the Overview it affects; both imports undone so later specs see the sample alone.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const glpi = readFileSync(new URL('../fixtures/formats/glpi-pt.csv', import.meta.url));

test('recognition, what the file can tell, and a check on the dashboards', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/data');

	await page.getByTestId('file-input').setInputFiles({ name: 'glpi-pt.csv', mimeType: 'text/csv', buffer: glpi });
	const item = page.getByTestId('upload-item').first();
	await expect(item.getByTestId('recognition')).toContainText('recognised as GLPI ticket export (Portuguese headers) (score 1.00');
	await item.getByTestId('upload-button').click();
	const summary = item.getByTestId('import-summary');
	await expect(summary).toContainText('2 tickets loaded, 0 rows rejected of 2 read');
	const table = summary.getByTestId('import-capabilities');
	await expect(table.locator('tr', { hasText: 'First-contact resolution' })).toContainText('unavailable');
	await expect(table.locator('tr', { hasText: 'SLA attainment' })).toContainText('Tempo para resolver excedido');
	await expect(summary).toContainText('priorities read as');
	await page.screenshot({ path: 'tests/screenshots/data-import-meaning.png', fullPage: true });

	// 40 resolved tickets none of which was ever reassigned: FCR exactly 100 % is a check.
	const rows = Array.from({ length: 40 }, (_, i) => `CHK${i},2026-10-${String(1 + (i % 28)).padStart(2, '0')} 09:00:00,2026-10-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00,0,C${i % 9}`);
	await page.getByTestId('file-input').setInputFiles({
		name: 'all-first-time.csv', mimeType: 'text/csv', buffer: Buffer.from(['ticket_id,created_at,resolved_at,reassignment_count,caller_id', ...rows].join('\n') + '\n')
	});
	const second = page.getByTestId('upload-item').nth(1);
	await second.getByTestId('upload-button').click();
	await expect(second.getByTestId('import-checks')).toContainText('FCR is exactly 100 % over 40 tickets');

	await page.goto('/?from=2026-10-01&to=2026-11-01');
	await expect(page.getByTestId('data-checks-notice')).toContainText('FCR is exactly 100 % over 40 tickets');
	await page.screenshot({ path: 'tests/screenshots/overview-data-check.png' });

	await page.goto('/data');
	for (const file of ['all-first-time.csv', 'glpi-pt.csv']) {
		const row = page.getByTestId('import-history').locator('tr', { hasText: file });
		await row.getByRole('button', { name: 'Undo…' }).click();
		await row.getByTestId('confirm-undo').click();
		await expect(row.getByTestId('import-status')).toHaveText('undone');
	}
	await page.goto('/?from=2026-10-01&to=2026-11-01');
	await expect(page.getByTestId('data-checks-notice')).toHaveCount(0);
	expect(errors).toEqual([]);
});
