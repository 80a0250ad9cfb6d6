// Repeat callers: rate for the chosen window, trend, top callers with their tickets, same-issue repeats.
import { answer } from '$lib/server/request-scope';
import { repeatWithInsights } from '$lib/server/insights/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => repeatWithInsights(s.db, s.access, s.params));
