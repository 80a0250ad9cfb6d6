// The request's access scope: who is asking (a signed-in user, a share link, or nobody)
// and which clients they may see. Set once per request in hooks.server.ts; passed into the SQL scope.
export const roles = ['admin', 'analyst', 'manager', 'account_manager'] as const;
export type Role = (typeof roles)[number];

export interface SessionUser {
	id: number;
	name: string;
	role: Role;
}

/** A share link's grant: one client's meeting pack for one period, nothing else. */
export interface ShareGrant {
	id: number;
	client: string;
	from: string;
	to: string;
}

export interface Access {
	user: SessionUser | null;
	/** The signed-in session's id (null for anonymous and share-link requests). */
	sessionId: string | null;
	share: ShareGrant | null;
	/**
	 * Clients this request may see: null = every client (admin, analyst, manager);
	 * a list = only these (an account manager's clients, a share link's one client).
	 * An empty list sees nothing. Bound as $allowed_clients of scoped_tickets().
	 */
	clients: string[] | null;
}

export const anonymous: Access = { user: null, sessionId: null, share: null, clients: null };

/** The command line (and tests): whoever holds the database file sees every client. */
export const localAccess: Access = { user: null, sessionId: null, share: null, clients: null };
