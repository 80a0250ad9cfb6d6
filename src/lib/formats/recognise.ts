// Recognises an export's format from its header line: every preset is scored, the best
// one that can fill the required fields wins (its runner-up named when close), else the
// generic synonyms; runs in the browser too. Event log or list is settled later, from the data.
import { fieldsOf, guessKind, normaliseHeader, ticketFields, changeFields, type Kind } from '$lib/canonical';
import { resolveMapping, type ImportMapping, type ResolvedMapping } from './mapping';
import { genericFormats, presets } from './presets';

export interface PresetScore {
	name: string;
	label: string;
	/** 0..1: 0.6 x share of the signature found + 0.4 x share of the file's columns the preset knows. */
	score: number;
	matched: number;
	of: number;
	/** Why it could not be used although it scored (a required field missing), if so. */
	unusable?: string;
}

export interface Recognition {
	/** preset: a vendor format; generic: canonical names/synonyms; unrecognised: needs the mapping screen. */
	status: 'preset' | 'generic' | 'unrecognised';
	resolved: ResolvedMapping;
	/** Signature columns found, of how many (presets only). */
	matched: number;
	of: number;
	/** The winner's score (presets only) and the best other preset when within 0.1 of it. */
	score?: number;
	runnerUp?: PresetScore;
	/** Every preset that scored above zero, best first. */
	scores: PresetScore[];
	/** One sentence for the analyst: which format and why. */
	explanation: string;
}

/** A preset applies from this score, with at least `minMatched` signature columns. */
const threshold = 0.5;
const minMatched = 3;
const closeMargin = 0.1;

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every header spelling a preset knows: mapped columns, signature alternatives, known extras. */
function vocabulary(preset: ImportMapping): Set<string> {
	const words = [
		...Object.values(preset.columns).flatMap(list),
		...(preset.signature ?? []).flatMap((s) => s.split('|')),
		...(preset.known ?? [])
	];
	return new Set(words.map(normaliseHeader));
}

export function scorePreset(preset: ImportMapping, headers: string[]): PresetScore {
	const normalised = new Set(headers.map(normaliseHeader));
	const sig = preset.signature ?? [];
	const matched = sig.filter((entry) => entry.split('|').some((h) => normalised.has(normaliseHeader(h)))).length;
	const known = vocabulary(preset);
	const named = headers.filter((h) => normaliseHeader(h) !== '');
	const explained = named.filter((h) => known.has(normaliseHeader(h))).length;
	const score = sig.length ? 0.6 * (matched / sig.length) + 0.4 * (named.length ? explained / named.length : 0) : 0;
	return { name: preset.name, label: preset.label ?? preset.name, score: Math.round(score * 1000) / 1000, matched, of: sig.length };
}

/** Why a preset's mapping cannot be used on these headers, or null when it can. */
function unusableReason(preset: ImportMapping, resolved: ResolvedMapping): string | null {
	if (resolved.missingRequired.length) return `no column for ${resolved.missingRequired.join(', ')}`;
	if (preset.requireAny && !preset.requireAny.some((f) => resolved.columns.has(f))) return `none of ${preset.requireAny.join(', ')}`;
	if (preset.eventLog === true && !resolved.columns.has('event_seq') && !resolved.columns.has('event_at')) return 'no update time or count to order events by';
	return null;
}

const percent = (s: number) => s.toFixed(2);

export function recognise(headers: string[], kind?: Kind): Recognition {
	const scores: (PresetScore & { preset: ImportMapping; resolved: ResolvedMapping })[] = [];
	for (const preset of presets) {
		if (kind && preset.kind !== kind) continue;
		const s = scorePreset(preset, headers);
		if (s.score === 0) continue;
		const resolved = resolveMapping(preset, headers);
		const unusable = unusableReason(preset, resolved);
		scores.push({ ...s, ...(unusable ? { unusable } : {}), preset, resolved });
	}
	// On a tie the longer signature is the more specific format.
	scores.sort((a, b) => b.score - a.score || b.of - a.of);
	const publicScores: PresetScore[] = scores.map(({ preset: _p, resolved: _r, ...s }) => s);
	const usable = scores.filter((s) => !s.unusable && s.score >= threshold && s.matched >= minMatched);
	const best = usable[0];
	if (best) {
		const others = publicScores.filter((s) => s.name !== best.name && s.score >= best.score - closeMargin && s.score >= threshold);
		const runnerUp = others[0];
		const close = runnerUp ? `; runner-up ${runnerUp.label} (score ${percent(runnerUp.score)}${runnerUp.unusable ? `, unusable: ${runnerUp.unusable}` : ''})` : '';
		return {
			status: 'preset',
			resolved: best.resolved,
			matched: best.matched,
			of: best.of,
			score: best.score,
			...(runnerUp ? { runnerUp } : {}),
			scores: publicScores,
			explanation: `recognised as ${best.label} (score ${percent(best.score)}: ${best.matched} of its ${best.of} signature columns)${close}`
		};
	}
	const guessed = kind ?? guessKind(headers);
	const generic = genericFormats[guessed ?? 'tickets'];
	const resolved = resolveMapping(generic, headers);
	if (resolved.missingRequired.length === 0 && guessed) {
		return {
			status: 'generic',
			resolved,
			matched: resolved.columns.size,
			of: headers.length,
			scores: publicScores,
			explanation: `no vendor format recognised; ${resolved.columns.size} of ${headers.length} columns matched canonical names`
		};
	}
	const closest = scores[0];
	const near = closest ? ` Closest format: ${closest.label} (score ${percent(closest.score)}${closest.unusable ? `: ${closest.unusable}` : ''}).` : '';
	return {
		status: 'unrecognised',
		resolved,
		matched: resolved.columns.size,
		of: headers.length,
		scores: publicScores,
		explanation: `format not recognised: no column for ${resolved.missingRequired.join(', ')}: ${missingExplained(resolved, headers)}.${near} Map the columns (mapping screen, or --mapping FILE.json)`
	};
}

/**
 * Header spellings looked for a field: canonical name and synonyms, then every preset's.
 * Named in refusals so the analyst sees why "Ticket ID" alone was not enough.
 */
export function lookedFor(field: string, kind: Kind): string[] {
	const def = (kind === 'tickets' ? ticketFields : changeFields).find((f) => f.name === field);
	const names = [field, ...(def?.synonyms ?? []), ...presets.filter((p) => p.kind === kind).flatMap((p) => list(p.columns[field]))];
	const seen = new Set<string>();
	return names.filter((n) => !seen.has(normaliseHeader(n)) && seen.add(normaliseHeader(n)));
}

/** "no creation column (looked for: ...); ticket_id found in "Ticket ID"", in the product's words. */
export function missingExplained(resolved: ResolvedMapping, headers: string[]): string {
	const kind = resolved.mapping.kind;
	const words: Record<string, string> = { ticket_id: 'ticket id column', created_at: 'creation date column', change_id: 'change id column' };
	const missing = resolved.missingRequired.map((f) => {
		const names = lookedFor(f, kind);
		const shown = names.slice(0, 24).map((n) => `"${n}"`).join(', ');
		return `no ${words[f] ?? `${f} column`} recognised (looked for ${shown}${names.length > 24 ? `, and ${names.length - 24} more` : ''})`;
	});
	const found = fieldsOf(kind)
		.filter((f) => f.required && resolved.columns.has(f.name))
		.map((f) => `${f.name} found in "${resolved.columns.get(f.name)![0]}"`);
	const foundElsewhere = fieldsOf(kind)
		.filter((f) => f.required && !resolved.columns.has(f.name))
		.flatMap((f) => {
			const normal = new Set(lookedFor(f.name, kind).map(normaliseHeader));
			const h = headers.find((x) => normal.has(normaliseHeader(x)));
			return h ? [`${f.name} would be "${h}"`] : [];
		});
	return [...missing, ...found, ...foundElsewhere].join('; ');
}
