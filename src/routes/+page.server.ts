// Overview: the headline metrics, weekly trends and sparklines for the URL's filters, with
// the drivers of each KPI's change, unusual weeks and self-service candidates.
import { answer } from '$lib/server/request-scope';
import { overviewWithInsights } from '$lib/server/insights/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => overviewWithInsights(s.db, s.access, s.params));
