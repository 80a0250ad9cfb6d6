// Tickets: the drill-down list for the URL's filters, metric part, key, bucket and caller.
import { answer } from '$lib/server/request-scope';
import { ticketsView } from '$lib/server/views/tickets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => ticketsView(s.db, s.access, s.params));
