// First start in the browser: a server over a database with no users prints a one-time setup
// link (also in a 0600 file beside the database); it creates the first admin once, then dies.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_SETUP_PORT ?? 4174);
let server: ChildProcess;
let dir: string;
let output = '';

test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'onecall-setup-e2e-'));
	// The bundle the suite's web server just built, without the launcher's rebuild check.
	const run = `import('./build/cli/onecall.js').then((m) => m.runCli(['serve', '--db', ${JSON.stringify(join(dir, 'fresh.duckdb'))}, '--port', '${port}']))`;
	server = spawn(process.execPath, ['-e', run], { env: { ...process.env, ONECALL_ROOT: process.cwd(), ONECALL_PASSWORD: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	await expect.poll(() => output, { timeout: 30_000 }).toContain('/setup?token=');
});

test.afterAll(async () => {
	server?.kill('SIGTERM');
	await new Promise((done) => server?.once('exit', done));
	rmSync(dir, { recursive: true, force: true });
});

test('the printed link creates the first admin and signs them in; used again it is refused', async ({ page }) => {
	const link = /(http:\/\/\S+\/setup\?token=[\w-]{43})/.exec(output)![1];
	expect(link.startsWith(`http://127.0.0.1:${port}/setup?token=`)).toBe(true);
	const file = join(dir, 'fresh.duckdb.setup-link');
	expect(readFileSync(file, 'utf8').trim()).toBe(link);
	expect(statSync(file).mode & 0o777).toBe(0o600);

	// The sign-in page points a newcomer at the link.
	await page.goto(`http://127.0.0.1:${port}/`);
	await expect(page.getByTestId('no-users-hint')).toContainText('setup link');

	// A tampered token is refused.
	const tampered = await page.goto(link.slice(0, -2) + (link.endsWith('AA') ? 'BB' : 'AA'));
	expect(tampered!.status()).toBe(403);

	await page.goto(link);
	await expect(page.getByRole('heading', { name: 'Create the first admin' })).toBeVisible();
	await page.screenshot({ path: 'tests/screenshots/setup.png' });
	await page.getByLabel('User name').fill('first-admin');
	await page.getByLabel('Password (at least 10 characters)').fill('first admin password');
	await page.getByLabel('The same password again').fill('first admin password');
	await page.getByRole('button', { name: 'Create admin and sign in' }).click();
	await expect(page.getByTestId('signed-in')).toContainText('first-admin');
	await expect(page.getByRole('link', { name: 'Users' })).toBeVisible();
	expect(existsSync(file)).toBe(false);

	const again = await page.goto(link);
	expect(again!.status()).toBe(410);
	await expect(page.getByText('Setup is already done')).toBeVisible();
});
