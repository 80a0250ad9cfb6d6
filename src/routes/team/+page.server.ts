// Team: agents and teams side by side, FCR vs CSAT per agent, and a trend per team.
import { answer } from '$lib/server/request-scope';
import { teamWithInsights } from '$lib/server/insights/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => teamWithInsights(s.db, s.access, s.params));
