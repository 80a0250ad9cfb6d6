// Role names in words, for pages on both sides (the server's role list is access/scope.ts).
import type { Role } from '$lib/server/access/scope';

export const roleNames: Record<Role, string> = {
	admin: 'Admin',
	analyst: 'Analyst',
	manager: 'Manager',
	account_manager: 'Account manager'
};

export const roleDuties: Record<Role, string> = {
	admin: 'everything, including users and the audit log',
	analyst: 'imports, undo, mappings, metric settings; every dashboard',
	manager: 'every dashboard, read only',
	account_manager: 'dashboards of their own clients only, read only'
};
