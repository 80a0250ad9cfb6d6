// How each date column of a file is read, decided from its values over the whole column
// (queries/import/date_profile.sql): ISO 8601, D/M/Y or M/D/Y, month words, Excel serials.
import type { Kind } from '$lib/canonical';
import type { Conn } from './db';

export const dateFieldsOf = (kind: Kind): string[] =>
	kind === 'tickets'
		? ['created_at', 'first_response_at', 'resolved_at', 'closed_at', 'sla_due_at', 'event_at']
		: ['planned_start', 'planned_end', 'actual_start', 'actual_end'];

export interface DateProfile {
	field: string;
	n: number;
	iso: number;
	ymd: number;
	numeric: number;
	first_over_12: number;
	second_over_12: number;
	numeric_short_years: number;
	separators: string[];
	named: number;
	named_short_years: number;
	ymd_separators: string[];
	serial: number;
	unreadable_example: string | null;
}

export interface ColumnReading {
	/** Bound into to_instant: ['iso'], ['serial'], ['names', ...] or strptime formats. */
	formats: string[];
	/** In the analyst's words, e.g. "M/D/YY H:MM (month first)". */
	label: string;
	/** No value decided day-first against month-first: a default was used. */
	ambiguous?: boolean;
}

export interface DateReadings {
	byField: Record<string, ColumnReading>;
	/** Said after the import: readings chosen without a deciding value, mixed columns. */
	notes: string[];
}

type Order = 'dmy' | 'mdy';

// Every time of day exports write after the date, tried in this order (none first).
const times = ['', ' %H:%M', ' %H:%M:%S', ' %H:%M:%S.%f', ' %I:%M %p', ' %I:%M:%S %p', ' %I:%M%p'];
// Wide enough for every real desk's history, narrow enough to catch a misread year (12 AD).
export const earliestYear = 1970;

const withTimes = (dates: string[]) => dates.flatMap((d) => times.map((t) => d + t));

/** strptime formats for a numeric day/month/year column (two-digit years tried first). */
function numericFormats(order: Order, separators: string[], shortYears: boolean, longYears: boolean): string[] {
	const years = [...(shortYears ? ['%y'] : []), ...(longYears ? ['%Y'] : [])];
	const dates = separators.flatMap((sep) =>
		years.map((y) => (order === 'dmy' ? ['%d', '%m', y] : ['%m', '%d', y]).join(sep))
	);
	return withTimes(dates);
}

const orderLabel = (order: Order, shortYears: boolean) =>
	order === 'dmy' ? `D/M/${shortYears ? 'YY' : 'YYYY'} (day first)` : `M/D/${shortYears ? 'YY' : 'YYYY'} (month first)`;

/** The order a preset's own format list puts first (a vendor's known locale), if any. */
export function orderOfFormats(formats: string[]): Order | null {
	for (const f of formats) {
		const d = f.indexOf('%d');
		const m = f.indexOf('%m');
		const y = f.search(/%[Yy]/);
		// Year first (ISO's %Y-%m-%d) says nothing about day against month.
		if (d >= 0 && m >= 0 && !(y >= 0 && y < Math.min(d, m))) return d < m ? 'dmy' : 'mdy';
	}
	return null;
}

const count = (n: number) => n.toLocaleString('en');

/**
 * Decides each column's reading. `given` (the analyst's --date-format or mapping) overrides
 * detection for every column; `hint` (a recognised format's vendor order) settles a column no
 * value decides, after the file's other date columns; else day first, the documented default.
 */
export function chooseReadings(profiles: DateProfile[], given: string[], hint: string[], headerOf: (field: string) => string): DateReadings {
	const byField: Record<string, ColumnReading> = {};
	const notes: string[] = [];
	if (given.length) {
		for (const p of profiles) {
			const formats = givenFor(p, given);
			byField[p.field] = { formats, label: `as given (${formats.join(' | ')})` };
		}
		return { byField, notes };
	}
	const undecided: DateProfile[] = [];
	// Columns read other than as ISO 8601, said after the import: field and what decided it.
	const shown: [string, string][] = [];
	const decided: Order[] = [];
	for (const p of profiles) {
		const kinds = { iso: p.iso, ymd: p.ymd, numeric: p.numeric, named: p.named, serial: p.serial };
		const [kind, seen] = Object.entries(kinds).sort((a, b) => b[1] - a[1])[0];
		if (seen === 0 || kind === 'iso') {
			// ISO reads one way only; the plain cast is kept for columns that are ISO throughout, and
			// for a shape none of these is (its years still checked: a misread lands outside them).
			byField[p.field] = seen === p.n || seen === 0 ? { formats: ['iso'], label: 'ISO 8601' } : { formats: ['%Y-%m-%d'], label: 'ISO 8601' };
		} else if (kind === 'ymd') {
			const seps = p.ymd_separators.length ? p.ymd_separators : ['/'];
			byField[p.field] = { formats: withTimes(seps.map((s) => ['%Y', '%m', '%d'].join(s))), label: 'Y/M/D' };
			shown.push([p.field, '']);
		} else if (kind === 'serial') {
			byField[p.field] = { formats: ['serial'], label: 'Excel serial day numbers' };
			shown.push([p.field, '']);
		} else if (kind === 'named') {
			const short = p.named_short_years > 0;
			const long = p.named_short_years < p.named;
			byField[p.field] = { formats: ['names', ...numericFormats('dmy', ['/'], short, long)], label: 'dates with month names' };
			shown.push([p.field, '']);
		} else {
			const order = orderDecidedBy(p);
			if (order) {
				decided.push(order);
				byField[p.field] = numericReading(p, order);
				shown.push([p.field, `${count(order === 'dmy' ? p.first_over_12 : p.second_over_12)} with a day above 12`]);
				const against = order === 'dmy' ? p.second_over_12 : p.first_over_12;
				if (against > 0) {
					notes.push(`${headerOf(p.field)}: ${count(order === 'dmy' ? p.first_over_12 : p.second_over_12)} dates read only day first and ${count(against)} only month first; read as ${byField[p.field].label}, the other ${count(against)} rejected`);
				}
			} else undecided.push(p);
		}
		// ISO 8601 values read in any column; the others off the column's shape are rejected.
		const off = p.n - seen - (kind === 'iso' ? 0 : p.iso);
		const example = p.unreadable_example ? ` (e.g. "${p.unreadable_example}")` : '';
		if (seen === 0) {
			notes.push(`${headerOf(p.field)}: no date shape onecall knows${example}; read by DuckDB's own cast, rejecting what it cannot read and years outside ${earliestYear} to next year`);
		} else if (off > 0) {
			notes.push(`${headerOf(p.field)}: ${count(off)} ${off === 1 ? 'value is' : 'values are'} not written like the rest of the column (${byField[p.field]?.label ?? 'day/month/year'})${example}: rejected`);
		}
	}
	const fileOrder = decided.length && decided.every((o) => o === decided[0]) ? decided[0] : null;
	const vendorOrder = orderOfFormats(hint);
	for (const p of undecided) {
		const order = fileOrder ?? vendorOrder ?? 'dmy';
		const why = fileOrder ? "as the file's other date columns" : vendorOrder ? "the recognised format's usual order" : 'the default';
		byField[p.field] = { ...numericReading(p, order), ambiguous: true };
		notes.push(`${headerOf(p.field)}: no date decides day/month against month/day (every part is 12 or less); read as ${byField[p.field].label}, ${why}. Give --date-format (or set it in the mapping screen) if that is wrong`);
	}
	const byLabel = new Map<string, string[]>();
	for (const [field, why] of shown) {
		const label = byField[field].label;
		byLabel.set(label, [...(byLabel.get(label) ?? []), why ? `${headerOf(field)} (${why})` : headerOf(field)]);
	}
	for (const [label, columns] of byLabel) notes.unshift(`dates read as ${label}: ${columns.join(', ')}`);
	return { byField, notes };
}

/**
 * The analyst's formats for one column. A list with both day-first and month-first forms
 * would read each value its own way (1/2 one way, 1/13 the other): the column's values
 * choose one order, else the one listed first.
 */
function givenFor(p: DateProfile, given: string[]): string[] {
	const orders = given.map((f) => orderOfFormats([f]));
	if (!(orders.includes('dmy') && orders.includes('mdy'))) return given;
	const order = orderDecidedBy(p) ?? orders.find((o) => o !== null);
	return given.filter((_, i) => orders[i] === null || orders[i] === order);
}

function orderDecidedBy(p: DateProfile): Order | null {
	if (p.first_over_12 > p.second_over_12) return 'dmy';
	if (p.second_over_12 > p.first_over_12) return 'mdy';
	return null;
}

function numericReading(p: DateProfile, order: Order): ColumnReading {
	const short = p.numeric_short_years > 0;
	const long = p.numeric_short_years < p.numeric;
	return { formats: numericFormats(order, p.separators.length ? p.separators : ['/'], short, long), label: orderLabel(order, short && !long) };
}

/**
 * Profiles the staged file's date columns (import_profile_rows, filled by the caller)
 * and decides how each is read; fields not mapped read as ISO (they hold no values).
 */
export async function readDates(conn: Conn, kind: Kind, mapped: string[], given: string[], hint: string[], headerOf: (field: string) => string): Promise<DateReadings> {
	const fields = dateFieldsOf(kind).filter((f) => mapped.includes(f));
	const profiles = fields.length ? await conn.all<DateProfile>('import/date_profile') : [];
	const readings = chooseReadings(profiles, given, hint, headerOf);
	for (const f of dateFieldsOf(kind)) readings.byField[f] ??= { formats: given.length ? given : ['iso'], label: given.length ? 'as given' : 'ISO 8601' };
	return readings;
}

/** The typing statements' parameters: each date field's formats ($fmt_<field>) and labels. */
export function dateParams(kind: Kind, readings: DateReadings): Record<string, string | string[] | number> {
	const params: Record<string, string | string[] | number> = {};
	const labels: Record<string, string> = {};
	for (const f of dateFieldsOf(kind)) {
		params[`fmt_${f}`] = readings.byField[f].formats;
		labels[f] = readings.byField[f].label;
	}
	params.date_labels = JSON.stringify(labels);
	params.earliest = `${earliestYear}-01-01`;
	// The year after this one: a due date can be ahead, a creation date from 2090 cannot.
	params.latest = `${new Date().getUTCFullYear() + 2}-01-01`;
	// Due and planned dates may lie far ahead; a misread (year 12) still falls before earliest.
	params.latest_due = '2200-01-01';
	return params;
}
