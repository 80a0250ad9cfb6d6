// Audit log (admins only): sign-ins, imports, undos, settings, mappings, users, share links.
import { auditPage } from '$lib/server/auth/admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => auditPage(url);
