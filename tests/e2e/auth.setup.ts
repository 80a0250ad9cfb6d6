// Signs each e2e role in once through the real sign-in form and saves the browser state,
// so the dashboard specs start signed in (as admin) and the policy specs as any role.
import { expect, test as setup } from '@playwright/test';
import { e2ePassword, e2eUsers, storageStateOf } from './users';

for (const user of Object.values(e2eUsers)) {
	setup(`sign in as ${user.role}`, async ({ page }) => {
		await page.goto('/login');
		await page.getByLabel('User name').fill(user.name);
		await page.getByLabel('Password').fill(e2ePassword);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByTestId('signed-in')).toContainText(user.name);
		await page.context().storageState({ path: storageStateOf(user.role) });
	});
}
