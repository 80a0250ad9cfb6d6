// The server side of the sign-in, setup, account and logout pages: each form action parses
// its fields, calls the accounts modules and answers with a redirect or a form error.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { audit } from '../audit';
import { serverDb, withConnection } from '../db';
import { accessOf, loginThrottle, setSessionCookie, signIn, signOut } from './login';
import { verifyPassword } from './password';
import { startSession } from './sessions';
import { completeSetup, setupTokenState } from './setup';
import { setPassword, userCount, UserError } from './users';

const field = (form: FormData, name: string, max = 300): string => String(form.get(name) ?? '').slice(0, max);

/** A same-site path to go back to after signing in; anything else (//evil, https://...) is the Overview. */
export function safeNext(next: string | null): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\u0000-\u001f]/.test(next)) return '/';
	if (/^\/(login|logout|setup)(\/|\?|$)/.test(next)) return '/';
	return next;
}

const meta = (event: RequestEvent) => ({ ip: event.getClientAddress(), userAgent: event.request.headers.get('user-agent') ?? undefined });

export async function loginPage(event: RequestEvent) {
	const next = safeNext(event.url.searchParams.get('next'));
	if (event.locals.access.user) redirect(303, next);
	const noUsers = (await withConnection(await serverDb(), userCount)) === 0;
	return { next, noUsers };
}

export async function loginAction(event: RequestEvent) {
	const form = await event.request.formData();
	const name = field(form, 'name', 100);
	const result = await signIn(await serverDb(), name, field(form, 'password'), meta(event));
	if (!result.ok) return fail(result.status, { name, message: result.message });
	setSessionCookie(event.cookies, result.cookie, event.request);
	redirect(303, safeNext(field(form, 'next', 2000)));
}

export async function logoutAction(event: RequestEvent): Promise<never> {
	await signOut(await serverDb(), event.locals.access, event.cookies);
	redirect(303, '/login');
}

export async function setupPage(event: RequestEvent) {
	const token = event.url.searchParams.get('token') ?? '';
	const state = await setupTokenState(await serverDb(), token);
	if (state === 'used') error(410, 'Setup is already done: this link has been used, or users exist. Sign in instead.');
	if (state === 'invalid') error(403, 'This setup link is not valid. Use the newest link `npm start` printed (it is also in the .setup-link file beside the database).');
	return { token };
}

export async function setupAction(event: RequestEvent) {
	const form = await event.request.formData();
	const name = field(form, 'name', 100);
	const password = field(form, 'password');
	if (password !== field(form, 'confirm')) return fail(400, { name, message: 'The two passwords differ.' });
	const db = await serverDb();
	let user;
	try {
		user = await completeSetup(db, field(form, 'token', 100), name, password);
	} catch (err) {
		if (err instanceof UserError) return fail(400, { name, message: err.message });
		throw err;
	}
	const { cookie, idHash } = await startSession(db, user.user_id, meta(event));
	await audit(db, accessOf({ ...user, clients: [] }, idHash), 'login', { ip: meta(event).ip, via: 'setup link' });
	setSessionCookie(event.cookies, cookie, event.request);
	redirect(303, '/');
}

export async function changeOwnPassword(event: RequestEvent) {
	const access = event.locals.access;
	const user = access.user!;
	const form = await event.request.formData();
	const current = field(form, 'current');
	const next = field(form, 'password');
	if (next !== field(form, 'confirm')) return fail(400, { message: 'The two new passwords differ.' });
	const db = await serverDb();
	const { ip } = meta(event);
	// The old password is a sign-in secret too: guessing it here is throttled the same way.
	const waitMs = loginThrottle.waitMs(user.name, ip, Date.now());
	if (waitMs > 0) return fail(429, { message: `Too many wrong passwords; try again in ${Math.ceil(waitMs / 1000)} seconds.` });
	const stored = await withConnection(db, (conn) => conn.all<{ password_hash: string }>('auth/user_by_id', { user_id: user.id }));
	if (!stored.length || !(await verifyPassword(current, stored[0].password_hash))) {
		loginThrottle.failed(user.name, ip, Date.now());
		await audit(db, access, 'login_failed', { name: user.name, ip, reason: 'wrong current password at password change' });
		return fail(400, { message: 'The current password is not right.' });
	}
	try {
		await setPassword(db, user.name, next, access.sessionId);
	} catch (err) {
		if (err instanceof UserError) return fail(400, { message: err.message });
		throw err;
	}
	await audit(db, access, 'password_changed', { name: user.name, by: 'themselves' });
	return { changed: true };
}

