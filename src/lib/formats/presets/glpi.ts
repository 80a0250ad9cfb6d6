// GLPI ticket search exports (Assistance > Tickets, "Export" to CSV: semicolons, the
// columns the search shows, labelled in the user's language, "Group - Field" for joined ones).
import type { ImportMapping } from '../mapping';

// Labels: GLPI's ticket search options (CommonITILObject/Ticket rawSearchOptions: "Opening
// date", "Time to resolve", "Resolution date", "Closing date", "Requester", "Assigned to -
// Technician", "Time to resolve exceeded") in en_GB, and their pt_BR and fr_FR translations
// (locales/*.po); pt checked against a real pt_BR export, fr against a public fr export
// header ("ID;Titre;Attribué à - Groupe de techniciens;Statut;Attribué à - Technicien;
// Demandeur - Demandeur;Date d'ouverture;...;Priorité;...;Date de résolution;Dernière
// modification", ids like "5 732 943"), en against GLPI's search option titles (id 82 "Time to
// resolve exceeded", 17 "Resolution date", 16 "Closing date"). "X - X" is how the export names
// a joined field (e.g. "Requerente - Requerente").
interface GlpiWords {
	lang: string;
	title: string[];
	status: string[];
	requester: string[];
	technician: string[];
	group: string[];
	priority: string[];
	category: string[];
	opened: string[];
	due: string[];
	solved: string[];
	closed: string[];
	exceeded: string[];
	entity: string[];
	source: string[];
	location: string[];
	known: string[];
}

const words: GlpiWords[] = [
	{
		lang: 'en', title: ['Title'], status: ['Status'], requester: ['Requester - Requester', 'Requester'], technician: ['Assigned to - Technician', 'Technician'],
		group: ['Assigned to - Technician group', 'Assigned to - Group', 'Technician group'], priority: ['Priority'], category: ['Category'],
		opened: ['Opening date'], due: ['Time to resolve'], solved: ['Resolution date', 'Solve date', 'Solution date'], closed: ['Closing date'],
		exceeded: ['Time to resolve exceeded'], entity: ['Entity'], source: ['Request source'], location: ['Location'],
		known: ['Type', 'Urgency', 'Impact', 'Last update', 'Time to own', 'Description', 'Solution - Solution', 'Solution', 'SLA - SLA Time to resolve', 'Statistics - Waiting time', 'Statistics - Take into account time', 'Statistics - Resolution time', 'Followups - Description', 'Tasks - Description', 'Time to resolve + Progress']
	},
	{
		lang: 'pt', title: ['Título'], status: ['Status'], requester: ['Requerente - Requerente', 'Requerente'], technician: ['Atribuído - Técnico', 'Técnico'],
		group: ['Atribuído - Grupo técnico', 'Atribuído - Grupo', 'Grupo técnico'], priority: ['Prioridade'], category: ['Categoria'],
		opened: ['Data de abertura'], due: ['Tempo para solução'], solved: ['Data da solução', 'Data de solução'], closed: ['Data de fechamento'],
		exceeded: ['Tempo para resolver excedido', 'Tempo para solução excedido'], entity: ['Entidade'], source: ['Origem da requisição'], location: ['Localização'],
		known: ['Tipo', 'Urgência', 'Impacto', 'Última atualização', 'Tempo para atendimento', 'Descrição', 'Solução - Solução', 'Solução', 'SLA - SLA Tempo para solução', 'Estatísticas - Tempo de espera', 'Estatísticas - Tempo de atribuição', 'Estatísticas - Tempo de solução', 'Acompanhamentos - Descrição', 'Tarefas - Descrição']
	},
	{
		lang: 'fr', title: ['Titre'], status: ['Statut'], requester: ['Demandeur - Demandeur', 'Demandeur'], technician: ['Attribué à - Technicien', 'Technicien'],
		group: ['Attribué à - Groupe de techniciens', 'Attribué à - Groupe', 'Groupe de techniciens'], priority: ['Priorité'], category: ['Catégorie'],
		opened: ["Date d'ouverture"], due: ['Temps de résolution', 'Délai de résolution'], solved: ['Date de résolution', 'Date de solution'], closed: ['Date de clôture'],
		exceeded: ['Temps de résolution dépassé', 'Délai de résolution dépassé'], entity: ['Entité'], source: ['Source de la demande'], location: ['Lieu'],
		known: ['Type', 'Urgence', 'Impact', 'Dernière modification', 'Temps de prise en compte', 'Description', 'Solution - Solution', 'Solution', 'SLA - SLA Temps de résolution', 'Statistiques - Temps d\'attente', 'Statistiques - Temps de prise en compte', 'Statistiques - Temps de résolution', 'Suivis - Description', 'Suivis - Nombre de suivis', 'Tâches - Description']
	}
];

const languageName: Record<string, string> = { en: '', pt: ' (Portuguese headers)', fr: ' (French headers)' };

function glpiPreset(w: GlpiWords): ImportMapping {
	return {
		name: w.lang === 'en' ? 'glpi' : `glpi-${w.lang}`,
		label: `GLPI ticket export${languageName[w.lang]}`,
		kind: 'tickets',
		source: `GLPI ticket search "Export" (CSV, semicolons), search option labels in ${w.lang === 'en' ? 'English' : `GLPI's ${w.lang} translation`}`,
		signature: ['ID', w.title, w.status, w.requester, w.technician, w.priority, w.category, w.opened, w.due, w.solved, w.exceeded].map((x) => (Array.isArray(x) ? x.join('|') : x)),
		columns: {
			ticket_id: 'ID',
			created_at: w.opened,
			resolved_at: w.solved,
			closed_at: w.closed,
			sla_due_at: w.due,
			sla_breached: w.exceeded,
			caller_id: w.requester,
			client: w.entity,
			site: w.location,
			agent: w.technician,
			team: w.group,
			channel: w.source,
			priority: w.priority,
			category: w.category,
			status: w.status,
			subject: w.title
		},
		known: w.known,
		// GLPI writes dates in the user's format: d/m/Y H:i (pt, fr), Y-m-d H:i (en default).
		dateFormats: ['%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M', '%d-%m-%Y %H:%M', '%m/%d/%Y %H:%M'],
		nullTokens: ['-']
	};
}

export const glpiPresets: ImportMapping[] = words.map(glpiPreset);
