// Changes: change-caused share, change failure rate (DORA), top changes with timelines, suspected incidents.
import { answer } from '$lib/server/request-scope';
import { changesView } from '$lib/server/views/changes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => changesView(s.db, s.access, s.params));
