// Signing in and out in the browser: the redirect back to the page asked for, a wrong password,
// logout ending the session, role 403s, and the admin's Users and Audit pages end to end.
import { expect, test, type Page } from '@playwright/test';
import { e2ePassword, e2eUsers, storageStateOf } from './users';

const signedOut = { cookies: [], origins: [] };

async function signIn(page: Page, name: string, password: string) {
	await page.getByLabel('User name').fill(name);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('signed out', () => {
	test.use({ storageState: signedOut });

	test('a page sends you to sign in and back; a wrong password says so', async ({ page }) => {
		await page.goto('/team?preset=last-30');
		await expect(page).toHaveURL(/\/login\?next=%2Fteam%3Fpreset%3Dlast-30$/);
		await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
		// Nothing about the data on the sign-in page: no navigation, no filter bar, no client names.
		await expect(page.getByRole('navigation')).toHaveCount(0);
		expect(await page.content()).not.toContain('Quantum Labs');
		await page.screenshot({ path: 'tests/screenshots/login.png' });

		await signIn(page, e2eUsers.manager.name, 'not the password at all');
		await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
		await expect(page).toHaveURL(/\/login/);
		await page.screenshot({ path: 'tests/screenshots/login-wrong-password.png' });

		await signIn(page, e2eUsers.manager.name, e2ePassword);
		await expect(page).toHaveURL(/\/team\?preset=last-30$/);
		await expect(page.getByTestId('signed-in')).toContainText(e2eUsers.manager.name);
	});

	test('an API answers 401 JSON, and a next= to another site goes to the Overview', async ({ page }) => {
		const res = await page.request.get('/api/metrics');
		expect(res.status()).toBe(401);
		expect(await res.json()).toEqual({ message: 'Sign in first: this needs a signed-in user.' });
		await page.goto('/login?next=//evil.example/');
		await signIn(page, e2eUsers.analyst.name, e2ePassword);
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
	});

	test('signing out ends the session: its cookie no longer opens anything', async ({ page, context }) => {
		await page.goto('/login');
		await signIn(page, e2eUsers.analyst.name, e2ePassword);
		await expect(page.getByTestId('signed-in')).toBeVisible();
		const [cookie] = (await context.cookies()).filter((c) => c.name === 'onecall_session');
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL(/\/login$/);
		// The old cookie, sent again by hand, is refused: the session is gone from the server.
		await context.addCookies([cookie]);
		const res = await page.request.get('/api/metrics');
		expect(res.status()).toBe(401);
	});
});

test.describe('roles', () => {
	test('a manager reads dashboards but gets 403 on Data, Settings and their APIs', async ({ browser }) => {
		const context = await browser.newContext({ storageState: storageStateOf('manager') });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Data' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
		const data = await page.goto('/data');
		expect(data!.status()).toBe(403);
		await expect(page.getByText('may not open this')).toBeVisible();
		await page.screenshot({ path: 'tests/screenshots/forbidden.png' });
		const undo = await page.request.post('/api/imports/1/undo');
		expect(undo.status()).toBe(403);
		// The sample import is still there.
		const analyst = await browser.newContext({ storageState: storageStateOf('analyst') });
		const history = await (await analyst.request.get('/api/imports')).json();
		expect(history.find((r: { import_id: number }) => r.import_id === 1).status).toBe('succeeded');
		await analyst.close();
		await context.close();
	});

	test('an analyst sees Data and Settings, not Users or the audit log', async ({ browser }) => {
		const context = await browser.newContext({ storageState: storageStateOf('analyst') });
		const page = await context.newPage();
		await page.goto('/data');
		await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
		expect((await page.goto('/admin/users'))!.status()).toBe(403);
		expect((await page.goto('/admin/audit'))!.status()).toBe(403);
		await context.close();
	});
});

test('the admin adds a user, who signs in, changes their password; the audit log shows it', async ({ page, browser }) => {
	const name = `e2e-temp-${Date.now()}`;
	await page.goto('/admin/users');
	await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
	const add = page.getByTestId('add-user');
	await add.getByLabel('User name').fill(name);
	await add.getByLabel('Role').selectOption('account_manager');
	await add.getByLabel('Clients').fill('Quantum Labs');
	await add.getByLabel('First password').fill('first-password-1');
	await add.getByRole('button', { name: 'Add user' }).click();
	await expect(page.getByRole('status')).toHaveText(`Added ${name}.`);
	await expect(page.locator(`tr[data-user="${name}"]`)).toContainText('since');
	await page.screenshot({ path: 'tests/screenshots/admin-users.png', fullPage: true });

	const theirs = await browser.newContext({ storageState: signedOut });
	const them = await theirs.newPage();
	await them.goto('/account');
	await signIn(them, name, 'first-password-1');
	await expect(them.getByTestId('account-name')).toHaveText(name);
	await them.getByLabel('Current password').fill('first-password-1');
	await them.getByLabel('New password (at least 10 characters)').fill('second-password-2');
	await them.getByLabel('The new password again').fill('second-password-2');
	await them.getByRole('button', { name: 'Change password' }).click();
	await expect(them.getByRole('status')).toContainText('Password changed');
	await them.screenshot({ path: 'tests/screenshots/account.png' });
	await them.getByRole('button', { name: 'Sign out' }).click();
	await signIn(them, name, 'first-password-1');
	await expect(them.getByRole('alert')).toHaveText('Wrong user name or password.');
	await signIn(them, name, 'second-password-2');
	await expect(them.getByTestId('signed-in')).toContainText(name);
	await theirs.close();

	await page.goto('/admin/audit');
	const table = page.getByTestId('audit-table');
	await expect(table.locator('tr[data-action="user_added"]').filter({ hasText: name })).toHaveCount(1);
	await expect(table.locator('tr[data-action="password_changed"]').filter({ hasText: name })).toHaveCount(1);
	await expect(table.locator('tr[data-action="login_failed"]').filter({ hasText: name })).toHaveCount(1);
	await page.screenshot({ path: 'tests/screenshots/admin-audit.png' });

	page.on('dialog', (d) => d.accept());
	await page.goto('/admin/users');
	await page.locator(`tr[data-user="${name}"]`).getByRole('button', { name: 'Remove' }).click();
	await expect(page.getByRole('status')).toHaveText(`Removed ${name}.`);
	await expect(page.locator(`tr[data-user="${name}"]`)).toHaveCount(0);
});
