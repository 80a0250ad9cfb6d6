// The shell: every view is in the navigation and carries the filters; the global filter bar
// is on every dashboard with choices from the data, and a bad filter is a 400, not a crash.
import { expect, open, test } from './fixtures';

const views = [
	['Overview', '/'],
	['Team', '/team'],
	['Clients', '/clients'],
	['Repeat callers', '/repeat-callers'],
	['Changes', '/changes'],
	['Satisfaction', '/satisfaction'],
	['Tickets', '/tickets']
] as const;

test('every view is reachable from the navigation, with the filters kept', async ({ page }) => {
	await open(page, '/?channel=phone&preset=all');
	await page.getByRole('button', { name: 'All data' }).click();
	await expect(page).toHaveURL(/preset=all/);
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const [label, path] of views) {
		await nav.getByRole('link', { name: label, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/\\?' : path}.*channel=phone`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByTestId('filter-bar')).toBeVisible();
		await expect(page.getByLabel('Channel')).toHaveValue('phone');
		await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
	}
	await expect(nav.getByRole('link', { name: 'Data' })).toHaveAttribute('href', '/data');
	await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
});

test('the filter choices come from the data', async ({ page }) => {
	await open(page, '/team');
	const teams = await page.getByLabel('Team', { exact: true }).locator('option').allTextContents();
	expect(teams[0]).toBe('All teams');
	expect(teams).toContain('Service Desk L1');
	const priorities = await page.getByLabel('Priority').locator('option').allTextContents();
	expect(priorities.slice(1)).toEqual(['P1', 'P2', 'P3', 'P4']);
	await page.getByLabel('Priority').selectOption('P1');
	await expect(page).toHaveURL(/priority=P1/);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).not.toHaveURL(/priority=/);
});

test('a malformed filter is a clear 400', async ({ page }) => {
	const response = await page.request.get('/team?from=2026-13-01');
	expect(response.status()).toBe(400);
});
