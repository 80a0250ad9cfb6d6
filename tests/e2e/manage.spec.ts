// The Manage pages (Data and Settings) render without console errors and are
// screenshotted in light, dark and tablet width like every dashboard view.
import { expect, screenshots, test } from './fixtures';

test('the Data page lists the sample import and offers an upload', async ({ page }) => {
	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
	await expect(page.getByText('tickets.csv').first()).toBeVisible();
	await screenshots(page, 'data', '/data');
});

test('the Settings page shows the product defaults', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await screenshots(page, 'settings', '/settings');
});
