// Jira Service Management issue exports (Filters > Export > CSV, all or current fields):
// Jira writes the header in the exporting user's language, so one preset per language.
import type { ImportMapping } from '../mapping';

// Column names: Atlassian support, "Export issues to CSV" (English names; custom fields as
// "Custom field (Name)"); the other languages are Jira's own translations of the same
// system fields (language packs es_ES, pt_BR, fr_FR, de_DE), older and newer spellings
// both (Jira Cloud renamed "issue" to "work item" in 2025, and "Bearbeiter" to
// "Zugewiesene Person"); the es, pt and de headers were checked against public export
// headers (es: "Tipo de Incidencia;Prioridad;Clave de incidencia;ID de la incidencia;Resumen;
// Informador;Creada;Estado;Responsable", semicolon-separated; pt: "Chave da item", "ID da
// item", "Tipo de item", "Resumo", "Responsável", "Criado", "Resolvido"; de: "Zusammenfassung,
// Vorgangsschlüssel,Vorgangs-ID,Vorgangstyp,...,Priorität,Lösung,Zugewiesene Person,...,Autor,
// ...,Erstellt,Aktualisiert,Zuletzt angezeigt,Erledigt,Fälligkeitsdatum"). Custom fields keep the admin's name, so JSM's "Request Type",
// "Satisfaction" and "Organizations" are matched inside the translated prefix.
interface JiraWords {
	lang: string;
	summary: string[];
	key: string[];
	id: string[];
	type: string[];
	status: string[];
	priority: string[];
	resolution: string[];
	assignee: string[];
	reporter: string[];
	created: string[];
	updated: string[];
	resolved: string[];
	due: string[];
	components: string[];
	custom: string;
	links: { causes: string; relates: string };
}

const words: JiraWords[] = [
	{
		lang: 'en', summary: ['Summary'], key: ['Issue key', 'Work item key'], id: ['Issue id', 'Work item id'], type: ['Issue Type', 'Work type'],
		status: ['Status'], priority: ['Priority'], resolution: ['Resolution'], assignee: ['Assignee'], reporter: ['Reporter'],
		created: ['Created'], updated: ['Updated'], resolved: ['Resolved'], due: ['Due date', 'Due Date'], components: ['Component/s', 'Components'],
		custom: 'Custom field', links: { causes: 'Outward issue link (Causes)', relates: 'Outward issue link (Relates)' }
	},
	{
		lang: 'es', summary: ['Resumen'], key: ['Clave de incidencia', 'Clave de la incidencia', 'Clave del elemento de trabajo'],
		id: ['ID de la incidencia', 'ID de incidencia', 'ID del elemento de trabajo'], type: ['Tipo de Incidencia', 'Tipo de incidencia', 'Tipo de trabajo'],
		status: ['Estado'], priority: ['Prioridad'], resolution: ['Resolución'], assignee: ['Persona asignada', 'Responsable'], reporter: ['Informador'],
		created: ['Creada', 'Creado'], updated: ['Actualizada', 'Actualizado'], resolved: ['Resuelta', 'Resuelto'], due: ['Fecha de vencimiento', 'Fecha límite'],
		components: ['Componente/s', 'Componentes'], custom: 'Campo personalizado',
		links: { causes: 'Enlace de incidencia saliente (Causes)', relates: 'Enlace de incidencia saliente (Relates)' }
	},
	{
		lang: 'pt', summary: ['Resumo'], key: ['Chave da item', 'Chave do item', 'Chave da issue', 'Chave do item de trabalho'],
		id: ['ID da item', 'ID do item', 'ID da issue', 'ID do item de trabalho'], type: ['Tipo de item', 'Tipo de issue', 'Tipo de trabalho'],
		status: ['Status'], priority: ['Prioridade'], resolution: ['Resolução'], assignee: ['Responsável'], reporter: ['Relator'],
		created: ['Criado', 'Criada'], updated: ['Atualizado(a)', 'Atualizado'], resolved: ['Resolvido', 'Resolvida'], due: ['Data limite', 'Data de vencimento'],
		components: ['Componentes', 'Componente/s'], custom: 'Campo personalizado',
		links: { causes: 'Link de item de saída (Causes)', relates: 'Link de item de saída (Relates)' }
	},
	{
		lang: 'fr', summary: ['Résumé'], key: ['Clé de ticket', 'Clé de la demande', "Clé de l'élément de travail"],
		id: ['ID de ticket', 'ID de la demande', "ID de l'élément de travail"], type: ['Type de ticket', 'Type de demande', 'Type de travail'],
		status: ['État', 'Statut'], priority: ['Priorité'], resolution: ['Résolution'], assignee: ['Responsable'], reporter: ['Rapporteur'],
		created: ['Création', 'Créé'], updated: ['Mise à jour', 'Mis à jour'], resolved: ['Résolue', 'Résolu'], due: ["Date d'échéance", 'Échéance'],
		components: ['Composants', 'Composant/s'], custom: 'Champ personnalisé',
		links: { causes: 'Lien de ticket sortant (Causes)', relates: 'Lien de ticket sortant (Relates)' }
	},
	{
		lang: 'de', summary: ['Zusammenfassung'], key: ['Vorgangsschlüssel', 'Schlüssel des Arbeitselements'], id: ['Vorgangs-ID', 'ID des Arbeitselements'],
		type: ['Vorgangstyp', 'Arbeitstyp'], status: ['Status'], priority: ['Priorität'], resolution: ['Lösung'], assignee: ['Zugewiesene Person', 'Bearbeiter'],
		reporter: ['Autor', 'Melder'], created: ['Erstellt'], updated: ['Aktualisiert'], resolved: ['Erledigt', 'Gelöst'], due: ['Fälligkeitsdatum', 'Fällig am'],
		components: ['Komponente/n', 'Komponenten'], custom: 'Benutzerdefiniertes Feld',
		links: { causes: 'Ausgehender Vorgangslink (Causes)', relates: 'Ausgehender Vorgangslink (Relates)' }
	}
];

const languageName: Record<string, string> = { en: '', es: ' (Spanish headers)', pt: ' (Portuguese headers)', fr: ' (French headers)', de: ' (German headers)' };

// Jira's default CSV date format (12/Jan/24 10:15 AM), and ISO from the Cloud exporter;
// localised exports write month abbreviations in their language (the values engineer's detection).
const dates = ['%d/%b/%y %I:%M %p', '%d/%b/%Y %I:%M %p', '%Y-%m-%d %H:%M'];

function jiraPreset(w: JiraWords): ImportMapping {
	const custom = (...names: string[]) => names.map((n) => `${w.custom} (${n})`);
	return {
		name: w.lang === 'en' ? 'jira-service-management' : `jira-service-management-${w.lang}`,
		label: `Jira Service Management issue export${languageName[w.lang]}`,
		kind: 'tickets',
		source: `Atlassian support, "Export issues to CSV" (system fields; ${w.lang === 'en' ? 'English' : `Jira's ${w.lang} translation`}); JSM custom fields Request Type, Satisfaction, Organizations`,
		signature: [w.summary, w.key, w.id, w.type, w.status, w.priority, w.resolution, w.assignee, w.reporter, w.created, w.resolved].map((alts) => alts.join('|')),
		columns: {
			ticket_id: w.key,
			created_at: w.created,
			resolved_at: w.resolved,
			sla_due_at: w.due,
			caller_id: [...w.reporter, ...custom('Customer', 'Cliente', 'Kunde', 'Client')],
			client: custom('Organizations', 'Organization', 'Organizações', 'Organizaciones', 'Organisations', 'Organisationen'),
			agent: w.assignee,
			team: [...custom('Team', 'Equipo', 'Equipe', 'Équipe'), ...w.components],
			channel: custom('Source', 'Request Channel', 'Canal'),
			priority: w.priority,
			category: [...custom('Request Type', 'Customer Request Type', 'Tipo de solicitud', 'Tipo de solicitação', 'Type de demande', 'Anfragetyp'), ...w.type],
			service: custom('Affected services', 'Services'),
			status: w.status,
			caused_by_change: w.links.causes,
			related_change: w.links.relates,
			csat_score: [...custom('Satisfaction', 'Satisfacción', 'Satisfação', 'Zufriedenheit'), 'Satisfaction rating'],
			subject: w.summary
		},
		known: [...w.updated, ...w.resolution, ...w.id, 'Labels', 'Description', 'Creator', 'Last Viewed', 'Watchers', 'Sprint', 'Project key', 'Project name'],
		dateFormats: dates,
		// "Satisfaction" is JSM's 1-5 star rating.
		csatScale: '1-5',
		resolvedValues: ['resolved', 'done', 'closed', 'resuelta', 'cerrada', 'listo', 'resolvido', 'fechado', 'concluído', 'résolu', 'fermé', 'terminé', 'erledigt', 'gelöst', 'geschlossen', 'fertig']
	};
}

export const jiraPresets: ImportMapping[] = words.map(jiraPreset);
