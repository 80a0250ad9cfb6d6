// The admin pages' server side: list, add, change, re-password and remove users (each
// change audited), and the audit log with a since-date.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { roles } from '../access/scope';
import { audit, AuditError, listAudit } from '../audit';
import { serverDb } from '../db';
import { addUser, changeUser, listUsers, removeUser, setPassword, UserError } from './users';

const field = (form: FormData, name: string, max = 300): string => String(form.get(name) ?? '').slice(0, max);

export async function usersPage() {
	return { users: await listUsers(await serverDb()), roles: [...roles] };
}

type UserAction = 'add' | 'change' | 'reset' | 'remove';

/** One admin form action; a refused one comes back as a form error naming the user. */
export async function userAction(event: RequestEvent, action: UserAction) {
	const access = event.locals.access;
	const form = await event.request.formData();
	const name = field(form, 'name', 100).trim();
	const db = await serverDb();
	try {
		if (action === 'add') {
			const user = await addUser(db, { name, role: field(form, 'role'), clients: field(form, 'clients', 5000), password: field(form, 'password') });
			await audit(db, access, 'user_added', { name: user.name, role: user.role, clients: user.clients });
			return { action, name: user.name, done: `Added ${user.name}.` };
		}
		if (action === 'change') {
			const change = await changeUser(db, name, { role: field(form, 'role'), clients: field(form, 'clients', 5000) });
			await audit(db, access, 'user_changed', { name, ...change });
			return { action, name, done: `Changed ${name}.` };
		}
		if (action === 'reset') {
			await setPassword(db, name, field(form, 'password'));
			await audit(db, access, 'password_changed', { name, by: access.user?.name });
			return { action, name, done: `New password set for ${name}; their sessions have ended.` };
		}
		if (name === access.user?.name) throw new UserError('you cannot remove yourself; another admin can');
		await removeUser(db, name);
		await audit(db, access, 'user_removed', { name });
		return { action, name, done: `Removed ${name}.` };
	} catch (err) {
		if (err instanceof UserError) return fail(400, { action, name, message: err.message });
		throw err;
	}
}

export async function auditPage(url: URL) {
	const since = url.searchParams.get('since') ?? '';
	try {
		return { since, entries: await listAudit(await serverDb(), { since, limit: 1000 }), problem: null };
	} catch (err) {
		if (err instanceof AuditError) return { since, entries: [], problem: err.message };
		throw err;
	}
}
