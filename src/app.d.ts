// Ambient types for SvelteKit: onecall adds nothing to App.Locals yet.
declare global {
	namespace App {
		interface Error {
			message: string;
		}
	}
}

export {};
