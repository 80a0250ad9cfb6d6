// Vite configuration for the three builds: the SvelteKit app (default), the CLI
// bundle (`--mode cli`, so the CLI loads queries/*.sql exactly as the server does) and Vitest.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const lib = fileURLToPath(new URL('./src/lib', import.meta.url));

export default defineConfig(({ mode }) => {
	if (mode === 'cli') {
		return {
			resolve: { alias: { $lib: lib } },
			build: {
				ssr: 'src/cli/onecall.ts',
				outDir: 'build/cli',
				emptyOutDir: true,
				target: 'node20',
				rollupOptions: { output: { entryFileNames: 'onecall.js' } }
			},
			ssr: { external: ['@duckdb/node-api'] }
		};
	}
	return {
		plugins: [sveltekit()],
		server: { host: '127.0.0.1' },
		// ECharts (line and bar only) is one browser-only chunk of ~575 kB, 195 kB gzipped.
		build: { chunkSizeWarningLimit: 700 },
		test: {
			include: ['tests/unit/**/*.test.ts'],
			env: { TZ: 'UTC' },
			testTimeout: 30_000,
			pool: 'forks'
		}
	};
});
