// Ambient types for SvelteKit: every request carries its access scope (who asks, what
// they may see), set once in hooks.server.ts and read by every load and endpoint.
import type { Access } from '$lib/server/access/scope';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			access: Access;
		}
	}
}

export {};
