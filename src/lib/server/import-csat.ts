// A file's satisfaction scale, decided from its values (queries/import/csat_profile.sql):
// 1-5, 1-10, 0-10, good/bad or a vendor's labels; survey non-responses are no score.
import type { Conn } from './db';

export interface CsatValue {
	value: string;
	n: number;
	number: number | null;
}

export interface CsatReading {
	/** The file's scale ('' when it has no scores); a csat_scale column still wins per row. */
	scale: string;
	/** Label (lower case, accents stripped, single spaces) -> score on the scale; numbers read as they are. */
	labels: Record<string, number>;
	/** The file's survey non-responses (offered or sent, not answered): no score, never an error. */
	blanks: string[];
	/** Answers among the values profiled (non-responses and empty cells aside). */
	responses: number;
	notes: string[];
}

/** Scales the metrics normalise (queries/routines/scoped_tickets.sql). */
export const knownScales = ['1-5', '1-10', '0-10', 'good/bad', '1-7', '1-3'];

const nonResponses = [
	'offered', 'unoffered', 'not offered', 'no rating', 'not rated', 'unrated', 'no response', 'not answered', 'survey sent', 'sent', 'pending',
	'sem avaliacao', 'sin calificar', 'non evalue', 'keine bewertung'
];

// Satisfaction words in the vendors' and the five languages' usual forms (accents stripped).
type Level = 'XD' | 'D' | 'SD' | 'N' | 'SS' | 'S' | 'XS';
const words: Record<string, Level> = {};
const say = (level: Level, ...labels: string[]) => labels.forEach((l) => (words[l] = level));
say('XD', 'extremely dissatisfied', 'very dissatisfied', 'very unsatisfied', 'extremely unsatisfied', 'muy insatisfecho', 'muito insatisfeito', 'tres insatisfait', 'sehr unzufrieden');
say('D', 'dissatisfied', 'unsatisfied', 'bad', 'not good', 'unhappy', 'negative', "bad, i'm unsatisfied", 'insatisfecho', 'insatisfeito', 'insatisfait', 'unzufrieden', 'malo', 'ruim', 'mauvais', 'schlecht');
say('SD', 'slightly dissatisfied', 'somewhat dissatisfied', 'algo insatisfecho', 'pouco insatisfeito', 'plutot insatisfait', 'eher unzufrieden');
say('N', 'neutral', 'just okay', 'okay', 'ok', 'neither satisfied nor dissatisfied', 'neutro', 'neutre');
say('SS', 'slightly satisfied', 'somewhat satisfied', 'algo satisfecho', 'pouco satisfeito', 'plutot satisfait', 'eher zufrieden');
say('S', 'satisfied', 'good', 'awesome', 'happy', 'positive', "good, i'm satisfied", 'satisfecho', 'satisfeito', 'satisfait', 'zufrieden', 'bueno', 'bom', 'bon', 'gut');
say('XS', 'extremely satisfied', 'very satisfied', 'muy satisfecho', 'muito satisfeito', 'tres satisfait', 'sehr zufrieden');

const scores: Record<string, Partial<Record<Level, number>>> = {
	'1-7': { XD: 1, D: 2, SD: 3, N: 4, SS: 5, S: 6, XS: 7 },
	'1-5': { XD: 1, D: 2, N: 3, S: 4, XS: 5 },
	'1-3': { D: 1, N: 2, S: 3 },
	'good/bad': { D: 0, S: 1 }
};

const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');

/** The range a scale holds, [low, high]; good/bad is 0 (bad) and 1 (good). */
export function scaleRange(scale: string): [number, number] | null {
	if (scale === 'good/bad') return [0, 1];
	const m = /^(\d+)-(\d+)$/.exec(scale);
	return m ? [Number(m[1]), Number(m[2])] : null;
}

const fits = (scale: string, numbers: number[]) => {
	const range = scaleRange(scale);
	return range !== null && numbers.every((x) => x >= range[0] && x <= range[1] && (scale !== 'good/bad' || Number.isInteger(x)));
};

/**
 * Decides the scale. `given` (--csat-scale, the analyst's mapping) is used as it is; `hint`
 * (a recognised format's usual scale) when every value fits it; else from the values:
 * labels by their words (a "slightly" makes seven points), numbers by their range, where
 * ten points need two different values above 5 (a lone 6 on a 1-5 file is an error).
 */
export function chooseScale(values: CsatValue[], given: string | undefined, hint: string | undefined, header: string): CsatReading {
	const blanks = values.filter((v) => nonResponses.includes(plain(v.value))).map((v) => v.value);
	const answers = values.filter((v) => !blanks.includes(v.value));
	const numbers = answers.filter((v) => v.number !== null);
	const labelled = answers.filter((v) => v.number === null && words[plain(v.value)] !== undefined);
	const total = (list: CsatValue[]) => list.reduce((s, v) => s + v.n, 0);
	const notes: string[] = [];
	const levels = new Set(labelled.map((v) => words[plain(v.value)]));
	const labelScale = levels.has('SD') || levels.has('SS') ? '1-7' : levels.has('XD') || levels.has('XS') ? '1-5' : levels.has('N') ? '1-3' : 'good/bad';
	// Every word of the scale, not only those seen: a label first met past the profiled rows reads too.
	const labelsOn = (scale: string) =>
		Object.fromEntries(Object.entries(words).flatMap(([word, level]) => {
			const score = scores[scale]?.[level];
			return score === undefined ? [] : [[word, score]];
		}));
	const nums = numbers.map((v) => v.number!);
	let scale: string;
	let why: string;
	if (given && !knownScales.includes(given)) {
		throw new Error(`the CSAT scale must be one of ${knownScales.join(', ')}, not "${given}"`);
	}
	if (given) {
		scale = given;
		why = 'as given';
	} else if (total(answers) === 0) {
		return { scale: hint ?? '', labels: {}, blanks, responses: 0, notes };
	} else if (total(labelled) > total(numbers)) {
		scale = labelScale;
		why = `from its labels (${labelled.slice(0, 3).map((v) => `"${v.value}"`).join(', ')}${labelled.length > 3 ? ', ...' : ''})`;
	} else if (hint && fits(hint, nums)) {
		scale = hint;
		why = "the recognised format's scale, which every value fits";
	} else {
		const aboveFive = new Set(nums.filter((x) => x > 5 && x <= 10));
		const onlyBinary = nums.every((x) => x === 0 || x === 1) && nums.includes(0);
		scale = onlyBinary ? 'good/bad' : aboveFive.size >= 2 ? (nums.includes(0) ? '0-10' : '1-10') : '1-5';
		why = `from its values (${Math.min(...nums)} to ${Math.max(...nums)})`;
	}
	const labels = labelsOn(scale);
	const range = scaleRange(scale);
	const outside = range ? numbers.filter((v) => v.number! < range[0] || v.number! > range[1]) : [];
	const unknown = answers.filter((v) => v.number === null && labels[plain(v.value)] === undefined);
	const rejected = total(outside) + total(unknown);
	notes.push(
		`${header}: satisfaction read on the ${scale} scale, ${why}` +
			(blanks.length ? `; ${total(values.filter((v) => blanks.includes(v.value))).toLocaleString('en')} non-responses (${blanks.slice(0, 3).map((b) => `"${b}"`).join(', ')}) count as no score` : '') +
			(rejected ? `; ${rejected.toLocaleString('en')} ${rejected === 1 ? 'value' : 'values'} off the scale rejected` : '')
	);
	return { scale, labels, blanks, responses: total(answers), notes };
}

/** Profiles import_profile_rows' satisfaction column and decides its scale. */
export async function readCsat(conn: Conn, given: string | undefined, hint: string | undefined, header: string): Promise<CsatReading> {
	return chooseScale(await conn.all<CsatValue>('import/csat_profile'), given, hint, header);
}

export const csatParams = (r: CsatReading) => ({
	csat_scale: r.scale,
	csat_labels: JSON.stringify(r.labels),
	csat_blanks: nonResponses
});
