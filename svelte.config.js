// SvelteKit configuration: Node adapter writing the server to build/app, so the
// CLI bundle in build/cli survives an app rebuild (adapter-node empties its out dir).
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build/app' }),
		// SvelteKit's own check covers form content types only and compares against the
		// origin adapter-node guesses (https without ORIGIN, so plain-http forms got 403).
		// src/lib/server/guard.ts refuses every cross-site state-changing request instead.
		csrf: { trustedOrigins: ['*'] },
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// ECharts and Svelte set style attributes on elements they draw.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};
