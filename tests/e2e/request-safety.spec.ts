// Cross-site requests in a real Chromium: a page on another origin sends the bodiless POST
// (fetch no-cors) and the sendBeacon that once wiped the database; the guard refuses both.
// Every page carries its Content-Security-Policy and renders without a CSP complaint.
import { test as plainTest } from '@playwright/test';
import { test, expect } from './fixtures';

// A page Playwright serves counts as public to Chromium, whose local-network checks would stop
// its requests before the server sees them; they are off here, so the guard is what is tested.
test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights']
	}
});

// The refused requests log errors in the attacker's page, so this test does not fail on console errors.
plainTest('a page on another origin cannot undo an import (fetch no-cors, sendBeacon, text/plain)', async ({ page, baseURL }) => {
	const before = await (await page.request.get('/api/imports')).json();
	const target = before.find((i: { status: string }) => i.status === 'succeeded');
	expect(target, 'the sample import to aim at').toBeTruthy();
	const undo = `${baseURL}/api/imports/${target.import_id}/undo`;
	// The attacker's page: another port of this machine, so another origin but the same site,
	// and the browser sends the signed-in admin's SameSite=Lax cookie with its POSTs; only the
	// guard's origin check stands between it and the undo.
	const settled: string[] = [];
	page.on('requestfinished', (r) => r.url() === undo && settled.push('finished'));
	page.on('requestfailed', (r) => r.url() === undo && settled.push(r.failure()?.errorText ?? 'failed'));
	const evil = baseURL!.replace(/:(\d+)$/, (_, port) => `:${Number(port) + 1}`) + '/win-a-prize';
	await page.route(evil, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>win a prize</title>' }));
	await page.goto(evil);
	await page.evaluate((url) => {
		void fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(() => {});
		void fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: 'x' }).catch(() => {});
		navigator.sendBeacon(url, 'x');
	}, undo);
	await expect.poll(() => settled.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
	const after = await (await page.request.get('/api/imports')).json();
	expect(after.find((i: { import_id: number }) => i.import_id === target.import_id).status).toBe('succeeded');
});

test('pages send a CSP with frame-ancestors none and render without a CSP error', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
	for (const path of ['/', '/team', '/clients', '/repeat-callers', '/changes', '/satisfaction', '/tickets?metric=fcr', '/data', '/settings']) {
		const response = await page.goto(path);
		expect(response!.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(response!.headers()['x-frame-options']).toBe('DENY');
		await page.waitForLoadState('networkidle');
	}
	expect(violations).toEqual([]);
});
