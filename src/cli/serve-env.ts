// What `onecall serve` and `start` tell adapter-node before it starts (body cap, header
// and shutdown time-outs) and what they warn about (listening beyond this machine).
import { uploadLimitBytes } from '$lib/server/limits';

/** Environment for adapter-node; values already set by the user win. */
export function serverEnv(dbPath: string, host: string, port: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
	return {
		ONECALL_DB: dbPath,
		HOST: host,
		PORT: port,
		// adapter-node's one cap covers every request, so it is the upload cap; the guard
		// holds every other request body to ONECALL_BODY_LIMIT (1 MiB).
		BODY_SIZE_LIMIT: env.BODY_SIZE_LIMIT ?? String(uploadLimitBytes()),
		// A client gets 30 s to send its request headers (a slow-header client is cut off).
		HEADERS_TIMEOUT: env.HEADERS_TIMEOUT ?? '30',
		// On SIGTERM, requests still open after 10 s are cut so the database closes promptly.
		SHUTDOWN_TIMEOUT: env.SHUTDOWN_TIMEOUT ?? '10'
	};
}

export const isLoopback = (host: string): boolean =>
	host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Lines to print before serving on an address other machines can reach. */
export function hostWarnings(host: string, port: string): string[] {
	if (isLoopback(host)) return [];
	const where = host === '0.0.0.0' || host === '::' ? 'every network interface' : host;
	return [
		`onecall: warning: listening on ${where} (--host ${host}): anyone who can reach this machine can reach onecall on port ${port}.`,
		'onecall: every page asks them to sign in, but plain http sends passwords and data unencrypted: on a network you',
		'onecall: do not trust, put onecall behind HTTPS and set ORIGIN=https://your.host (the names it answers to: ONECALL_ALLOWED_HOSTS).'
	];
}
