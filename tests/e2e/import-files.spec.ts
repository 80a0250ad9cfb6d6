// The Data page with the file types beyond plain UTF-8 CSV: a gzip export previewed
// unpacked, a UTF-16 export previewed decoded, an XLSX workbook imported from its first sheet.
import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { utf16, xlsxOf } from '../helpers/bad-files';

const rows = (prefix: string, n: number) =>
	['ticket_id,created_at,subject', ...Array.from({ length: n }, (_, i) => `${prefix}${i},2026-10-${String(10 + (i % 15)).padStart(2, '0')}T09:00:00Z,Ñandú ${i} – café`)].join('\n') + '\n';

test('gzip, UTF-16 and XLSX exports: previewed where the browser can, imported by their bytes', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/data');
	await expect(page.getByTestId('file-input')).toHaveAttribute('accept', /\.gz.*\.zip.*\.xlsx/);

	const workbook = await xlsxOf([['ticket_id', 'created_at', 'subject'], ...Array.from({ length: 5 }, (_, i) => [`XLE2E${i}`, new Date(Date.UTC(2026, 9, 12 + i, 9)), `from Excel ${i}`])]);
	await page.getByTestId('file-input').setInputFiles([
		{ name: 'gz-export.csv.gz', mimeType: 'application/gzip', buffer: gzipSync(rows('GZE2E', 12)) },
		{ name: 'utf16-export.csv', mimeType: 'text/csv', buffer: utf16(rows('U16E2E', 8), 'le', true) },
		{ name: 'workbook.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(workbook) }
	]);
	const [gz, u16, xlsx] = [0, 1, 2].map((i) => page.getByTestId('upload-item').nth(i));
	await expect(gz.getByTestId('preview')).toContainText('GZE2E0');
	await expect(u16.getByTestId('preview')).toContainText('Ñandú 0 – café');
	await expect(xlsx.getByTestId('packed-note')).toBeVisible();
	await page.screenshot({ path: 'test-results/import-files-ready.png', fullPage: true });

	for (const [item, loaded] of [[gz, '12 tickets loaded'], [u16, '8 tickets loaded'], [xlsx, '5 tickets loaded']] as const) {
		await item.getByTestId('upload-button').click();
		await expect(item.getByTestId('import-summary')).toContainText(loaded);
	}
	await expect(xlsx.getByTestId('import-summary')).toContainText('read the first sheet of the workbook ("Incidents")');
	await page.screenshot({ path: 'test-results/import-files-done.png', fullPage: true });
	expect(errors).toEqual([]);
});
