// The e2e suite's accounts: one per role, created through the CLI before the server starts
// (playwright.config.ts), signed in once by auth.setup.ts, each saved as a storage state.
import type { Role } from '../../src/lib/server/access/scope';

export const e2ePassword = process.env.E2E_PASSWORD ?? 'e2e-password-for-tests';

export interface E2eUser {
	name: string;
	role: Role;
	clients?: string[];
}

export const e2eUsers: Record<Role, E2eUser> = {
	admin: { name: 'e2e-admin', role: 'admin' },
	analyst: { name: 'e2e-analyst', role: 'analyst' },
	manager: { name: 'e2e-manager', role: 'manager' },
	account_manager: { name: 'e2e-am', role: 'account_manager', clients: ['Quantum Labs', 'Beacon Credit Union'] }
};

/** Where a role's signed-in browser state is kept (outside Playwright's emptied output folder). */
export const storageStateOf = (role: Role): string => `test-results/auth/${role}.json`;
