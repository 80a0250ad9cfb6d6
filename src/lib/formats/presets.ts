// The export formats onecall recognises, one module per vendor under presets/, each with
// its documented columns, the header signature that identifies it and where both come from.
import type { ImportMapping } from './mapping';
import { serviceNowPresets } from './presets/servicenow';
import { zendeskPresets } from './presets/zendesk';
import { freshworksPresets } from './presets/freshworks';
import { jiraPresets } from './presets/jira';
import { glpiPresets } from './presets/glpi';
import { datasetPresets } from './presets/datasets';

export const presets: ImportMapping[] = [
	...serviceNowPresets,
	...zendeskPresets,
	...freshworksPresets,
	...jiraPresets,
	...glpiPresets,
	...datasetPresets
];

/** The fall-back formats: canonical names and the synonyms of canonical.ts. */
export const genericFormats: Record<'tickets' | 'changes', ImportMapping> = {
	tickets: { name: 'generic-tickets', label: 'Generic tickets file (canonical names and synonyms)', kind: 'tickets', columns: {}, useSynonyms: true },
	changes: { name: 'generic-changes', label: 'Generic changes file (canonical names and synonyms)', kind: 'changes', columns: {}, useSynonyms: true }
};

export const presetByName = (name: string): ImportMapping | undefined =>
	[...presets, ...Object.values(genericFormats)].find((p) => p.name === name);
