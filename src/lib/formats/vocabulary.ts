// Vendor words for priorities and statuses: which label is P1-P4 and which status means
// the ticket is resolved, in the languages the exports are written in.
// Keys are lower case without accents (SQL compares strip_accents(lower(trim(value)))).

export type PriorityLevel = 'P1' | 'P2' | 'P3' | 'P4';
export const priorityLevels: PriorityLevel[] = ['P1', 'P2', 'P3', 'P4'];

/**
 * Priority labels as the vendors ship them. Numbered labels ("1 - Critical", "P2",
 * "Sev 3") are read by their number in SQL, so only words are listed here.
 * - ServiceNow: 1 - Critical, 2 - High, 3 - Moderate, 4 - Low, 5 - Planning (number read;
 *   5 stays unmapped: it has no SLA target of its own).
 * - Zendesk: Urgent, High, Normal, Low. Freshdesk/Freshservice: Urgent, High, Medium, Low.
 * - Jira: Highest, High, Medium, Low, Lowest (and its es/pt/fr/de translations).
 * - GLPI: Major, Very high, High, Medium, Low, Very low (pt: Crítica/Muito alta/Alta/Média/
 *   Baixa/Muito baixa; fr: Majeure/Très haute/Haute/Moyenne/Basse/Très basse).
 */
export const defaultPriorityMap: Record<string, PriorityLevel> = {
	critical: 'P1', urgent: 'P1', highest: 'P1', blocker: 'P1', major: 'P1', 'very high': 'P1',
	high: 'P2', normal: 'P3', medium: 'P3', moderate: 'P3', low: 'P4', lowest: 'P4', 'very low': 'P4', minor: 'P4', trivial: 'P4',
	// pt (GLPI, Jira)
	critica: 'P1', urgente: 'P1', 'muito alta': 'P1', 'mais alta': 'P1', alta: 'P2', media: 'P3', baixa: 'P4', 'muito baixa': 'P4', 'mais baixa': 'P4',
	// es (Jira)
	'mas alta': 'P1', 'muy alta': 'P1', baja: 'P4', 'mas baja': 'P4', 'muy baja': 'P4',
	// fr (GLPI, Jira)
	critique: 'P1', majeure: 'P1', 'tres haute': 'P1', 'la plus haute': 'P1', 'la plus elevee': 'P1', haute: 'P2', elevee: 'P2',
	moyenne: 'P3', basse: 'P4', faible: 'P4', 'tres basse': 'P4', 'la plus basse': 'P4', 'la plus faible': 'P4',
	// de (Jira)
	kritisch: 'P1', dringend: 'P1', hochste: 'P1', 'sehr hoch': 'P1', hoch: 'P2', mittel: 'P3', normale: 'P3', niedrig: 'P4', niedrigste: 'P4', 'sehr niedrig': 'P4'
};

/**
 * Statuses meaning the work is done (resolved, or closed after resolution), in the
 * vendors' words: ServiceNow Resolved/Closed, Zendesk Solved/Closed, Freshdesk
 * Resolved/Closed, Jira Done/Resolved/Closed (es Listo/Hecho/Resuelta/Cerrada, pt
 * Concluído/Resolvido/Fechado, fr Terminé/Résolu/Fermé, de Fertig/Erledigt/Gelöst/
 * Geschlossen), GLPI Solved/Closed (pt Solucionado/Fechado, fr Résolu/Clos).
 * A ticket with such a status and no resolution timestamp counts as resolved; its
 * resolution time stays unknown.
 */
export const doneStatuses = [
	'resolved', 'closed', 'solved', 'completed', 'complete', 'done', 'fixed',
	'resuelto', 'resuelta', 'cerrado', 'cerrada', 'listo', 'hecho', 'finalizado', 'finalizada', 'solucionado', 'solucionada',
	'resolvido', 'resolvida', 'fechado', 'fechada', 'concluido', 'concluida', 'encerrado', 'encerrada',
	'resolu', 'resolue', 'clos', 'close', 'cloture', 'ferme', 'fermee', 'termine', 'terminee',
	'gelost', 'geschlossen', 'erledigt', 'fertig', 'abgeschlossen'
];

/** Statuses of tickets closed without being resolved: never resolved, whatever the timestamps say. */
export const notDoneStatuses = ['cancelled', 'canceled', 'rejected', 'duplicate', 'cancelado', 'cancelada', 'annule', 'abgebrochen', 'storniert'];

/** Lower case without accents, as the SQL compares. */
export const vocabularyKey = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** The map an import applies: the defaults, then the mapping's own labels (any case, accents). */
export function priorityMapFor(overrides: Record<string, string> | undefined): Record<string, string> {
	const map: Record<string, string> = { ...defaultPriorityMap };
	for (const [label, level] of Object.entries(overrides ?? {})) map[vocabularyKey(label)] = level;
	return map;
}

/** The P-level a label gets, as the SQL does it (for previews and the mapping screen). */
export function normalisePriority(label: string, map: Record<string, string> = defaultPriorityMap): string | null {
	const key = vocabularyKey(label);
	if (map[key]) return map[key];
	const n = /^\s*(?:p|priority\s*|prio\s*|sev(?:erity)?\s*)?([1-4])(?:[^0-9]|$)/.exec(key);
	return n ? `P${n[1]}` : null;
}
