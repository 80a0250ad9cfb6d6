// The request guard: checks every request before anything else sees it (Host header,
// origin of state-changing requests, body sizes) and adds the browser-safety headers.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { hostname as machineName } from 'node:os';
import { bodyLimitBytes, isUploadRequest } from './limits';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** ONECALL_ORIGIN, else adapter-node's ORIGIN: the origin the browser uses, when set. */
export function configuredOrigin(): string | null {
	const raw = process.env.ONECALL_ORIGIN || process.env.ORIGIN;
	if (!raw) return null;
	try {
		return new URL(raw).origin;
	} catch {
		throw new Error(`ONECALL_ORIGIN/ORIGIN must be an origin such as http://127.0.0.1:3000, got "${raw}"`);
	}
}

/** Host names (no port) the server answers to: loopback, the configured origin's, the machine's, ONECALL_ALLOWED_HOSTS. */
export function allowedHosts(): Set<string> {
	const hosts = new Set(['127.0.0.1', 'localhost', '[::1]', machineName().toLowerCase()]);
	const origin = configuredOrigin();
	if (origin) hosts.add(new URL(origin).hostname);
	const bound = process.env.HOST;
	if (bound && bound !== '0.0.0.0' && bound !== '::') hosts.add(bound.includes(':') ? `[${bound}]` : bound);
	for (const h of (process.env.ONECALL_ALLOWED_HOSTS ?? '').split(',')) if (h.trim()) hosts.add(h.trim().toLowerCase());
	return hosts;
}

// A Host that is an IP address cannot be a DNS-rebinding name: the page that sent it was
// loaded from that address, so it is this server's own origin (--host 0.0.0.0 on a LAN).
const ipLiteral = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** The host name of a Host header ("example.org:3000" -> "example.org"), or null when malformed. */
function hostName(host: string | null): string | null {
	if (!host || /[\s/\\@?#]/.test(host)) return null;
	try {
		return new URL(`http://${host}`).hostname;
	} catch {
		return null;
	}
}

export function hostAllowed(host: string | null): boolean {
	const name = hostName(host);
	if (!name) return false;
	return ipLiteral.test(name) || allowedHosts().has(name);
}

/**
 * The origins that count as this server's own for a request: the configured one, else
 * whatever scheme with the request's own Host (adapter-node serves plain http but, with
 * no ORIGIN, names every request https; a TLS proxy in front makes it https).
 */
export function ownOrigins(request: Request): string[] {
	const configured = configuredOrigin();
	if (configured) return [configured];
	const host = request.headers.get('host');
	return host ? [`http://${host.toLowerCase()}`, `https://${host.toLowerCase()}`] : [];
}

const originOf = (url: string): string | null => {
	try {
		return new URL(url).origin;
	} catch {
		return null;
	}
};

/**
 * Why a state-changing request is refused, or null when it comes from this server's own
 * pages. Judged for every content type and for bodiless requests (a no-cors fetch and
 * sendBeacon are both POSTs a foreign page may send). Browsers always name the sender
 * (Origin, else Sec-Fetch-Site or Referer); a request naming none is not from a browser
 * page (curl, the CLI), so no other site can have made it.
 */
export function crossSiteReason(request: Request): string | null {
	const own = ownOrigins(request);
	const origin = request.headers.get('origin');
	if (origin !== null) return own.includes(origin.toLowerCase()) ? null : `it comes from another site (${origin.slice(0, 100)})`;
	const site = request.headers.get('sec-fetch-site');
	if (site !== null) return site === 'same-origin' || site === 'none' ? null : `it comes from another site (Sec-Fetch-Site: ${site.slice(0, 30)})`;
	const referer = request.headers.get('referer');
	if (referer !== null) {
		const from = originOf(referer);
		return from && own.includes(from) ? null : 'it comes from another site (Referer)';
	}
	return null;
}

const refusal = (status: number, message: string): Response =>
	new Response(message + '\n', { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** The refusal for a request, or null to let it through. */
export function refuse(event: Pick<RequestEvent, 'request' | 'url'>): Response | null {
	const { request } = event;
	if (!hostAllowed(request.headers.get('host'))) {
		return refusal(421, `This server does not answer to the host name "${(request.headers.get('host') ?? '').slice(0, 100)}". ` +
			'Add it to ONECALL_ALLOWED_HOSTS (or set ONECALL_ORIGIN) if it is really this server.');
	}
	if (!stateChanging.has(request.method)) return null;
	const why = crossSiteReason(request);
	if (why) return refusal(403, `Refused: ${request.method} ${event.url.pathname} changes data and ${why}.`);
	if (isUploadRequest(request.method, event.url.pathname)) return null;
	// Uploads have their own (large) limit; every other request body is a small form or JSON.
	const length = request.headers.get('content-length');
	if (length === null && request.headers.get('transfer-encoding') !== null) {
		return refusal(411, 'A request body needs a Content-Length here.');
	}
	if (length !== null && Number(length) > bodyLimitBytes()) {
		return refusal(413, `The request body is ${length} bytes; at most ${bodyLimitBytes()} are accepted here.`);
	}
	return null;
}

/** Seconds a (small, non-upload) request body may take to arrive whole. */
const bodySeconds = 30;

/**
 * Reads a non-upload request body whole, within the size cap and `bodySeconds`, so a body
 * trickling in a byte a second cannot hold the request (and Node's cap on receiving a
 * request can be lifted for uploads, which watch their own pace). The bytes, or the refusal.
 */
export async function readSmallBody(request: Request, limit = bodyLimitBytes(), seconds = bodySeconds): Promise<Uint8Array<ArrayBuffer> | Response> {
	const reader = request.body!.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), seconds * 1000)));
	try {
		for (;;) {
			const next = await Promise.race([reader.read(), late]);
			if (next === 'late') {
				void reader.cancel().catch(() => {});
				return refusal(408, `The request body did not arrive within ${seconds} s.`);
			}
			if (next.done) break;
			size += next.value.length;
			if (size > limit) {
				void reader.cancel().catch(() => {});
				return refusal(413, `The request body is larger than ${limit} bytes, the most accepted here.`);
			}
			chunks.push(next.value);
		}
	} catch (err) {
		return refusal(400, `The request body could not be read: ${(err as Error).message}`);
	} finally {
		clearTimeout(timer);
	}
	const body = new Uint8Array(new ArrayBuffer(size));
	let at = 0;
	for (const c of chunks) body.set(c, (at += c.length) - c.length);
	return body;
}

/** Headers on every response; pages also get SvelteKit's Content-Security-Policy (kit.csp). */
const safetyHeaders: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
	'cross-origin-opener-policy': 'same-origin',
	// Another site may not load our JSON, CSV or images into its page (no-cors reads).
	'cross-origin-resource-policy': 'same-origin'
};
// For what is not a page (API answers, CSV, PDF): nothing in it may run or be framed.
const nonPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function withSafetyHeaders(response: Response): Response {
	let out = response;
	try {
		for (const [k, v] of Object.entries(safetyHeaders)) out.headers.set(k, v);
	} catch {
		// Some responses (a fetch passed through) have immutable headers: copy them.
		out = new Response(response.body, response);
		for (const [k, v] of Object.entries(safetyHeaders)) out.headers.set(k, v);
	}
	if (!out.headers.has('content-security-policy')) out.headers.set('content-security-policy', nonPagePolicy);
	return out;
}

export const guardRequest: Handle = async ({ event, resolve }) => {
	const refused = refuse(event);
	if (refused) return withSafetyHeaders(refused);
	const { request } = event;
	if (stateChanging.has(request.method) && request.body && !isUploadRequest(request.method, event.url.pathname)) {
		const body = await readSmallBody(request);
		if (body instanceof Response) return withSafetyHeaders(body);
		event.request = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
	}
	return withSafetyHeaders(await resolve(event));
};
