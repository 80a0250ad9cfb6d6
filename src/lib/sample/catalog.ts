// Fixed vocabulary of the sample helpdesk: clients, teams, services, categories and subject lines.
// Kept as data apart from the generator so the shape of the sample can be tuned without touching its logic.

export interface ClientDef {
	name: string;
	city: string;
	/** Added to the probability of a first-contact fix: one client is visibly harder to serve. */
	fcrAdj?: number;
	/** Some healthcare clients survey on a 1-10 scale, which the app must normalise. */
	scale10?: boolean;
}

/** Deliberately includes a name with a comma so the client column exercises CSV quoting. */
export const CLIENTS: ClientDef[] = [
	{ name: 'Northwind Logistics', city: 'Rotterdam' },
	{ name: 'Contoso Pharma', city: 'Basel' },
	{ name: 'Fabrikam Manufacturing', city: 'Eindhoven' },
	{ name: 'Brightwater Utilities', city: 'Leeds', fcrAdj: -0.17 },
	{ name: 'Alder, Finch & Partners', city: 'London' },
	{ name: 'Harbor Point Hotels', city: 'Dublin' },
	{ name: 'Meridian Health Partners', city: 'Utrecht', scale10: true },
	{ name: 'Bluepeak Insurance', city: 'Zurich' },
	{ name: 'Ironbridge Engineering', city: 'Birmingham' },
	{ name: 'Greenleaf Foods', city: 'Ghent' },
	{ name: 'Summit Retail Group', city: 'Manchester' },
	{ name: 'Cobalt Energy', city: 'Aberdeen' },
	{ name: 'Lakeside Municipality', city: 'Zwolle' },
	{ name: 'Oakridge Schools Trust', city: 'Bristol' },
	{ name: 'Vantage Capital', city: 'Frankfurt' },
	{ name: 'Redwood Architects', city: 'Copenhagen' },
	{ name: 'Silverline Transport', city: 'Antwerp' },
	{ name: 'Pioneer Agritech', city: 'Wageningen' },
	{ name: 'Crescent Media', city: 'Amsterdam' },
	{ name: 'Atlas Freight', city: 'Hamburg' },
	{ name: 'Kestrel Aviation Services', city: 'Schiphol' },
	{ name: 'Willow Care Homes', city: 'Norwich' },
	{ name: 'Granite Construction', city: 'Glasgow' },
	{ name: 'Beacon Credit Union', city: 'Cork' },
	{ name: 'Horizon Telecom', city: 'Brussels' },
	{ name: 'Maple & Stone Accountants', city: 'The Hague' },
	{ name: 'Evergreen Housing Association', city: 'Sheffield' },
	{ name: 'Tidewater Marine', city: 'Southampton' },
	{ name: 'Quantum Labs', city: 'Cambridge' },
	{ name: 'Sterling Wealth', city: 'Luxembourg' },
	{ name: 'Riverbend Hospital', city: 'Nijmegen', scale10: true },
	{ name: 'Falcon Security Services', city: 'Lille' },
	{ name: 'Copperfield Brewing', city: 'Leuven' },
	{ name: 'Nordic Timber', city: 'Gothenburg' },
	{ name: 'Starling Retail', city: 'Cologne' },
	{ name: 'Sapphire Travel', city: 'Lyon' },
	{ name: 'Orchard Valley Dairy', city: 'Groningen' },
	{ name: 'Clearview Opticians', city: 'Edinburgh' },
	{ name: 'Bridgewater Consulting', city: 'Oxford' },
	{ name: 'Highland Water Board', city: 'Inverness' }
];

/** Extra sites: offices, depots and plants a client may have beyond its head office. */
export const SITE_NAMES = [
	'Amsterdam Office', 'Arnhem Depot', 'Breda Plant', 'Coventry Office', 'Delft Lab', 'Derby Warehouse',
	'Dortmund Office', 'Haarlem Branch', 'Leiden Office', 'Liverpool Office', 'Maastricht Office',
	'Mechelen Warehouse', 'Newcastle Branch', 'Nottingham Office', 'Reading Office', 'Tilburg Warehouse',
	'Venlo Distribution Centre', 'York Branch'
];

export interface TeamDef {
	name: string;
	agents: number;
	/** Added to the first-contact fix probability: specialist queues get the harder, escalated work. */
	fcr: number;
	/** Multiplies resolution times. */
	speed: number;
}

export const L1 = 'Service Desk L1';

export const TEAMS: TeamDef[] = [
	{ name: L1, agents: 22, fcr: 0.04, speed: 0.6 },
	{ name: 'Network', agents: 6, fcr: -0.12, speed: 1.4 },
	{ name: 'Workplace', agents: 7, fcr: -0.07, speed: 1.2 },
	{ name: 'Applications', agents: 7, fcr: -0.11, speed: 1.5 },
	{ name: 'Identity & Access', agents: 5, fcr: -0.02, speed: 0.9 },
	{ name: 'Field Services', agents: 6, fcr: -0.15, speed: 2.2 },
	{ name: 'Database', agents: 3, fcr: -0.12, speed: 1.6 },
	{ name: 'Security', agents: 4, fcr: -0.06, speed: 1.1 }
];

export const FIRST_NAMES = [
	'Maria', 'Jan', 'Sophie', 'Ahmed', 'Lucas', 'Emma', 'Noah', 'Fatima', 'Daniel', 'Laura', 'Tomasz',
	'Priya', 'Oliver', 'Chloe', 'Mohammed', 'Anna', 'Pieter', 'Ines', 'Marco', 'Elena', 'Kofi', 'Sara',
	'David', 'Julia', 'Ravi', 'Hannah', 'Lars', 'Yasmin', 'Pablo', 'Eva', 'Stefan', 'Nadia', 'Liam', 'Mei',
	'Joao', 'Karin', 'Omar', 'Lotte', 'Ben', 'Aisha', 'Thomas', 'Zoe', 'Ivan', 'Leila', 'Sven', 'Grace',
	'Matteo', 'Amira', 'Erik', 'Chen', 'Rosa', 'Viktor', 'Hugo', 'Freya', 'Samir', 'Clara', 'Jonas',
	'Mila', 'Arjun', 'Bram', 'Nina', 'Felix', 'Olga', 'Ruben'
];

export interface ServiceDef {
	name: string;
	/** Share of clients that use it; 1 for the workplace basics every client has. */
	adoption: number;
	/** Relative number of changes made to it. */
	changes: number;
}

export const SERVICES: ServiceDef[] = [
	{ name: 'Active Directory', adoption: 1, changes: 2 },
	{ name: 'Exchange Online', adoption: 1, changes: 2 },
	{ name: 'Microsoft 365', adoption: 1, changes: 2 },
	{ name: 'Windows Desktop', adoption: 1, changes: 3 },
	{ name: 'Wi-Fi', adoption: 1, changes: 2 },
	{ name: 'LAN', adoption: 1, changes: 1.5 },
	{ name: 'Internet Gateway', adoption: 1, changes: 1.5 },
	{ name: 'Print Services', adoption: 1, changes: 1 },
	{ name: 'Teams Telephony', adoption: 1, changes: 1 },
	{ name: 'Endpoint Protection', adoption: 1, changes: 1.5 },
	{ name: 'ServiceNow Portal', adoption: 1, changes: 1 },
	{ name: 'Mobile Devices', adoption: 1, changes: 1 },
	{ name: 'VPN Gateway', adoption: 0.75, changes: 2 },
	{ name: 'SharePoint Online', adoption: 0.6, changes: 1 },
	{ name: 'Adobe Acrobat', adoption: 0.5, changes: 0.5 },
	{ name: 'Citrix', adoption: 0.45, changes: 2.5 },
	{ name: 'SAP ERP', adoption: 0.4, changes: 3 },
	{ name: 'Salesforce', adoption: 0.35, changes: 1.5 },
	{ name: 'Workday HR', adoption: 0.4, changes: 1 },
	{ name: 'SQL Server', adoption: 0.45, changes: 1.5 },
	{ name: 'Oracle Database', adoption: 0.3, changes: 1.5 },
	{ name: 'Data Warehouse', adoption: 0.3, changes: 1 }
];

export interface CategoryDef {
	name: string;
	weight: number;
	/**
	 * Subject lines per subcategory; `{service}` and `{site}` are filled in per ticket. The optional
	 * service list keeps pairings plausible (no "Monitor flickering" on Mobile Devices).
	 */
	subcategories: [name: string, subjects: string[], services?: string[]][];
	services: string[];
	teams: [team: string, weight: number][];
	/** Added to the first-contact fix probability: hardware needs parts or a visit, passwords do not. */
	fcrAdj: number;
}

export const CATEGORIES: CategoryDef[] = [
	{
		name: 'Access & Passwords', weight: 18, fcrAdj: 0.08,
		services: ['Active Directory', 'Microsoft 365', 'SAP ERP', 'Salesforce', 'Workday HR', 'Citrix'],
		teams: [[L1, 0.85], ['Identity & Access', 0.15]],
		subcategories: [
			['Password reset', ['Password reset request', 'Forgot password for {service}', 'Password expired, cannot log in']],
			['Account locked', ['Account locked out after too many attempts', 'Locked out of {service}']],
			['MFA', ['MFA prompt not arriving on phone', 'New phone, need MFA re-registered'], ['Active Directory', 'Microsoft 365']],
			['Permissions', ['Need access to shared drive "Finance"', 'Request access to {service}']]
		]
	},
	{
		name: 'Email', weight: 12, fcrAdj: 0.02,
		services: ['Exchange Online', 'Microsoft 365'],
		teams: [[L1, 0.75], ['Applications', 0.2], ['Security', 0.05]],
		subcategories: [
			['Mailbox full', ['Mailbox full, cannot send', 'Increase mailbox quota']],
			['Delivery failure', ['Emails to external domain bounce with "550 5.7.1"', 'Messages stuck in Outbox']],
			['Outlook', ['Outlook crashes on start', 'Outlook keeps asking for password, even after reset']],
			['Shared mailbox', ['Cannot see shared mailbox "Sales"', 'Add colleague to shared mailbox']],
			['Calendar', ['Meeting invites not showing, calendar out of sync']]
		]
	},
	{
		name: 'Hardware', weight: 11, fcrAdj: -0.14,
		services: ['Windows Desktop', 'Mobile Devices'],
		teams: [[L1, 0.4], ['Workplace', 0.35], ['Field Services', 0.25]],
		subcategories: [
			['Laptop', ['Laptop will not boot', 'Laptop very slow, fan very loud', 'Broken laptop screen'], ['Windows Desktop']],
			['Monitor', ['Second monitor not detected', 'Monitor flickering at {site}'], ['Windows Desktop']],
			['Docking station', ['Docking station: no display, no USB'], ['Windows Desktop']],
			['Peripherals', ['Keyboard and mouse not working', 'Headset microphone not working'], ['Windows Desktop']],
			['Mobile phone', ['Company phone not syncing mail', 'Replacement phone needed, screen cracked'], ['Mobile Devices']]
		]
	},
	{
		name: 'Network', weight: 7, fcrAdj: -0.06,
		services: ['Wi-Fi', 'LAN', 'Internet Gateway'],
		teams: [[L1, 0.35], ['Network', 0.5], ['Field Services', 0.15]],
		subcategories: [
			['No connectivity', ['No network at desk, {site}', 'Network port dead in meeting room'], ['LAN']],
			['Slow network', ['Network very slow, pages time out'], ['LAN', 'Wi-Fi']],
			['Wi-Fi', ['Wi-Fi drops every few minutes', 'Cannot connect to guest Wi-Fi at {site}'], ['Wi-Fi']],
			['Internet', ['Website blocked by proxy: "Access denied"', 'No internet access on 2nd floor'], ['Internet Gateway']]
		]
	},
	{
		name: 'Software', weight: 14, fcrAdj: 0,
		services: ['Microsoft 365', 'Adobe Acrobat', 'Citrix', 'SharePoint Online', 'Windows Desktop'],
		teams: [[L1, 0.55], ['Applications', 0.35], ['Workplace', 0.1]],
		subcategories: [
			['Install request', ['Please install {service} on new laptop'], ['Microsoft 365', 'Adobe Acrobat', 'Citrix']],
			['Application error', ['{service} error "Unexpected error, contact administrator"', '{service} freezes when saving']],
			['License', ['License expired for {service}', 'Request additional license']],
			['Update', ['Update failed, {service} will not start']],
			['Performance', ['{service} very slow since this morning']]
		]
	},
	{
		name: 'Printing', weight: 6, fcrAdj: 0.02,
		services: ['Print Services'],
		teams: [[L1, 0.6], ['Workplace', 0.25], ['Field Services', 0.15]],
		subcategories: [
			['Printer offline', ['Printer on 3rd floor shows "Offline"', 'Cannot print to {site} printer']],
			['Paper jam', ['Paper jam, tray 2']],
			['Print queue', ['Print jobs stuck in queue']],
			['Scanner', ['Scan to email not working']]
		]
	},
	{
		name: 'Telephony', weight: 5, fcrAdj: -0.02,
		services: ['Teams Telephony'],
		teams: [[L1, 0.6], ['Network', 0.25], ['Workplace', 0.15]],
		subcategories: [
			['Softphone', ['Teams calls drop after 30 seconds', 'No dial tone on softphone']],
			['Voicemail', ['Voicemail PIN reset']],
			['Call queue', ['Call queue "Reception" not ringing']]
		]
	},
	{
		name: 'Accounts', weight: 8, fcrAdj: -0.02,
		services: ['Active Directory', 'Workday HR', 'Microsoft 365'],
		teams: [[L1, 0.5], ['Identity & Access', 0.5]],
		subcategories: [
			['New starter', ['New starter, account and laptop for Monday', 'Create account for new employee']],
			['Leaver', ['Leaver: disable account, forward mail to manager']],
			['Change of details', ['Name change, please update account and email']],
			['Group membership', ['Add user to group "Finance-RW"'], ['Active Directory']]
		]
	},
	{
		name: 'VPN', weight: 6, fcrAdj: -0.02,
		services: ['VPN Gateway'],
		teams: [[L1, 0.6], ['Network', 0.4]],
		subcategories: [
			['Cannot connect', ['VPN will not connect, error 809', 'VPN connects but no access to drives']],
			['Disconnects', ['VPN disconnects every hour']],
			['Certificate', ['VPN certificate expired']]
		]
	},
	{
		name: 'Database', weight: 3, fcrAdj: -0.05,
		services: ['SQL Server', 'Oracle Database', 'Data Warehouse'],
		teams: [['Applications', 0.3], ['Database', 0.7]],
		subcategories: [
			['Performance', ['Report query takes 20 minutes, used to take 2']],
			['Report failure', ['Nightly report failed: "ORA-01555 snapshot too old"', 'Dashboard shows no data since yesterday']],
			['Connection', ['Application cannot connect to {service}']]
		]
	},
	{
		name: 'Security', weight: 3, fcrAdj: 0,
		services: ['Endpoint Protection', 'Exchange Online', 'Mobile Devices'],
		teams: [[L1, 0.4], ['Security', 0.6]],
		subcategories: [
			['Phishing', ['Suspicious email "Invoice overdue", clicked the link', 'Phishing email reported'], ['Exchange Online']],
			['Malware', ['Antivirus alert on laptop'], ['Endpoint Protection']],
			['Lost device', ['Lost laptop on the train, please wipe', 'Lost company phone'], ['Mobile Devices', 'Endpoint Protection']]
		]
	},
	{
		name: 'Business Applications', weight: 6, fcrAdj: -0.04,
		services: ['SAP ERP', 'Salesforce', 'Workday HR', 'ServiceNow Portal'],
		teams: [[L1, 0.35], ['Applications', 0.65]],
		subcategories: [
			['Transaction error', ['{service} transaction hangs', 'Cannot post invoice in {service}']],
			['Reporting', ['{service} report shows wrong totals']],
			['Workflow', ['{service} form will not submit', 'Approval stuck in {service}']]
		]
	}
];

/** Subjects of incidents raised right after a change broke something. */
export const OUTAGE_SUBJECTS = [
	'{service} down since this morning',
	"{service} not working after last night's maintenance",
	'{service} very slow, whole department affected',
	'Error "Service unavailable" in {service}',
	'{service} login fails, colleagues too'
];

export const CHANGE_SUMMARIES = [
	'Patch {service} to latest security update',
	'Upgrade {service} to new major version',
	'Renew certificates on {service}',
	'Migrate {service} to new cluster',
	'Configuration change: {service} routing rules',
	'Decommission legacy {service} nodes',
	'Apply vendor hotfix for {service}, phase 2',
	'Update "{service}" load balancer pool'
];

export const FOLLOW_UP_PREFIXES = ['Re: ', 'Still not fixed: ', 'Follow-up: ', 'Again: '];

export const CHANNELS: [name: string, weight: number, fcrAdj: number][] = [
	['phone', 38, 0.04],
	['email', 25, -0.05],
	['portal', 22, -0.04],
	['chat', 12, 0.03],
	['walk-in', 3, 0.06]
];

/** Priority mix, resolution target (SLA) and median resolution time, in hours. */
export const PRIORITIES: [name: string, weight: number, targetH: number, medianH: number, fcrAdj: number][] = [
	['P1', 3, 4, 1.4, -0.1],
	['P2', 12, 8, 2.6, -0.04],
	['P3', 50, 24, 5, 0],
	['P4', 35, 72, 14, 0.02]
];
