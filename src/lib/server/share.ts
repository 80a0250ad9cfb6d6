// Signed share links: one client's meeting pack for one period, read-only, expiring and
// revocable. Tokens are HMAC-SHA256 over (link id, client, period, expiry) with a secret kept in the database.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { addDays, FilterError, parseDate } from '$lib/filters';
import type { Access, ShareGrant } from './access/scope';
import { audit } from './audit';
import { withConnection, type Db } from './db';
import { checkClient } from './request-scope';

const DAY = 86_400_000;
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 365;
const MAX_TOKEN = 600;

interface ShareRow {
	share_id: number;
	client: string;
	period_from: string;
	period_to: string;
	created_ms: number | string;
	expires_ms: number | string;
	created_by: string;
	revoked_ms: number | string | null;
	revoked_by: string | null;
	uses: number;
	last_used_ms: number | string | null;
}

/** A link as the pack page lists it. */
export interface ShareLinkInfo {
	id: number;
	client: string;
	from: string;
	/** Exclusive, as filters are; the page shows the day before as the last day. */
	to: string;
	/** /share/<token>; the page makes it absolute with the origin the browser uses. */
	path: string;
	createdBy: string;
	createdAt: string;
	expiresAt: string;
	revokedAt: string | null;
	revokedBy: string | null;
	uses: number;
	lastUsedAt: string | null;
	status: 'active' | 'expired' | 'revoked';
}

export type ShareCheck =
	| { ok: true; grant: ShareGrant; access: Access }
	| { ok: false; status: 403 | 410; title: string; message: string };

const secrets = new Map<string, Promise<Buffer>>();

/** The signing secret: generated once (32 random bytes) and kept in share_secret. */
export function shareSecret(db: Db): Promise<Buffer> {
	let secret = secrets.get(db.path);
	if (!secret || db.path === ':memory:') {
		secret = withConnection(db, async (conn) => {
			await conn.run('share/secret_init', { secret: randomBytes(32).toString('hex') });
			const row = await conn.one<{ secret: string }>('share/secret_get');
			return Buffer.from(row.secret, 'hex');
		});
		if (db.path !== ':memory:') secrets.set(db.path, secret);
		secret.catch(() => secrets.delete(db.path));
	}
	return secret;
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');
const iso = (ms: number | string | null): string | null => (ms === null ? null : new Date(Number(ms)).toISOString());

function signature(secret: Buffer, payload: string): Buffer {
	return createHmac('sha256', secret).update(payload).digest();
}

function payloadOf(row: Pick<ShareRow, 'share_id' | 'client' | 'period_from' | 'period_to' | 'expires_ms'>): string {
	return [row.share_id, b64url(row.client), row.period_from, row.period_to, Number(row.expires_ms)].join('.');
}

/** The link's token: its grant in the clear (so it can be checked before any lookup) and the signature. */
export function tokenFor(secret: Buffer, row: Pick<ShareRow, 'share_id' | 'client' | 'period_from' | 'period_to' | 'expires_ms'>): string {
	const payload = payloadOf(row);
	return `${payload}.${b64url(signature(secret, payload))}`;
}

const invalid: ShareCheck = {
	ok: false,
	status: 403,
	title: 'This share link is not valid',
	message: 'The link was mistyped or altered after it was made, so it opens nothing. Ask the person who sent it for a new one.'
};

const day = (ms: number | string): string => new Date(Number(ms)).toISOString().slice(0, 10);

/**
 * A presented token checked: the signature first (a forged or altered token learns nothing
 * about real links), then the stored link it names: revoked, expired, or a grant for one pack.
 */
export async function accessFromShareToken(db: Db, token: string, now = Date.now()): Promise<ShareCheck> {
	if (token.length > MAX_TOKEN) return invalid;
	const parts = token.split('.');
	if (parts.length !== 6) return invalid;
	const [id, , from, to, expires, sig] = parts;
	if (!/^\d{1,9}$/.test(id) || !/^\d{1,15}$/.test(expires)) return invalid;
	const secret = await shareSecret(db);
	const expected = signature(secret, parts.slice(0, 5).join('.'));
	const given = Buffer.from(sig, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
	const [row] = await withConnection(db, (conn) => conn.all<ShareRow>('share/get', { share_id: Number(id) }));
	// A valid signature over a link that is gone (or was made with other values) is still refused.
	if (!row || tokenFor(secret, row) !== token) return invalid;
	if (row.revoked_ms !== null) {
		return {
			ok: false, status: 410, title: 'This share link was withdrawn',
			message: `Its owner revoked it on ${day(row.revoked_ms)}, so it no longer opens the ${row.client} meeting pack. Ask them for a new link if you still need it.`
		};
	}
	if (Number(row.expires_ms) <= now) {
		return {
			ok: false, status: 410, title: 'This share link has expired',
			message: `It was valid until ${day(row.expires_ms)}. Ask the person who sent it for a new link.`
		};
	}
	const grant: ShareGrant = { id: row.share_id, client: row.client, from, to };
	return { ok: true, grant, access: { user: null, sessionId: null, share: grant, clients: [row.client] } };
}

/** Records one opening of a link (a page view, not each of its data requests). */
export async function shareUsed(db: Db, access: Access, now = Date.now()): Promise<void> {
	if (!access.share) return;
	await withConnection(db, (conn) => conn.run('share/used', { share_id: access.share!.id, used_ms: now }));
	await audit(db, access, 'share_used', { share_id: access.share.id, client: access.share.client, from: access.share.from, to: access.share.to });
}

export class ShareError extends Error {}

/** Who may make or revoke links: signed-in people who may see the client; never a share link itself. */
function checkMaker(access: Access, client: string): void {
	if (access.share) throw new ShareError('A share link cannot make or revoke share links.');
	checkClient(access, client);
}

export interface ShareRequest {
	client: string;
	from: string;
	/** Exclusive. */
	to: string;
	days?: number;
}

export async function createShareLink(db: Db, access: Access, req: ShareRequest, now = Date.now()): Promise<ShareLinkInfo> {
	checkMaker(access, req.client);
	const from = parseDate(req.from, 'the first day');
	const to = parseDate(req.to, 'the day after the last day');
	if (from >= to) throw new ShareError(`The first day (${from}) must not be after the last day (${addDays(to, -1)}).`);
	const days = req.days ?? DEFAULT_DAYS;
	if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new ShareError(`A link lasts from 1 to ${MAX_DAYS} days; got ${days}.`);
	const row = { client: req.client, period_from: from, period_to: to, created_ms: now, expires_ms: now + days * DAY };
	const created_by = access.user?.name ?? 'anonymous';
	const { share_id } = await withConnection(db, (conn) => conn.one<{ share_id: number }>('share/add', { ...row, created_by }));
	await audit(db, access, 'share_created', { share_id, client: req.client, from, to, expires: iso(row.expires_ms) });
	return info(await shareSecret(db), { ...row, share_id, created_by, revoked_ms: null, revoked_by: null, uses: 0, last_used_ms: null }, now);
}

export async function revokeShareLink(db: Db, access: Access, client: string, id: number, now = Date.now()): Promise<void> {
	checkMaker(access, client);
	const rows = await withConnection(db, (conn) =>
		conn.all('share/revoke', { share_id: id, client, revoked_ms: now, revoked_by: access.user?.name ?? 'anonymous' })
	);
	if (rows.length === 0) throw new ShareError(`No active share link #${id} for ${client}.`);
	await audit(db, access, 'share_revoked', { share_id: id, client });
}

function info(secret: Buffer, row: ShareRow, now: number): ShareLinkInfo {
	return {
		id: row.share_id,
		client: row.client,
		from: row.period_from,
		to: row.period_to,
		path: `/share/${tokenFor(secret, row)}`,
		createdBy: row.created_by,
		createdAt: iso(row.created_ms)!,
		expiresAt: iso(row.expires_ms)!,
		revokedAt: iso(row.revoked_ms),
		revokedBy: row.revoked_by,
		uses: row.uses,
		lastUsedAt: iso(row.last_used_ms),
		status: row.revoked_ms !== null ? 'revoked' : Number(row.expires_ms) <= now ? 'expired' : 'active'
	};
}

/** A client's links for its pack page; a share-link visitor sees none. */
export async function listShareLinks(db: Db, access: Access, client: string, now = Date.now()): Promise<ShareLinkInfo[]> {
	if (access.share) return [];
	checkClient(access, client);
	const secret = await shareSecret(db);
	const rows = await withConnection(db, (conn) => conn.all<ShareRow>('share/list_for_client', { client }));
	return rows.map((r) => info(secret, r, now));
}

/** The pack page's form: first and last day (inclusive, as people say them) and days to last. */
export async function createShareFromForm(db: Db, access: Access, client: string, form: FormData) {
	try {
		const last = String(form.get('last') ?? '');
		const to = addDays(parseDate(last, 'the last day'), 1);
		const daysText = String(form.get('days') ?? '').trim();
		const days = daysText === '' ? DEFAULT_DAYS : Number(daysText);
		return { link: await createShareLink(db, access, { client, from: String(form.get('from') ?? ''), to, days }) };
	} catch (err) {
		if (err instanceof ShareError || err instanceof FilterError) return { error: err.message };
		throw err;
	}
}

export async function revokeShareFromForm(db: Db, access: Access, client: string, form: FormData) {
	const id = Number(form.get('id'));
	try {
		if (!Number.isInteger(id) || id < 1) throw new ShareError('Which link? The form named none.');
		await revokeShareLink(db, access, client, id);
		return { id };
	} catch (err) {
		if (err instanceof ShareError) return { error: err.message };
		throw err;
	}
}
