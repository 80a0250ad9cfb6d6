// Share links in the browser: an account manager makes one on the client pack, a visitor with
// no account opens just that pack (and its PDF), nothing else; a tampered or revoked link is refused.
import { expect, test, type Browser } from '@playwright/test';
import { pdfText } from './pdf-text';
import { e2eUsers, storageStateOf } from './users';

test.use({ storageState: storageStateOf('account_manager') });

const [client, otherOwn] = e2eUsers.account_manager.clients!;
const compact = (s: string) => s.replace(/\s+/g, '');

async function visitor(browser: Browser) {
	const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
	return { context, page: await context.newPage() };
}

async function makeLink(page: import('@playwright/test').Page): Promise<{ url: string; id: string }> {
	await page.goto(`/clients/${encodeURIComponent(client)}`);
	await expect(page.locator('[data-testid="filter-bar"][data-ready]')).toHaveCount(1);
	await page.getByLabel('Expires after').fill('30');
	await page.getByTestId('share-create').click();
	const url = await page.getByLabel('The new share link').inputValue();
	expect(url).toMatch(/\/share\/\d+\./);
	return { url, id: url.split('/share/')[1].split('.')[0] };
}

test('an account manager makes a link; a visitor opens only that pack and its PDF', async ({ page, browser }) => {
	const { url } = await makeLink(page);
	await expect(page.getByTestId('share-links')).toContainText('expires');
	await page.getByTestId('share-panel').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'tests/screenshots/client-share-panel.png', fullPage: true });

	const { context, page: guest } = await visitor(browser);
	const res = await guest.goto(url);
	expect(res?.status()).toBe(200);
	await expect(guest.getByTestId('client-name')).toHaveText(client);
	await expect(guest.getByTestId('chart-client-volume').locator('canvas')).toHaveCount(1);
	// No navigation, no drill-down: not a single link into the rest of onecall.
	await expect(guest.getByRole('navigation')).toHaveCount(0);
	expect(await guest.locator('a[href]').count()).toBe(0);
	const html = await guest.content();
	expect(html).not.toContain(otherOwn);
	expect(html).not.toContain('Cobalt Energy');
	await guest.screenshot({ path: 'tests/screenshots/share-pack.png', fullPage: true });
	await guest.emulateMedia({ media: 'print' });
	const text = compact(pdfText(await guest.pdf({ format: 'A4', printBackground: true })));
	expect(text).toContain(compact(client));
	expect(text).not.toContain(compact(otherOwn));

	// The link is not a key to anything else: the same browser is still signed out everywhere else.
	for (const path of ['/api/metrics', '/api/tickets?metric=volume', '/api/metrics/volume?by=client']) {
		expect((await guest.request.get(path, { maxRedirects: 0 })).status(), path).toBe(401);
	}
	for (const path of ['/', '/clients', '/tickets/csv', `/clients/${encodeURIComponent(client)}`, `/clients/${encodeURIComponent(otherOwn)}`]) {
		const r = await guest.request.get(path, { maxRedirects: 0 });
		expect(r.status(), path).toBe(303);
		expect(r.headers()['location'], path).toMatch(/^\/login/);
	}
	await context.close();
});

test('a tampered link (another client, another period) is refused with a clear page', async ({ page, browser }) => {
	const { url } = await makeLink(page);
	const [base, token] = url.split('/share/');
	const parts = token.split('.');
	const { context, page: guest } = await visitor(browser);
	const otherClient = [parts[0], Buffer.from(otherOwn).toString('base64url'), ...parts.slice(2)].join('.');
	const longer = [parts[0], parts[1], '2020-01-01', ...parts.slice(3)].join('.');
	for (const forged of [otherClient, longer, token.slice(0, -2) + 'xx']) {
		const res = await guest.goto(`${base}/share/${forged}`);
		expect(res?.status()).toBe(403);
		await expect(guest.getByTestId('share-refused')).toContainText('This share link is not valid');
		await expect(guest.getByTestId('share-refused')).toContainText('mistyped or altered');
		expect(await guest.content()).not.toContain(otherOwn);
	}
	await guest.screenshot({ path: 'tests/screenshots/share-refused.png', fullPage: true });
	await context.close();
});

test('a revoked link stops working at once (410)', async ({ page, browser }) => {
	const { url, id } = await makeLink(page);
	const { context, page: guest } = await visitor(browser);
	expect((await guest.goto(url))?.status()).toBe(200);
	await page.getByTestId(`share-revoke-${id}`).click();
	await expect(page.locator(`[data-testid="share-links"] tr[data-status="revoked"]`).first()).toBeVisible();
	const res = await guest.goto(url);
	expect(res?.status()).toBe(410);
	await expect(guest.getByTestId('share-refused')).toContainText('This share link no longer works');
	await expect(guest.getByTestId('share-refused')).toContainText('revoked');
	await context.close();
});
