// Recognises an export's format from its header line: the preset whose signature
// columns the header carries best, else the generic synonyms; runs in the browser too.
import { guessKind, normaliseHeader, type Kind } from '$lib/canonical';
import { resolveMapping, type ImportMapping, type ResolvedMapping } from './mapping';
import { genericFormats, presets } from './presets';

export interface Recognition {
	/** preset: a vendor format; generic: canonical names/synonyms; unrecognised: needs the mapping screen. */
	status: 'preset' | 'generic' | 'unrecognised';
	resolved: ResolvedMapping;
	/** Signature columns found, of how many (presets only). */
	matched: number;
	of: number;
	/** One sentence for the analyst: which format and why. */
	explanation: string;
}

/** A preset wins when the header carries at least this share of its signature. */
const threshold = 0.6;

function signatureScore(preset: ImportMapping, normalised: Set<string>): number {
	const sig = preset.signature ?? [];
	return sig.filter((entry) => entry.split('|').some((h) => normalised.has(normaliseHeader(h)))).length;
}

export function recognise(headers: string[], kind?: Kind): Recognition {
	const normalised = new Set(headers.map(normaliseHeader));
	let best: { preset: ImportMapping; matched: number; score: number } | null = null;
	for (const preset of presets) {
		if (kind && preset.kind !== kind) continue;
		const matched = signatureScore(preset, normalised);
		const of = preset.signature?.length ?? 0;
		const score = of ? matched / of : 0;
		if (score < threshold) continue;
		const resolved = resolveMapping(preset, headers);
		if (resolved.missingRequired.length) continue;
		// An event log is only one when the file has the update time or count to order by.
		if (preset.eventLog && !resolved.columns.has('event_seq') && !resolved.columns.has('event_at')) continue;
		// On a tie the longer signature is the more specific format.
		if (!best || score > best.score || (score === best.score && of > (best.preset.signature?.length ?? 0))) {
			best = { preset, matched, score };
		}
	}
	if (best) {
		const of = best.preset.signature?.length ?? 0;
		return {
			status: 'preset',
			resolved: resolveMapping(best.preset, headers),
			matched: best.matched,
			of,
			explanation: `recognised as ${best.preset.label} (${best.matched} of its ${of} signature columns)`
		};
	}
	const generic = genericFormats[kind ?? guessKind(headers) ?? 'tickets'];
	const resolved = resolveMapping(generic, headers);
	if (resolved.missingRequired.length === 0 && (kind || guessKind(headers))) {
		return {
			status: 'generic',
			resolved,
			matched: resolved.columns.size,
			of: headers.length,
			explanation: `no vendor format recognised; ${resolved.columns.size} of ${headers.length} columns matched canonical names`
		};
	}
	return {
		status: 'unrecognised',
		resolved,
		matched: resolved.columns.size,
		of: headers.length,
		explanation: `format not recognised: no column for ${resolved.missingRequired.join(', ')}; map the columns (mapping screen, or --mapping FILE.json)`
	};
}
