// Accounts: add, list, change, re-password and remove users, shared by the admin page and
// `onecall user ...`. Names and roles are checked here; the last admin cannot be lost.
import { roles, type Role } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { hashPassword, passwordProblem } from './password';

export class UserError extends Error {}

export interface UserRecord {
	user_id: number;
	name: string;
	role: Role;
	clients: string[];
	created_at: string;
	password_changed_at: string;
	sessions: number;
}

export interface StoredUser {
	user_id: number;
	name: string;
	role: Role;
	clients: string[];
	password_hash: string;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export function checkName(name: string): string {
	const trimmed = name.trim();
	if (!namePattern.test(trimmed)) {
		throw new UserError(`"${trimmed.slice(0, 80)}" is not a usable user name: 1-64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit`);
	}
	return trimmed;
}

export function checkRole(role: string): Role {
	if (!(roles as readonly string[]).includes(role)) throw new UserError(`the role must be one of ${roles.join(', ')}, not "${role}"`);
	return role as Role;
}

/** An account manager's clients from "A, B" or a list; other roles keep none. */
export function checkClients(role: Role, clients: string | string[] | undefined): string[] {
	const list = (typeof clients === 'string' ? clients.split(',') : (clients ?? [])).map((c) => c.trim()).filter(Boolean);
	if (role !== 'account_manager') {
		if (list.length) throw new UserError(`only account managers have a client list; a ${role} sees every client`);
		return [];
	}
	if (list.some((c) => c.length > 200)) throw new UserError('a client name is at most 200 characters');
	return [...new Set(list)];
}

export const userCount = (conn: Conn): Promise<number> => conn.one<{ n: number }>('auth/user_count').then((r) => r.n);

export async function findUser(conn: Conn, name: string): Promise<StoredUser | null> {
	const rows = await conn.all<StoredUser>('auth/user_by_name', { name: name.trim() });
	return rows[0] ?? null;
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
	return withConnection(db, (conn) => conn.all<UserRecord>('auth/user_list'));
}

/**
 * Adds a user; the password is checked and hashed here. Kills any setup token: a user now
 * exists. With setupTokenHash the token must still be live inside the same transaction, so
 * two browsers racing with one link cannot both create an admin (the second conflicts).
 */
export async function addUser(
	db: Db,
	input: { name: string; role: string; clients?: string | string[]; password: string },
	setupTokenHash?: string
): Promise<UserRecord> {
	const name = checkName(input.name);
	const role = checkRole(input.role);
	const clients = checkClients(role, input.clients);
	const problem = passwordProblem(input.password);
	if (problem) throw new UserError(problem);
	const password_hash = await hashPassword(input.password);
	return withConnection(db, async (conn) => {
		if (await findUser(conn, name)) throw new UserError(`there is already a user called "${name}"`);
		await conn.transaction(async () => {
			if (setupTokenHash !== undefined) {
				const { n } = await conn.one<{ n: number }>('auth/setup_token_find', { token_hash: setupTokenHash });
				if (n === 0 || (await userCount(conn)) > 0) throw new UserError('this setup link has been used already: sign in instead');
			}
			await conn.all('auth/user_add', { name, role, clients_json: JSON.stringify(clients), password_hash });
			await conn.run('auth/setup_token_clear');
		});
		return (await conn.all<UserRecord>('auth/user_list')).find((u) => u.name === name)!;
	});
}

async function existing(conn: Conn, name: string): Promise<StoredUser> {
	const user = await findUser(conn, name);
	if (!user) throw new UserError(`there is no user called "${name.trim().slice(0, 80)}"`);
	return user;
}

async function keepAnAdmin(conn: Conn, user: StoredUser, what: string): Promise<void> {
	if (user.role !== 'admin') return;
	const { n } = await conn.one<{ n: number }>('auth/admin_count');
	if (n <= 1) throw new UserError(`${user.name} is the only admin; add another admin before you ${what}`);
}

/** Changes a user's role and clients; returns the user as it was and as it is. */
export async function changeUser(db: Db, name: string, change: { role: string; clients?: string | string[] }) {
	const role = checkRole(change.role);
	const clients = checkClients(role, change.clients);
	return withConnection(db, async (conn) => {
		const before = await existing(conn, name);
		if (role !== 'admin') await keepAnAdmin(conn, before, 'change their role');
		await conn.run('auth/user_update', { user_id: before.user_id, role, clients_json: JSON.stringify(clients) });
		return { before: { role: before.role, clients: before.clients }, after: { role, clients } };
	});
}

/** Sets a new password and ends the user's sessions, except keepSessionHash (their own, on a change). */
export async function setPassword(db: Db, name: string, password: string, keepSessionHash: string | null = null): Promise<void> {
	const problem = passwordProblem(password);
	if (problem) throw new UserError(problem);
	const password_hash = await hashPassword(password);
	await withConnection(db, async (conn) => {
		const user = await existing(conn, name);
		await conn.transaction(async () => {
			await conn.run('auth/user_set_password', { user_id: user.user_id, password_hash });
			if (keepSessionHash) await conn.run('auth/session_delete_others', { user_id: user.user_id, keep_id_hash: keepSessionHash });
			else await conn.run('auth/session_delete_user', { user_id: user.user_id });
		});
	});
}

export async function removeUser(db: Db, name: string): Promise<void> {
	await withConnection(db, async (conn) => {
		const user = await existing(conn, name);
		await keepAnAdmin(conn, user, 'remove them');
		await conn.transaction(async () => {
			await conn.run('auth/session_delete_user', { user_id: user.user_id });
			await conn.run('auth/user_remove', { user_id: user.user_id });
		});
	});
}
