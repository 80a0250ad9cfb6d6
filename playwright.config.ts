// End-to-end tests: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium)
// against the built app on 127.0.0.1, serving a fresh database loaded with the sample.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

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
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		},
		viewport: { width: 1280, height: 900 }
	},
	webServer: {
		// A throw-away database: `start` loads the sample into it because it is empty.
		command: `mkdir -p test-results && rm -f test-results/e2e.duckdb test-results/e2e.duckdb.wal && node src/cli/launcher.js start --db test-results/e2e.duckdb --port ${port}`,
		url: `http://127.0.0.1:${port}/api/metrics`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe'
	}
});
