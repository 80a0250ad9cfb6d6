// End-to-end tests: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium)
// against the built app on 127.0.0.1, serving a fresh database loaded with the sample.
import { defineConfig } from '@playwright/test';
import { e2ePassword, e2eUsers, storageStateOf } from './tests/e2e/users';

const port = Number(process.env.E2E_PORT ?? 4173);
const db = 'test-results/e2e.duckdb';
const onecall = 'node src/cli/launcher.js';
// One account per role, made the way an operator would: `onecall user add` (the password from ONECALL_PASSWORD).
const addUsers = Object.values(e2eUsers)
	.map((u) => `${onecall} user add ${u.name} --role ${u.role}${u.clients ? ` --clients '${u.clients.join(',')}'` : ''} --db ${db}`)
	.join(' && ');

export default defineConfig({
	testDir: 'tests/e2e',
	// Playwright empties its output folder before the web server starts, so the
	// server's database lives beside it, not inside it.
	outputDir: 'test-results/playwright',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	// auth.setup.ts signs every role in first; the suite then runs signed in as the admin.
	projects: [
		{ name: 'setup', testMatch: /auth\.setup\.ts/ },
		{ name: 'e2e', dependencies: ['setup'], use: { storageState: storageStateOf('admin') } }
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		},
		viewport: { width: 1280, height: 900 }
	},
	webServer: {
		// A throw-away database with the e2e users: `start` loads the sample into it because it has no tickets.
		command: `mkdir -p test-results/auth && rm -f ${db} ${db}.wal ${db}.setup-link && ${addUsers} && ${onecall} start --db ${db} --port ${port}`,
		env: { ONECALL_PASSWORD: e2ePassword },
		url: `http://127.0.0.1:${port}/login`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe'
	}
});
