// Satisfaction: CSAT trend, distribution, breakdowns, FCR split and lowest-rated tickets.
import { answer } from '$lib/server/request-scope';
import { satisfactionView } from '$lib/server/views/satisfaction';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => answer(event, (s) => satisfactionView(s.db, s.access, s.params));
