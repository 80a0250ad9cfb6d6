// Clients: every client's headline numbers and deltas for the URL's filters (an account
// manager's own clients only).
import { answer } from '$lib/server/request-scope';
import { clientsView } from '$lib/server/views/clients';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => clientsView(s.db, s.access, s.params));
