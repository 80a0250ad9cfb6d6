// Overview: the headline metrics, weekly trends and sparklines for the URL's filters.
import { answer } from '$lib/server/request-scope';
import { overviewView } from '$lib/server/views/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => overviewView(s.db, s.access, s.params));
