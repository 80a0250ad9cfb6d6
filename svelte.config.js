// SvelteKit configuration: Node adapter writing the server to build/app, so the
// CLI bundle in build/cli survives an app rebuild (adapter-node empties its out dir).
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build/app' })
	}
};
