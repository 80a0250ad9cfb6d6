// Changes: change-caused share, change failure rate (DORA), top changes with timelines, suspected incidents.
import { answer } from '$lib/server/request-scope';
import { changesWithInsights } from '$lib/server/insights/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => changesWithInsights(s.db, s.access, s.params));
