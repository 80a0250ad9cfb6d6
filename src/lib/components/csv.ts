// CSV for every table download, server or browser: RFC 4180 quoting, and text a spreadsheet
// would run as a formula (leading =, +, -, @, TAB or CR) prefixed with ' so it shows as text.

export type Cell = unknown;

// What a spreadsheet reads as a formula (or, for TAB and CR, strips and then reads as one).
const formulaStart = /^[=+\-@\t\r]/;
// A plain number such as -12.5 or +3 cannot run anything and stays a number.
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Text that could start a formula, prefixed with ' (the shared rule of every CSV onecall writes). */
export function neutraliseFormula(s: string): string {
	return formulaStart.test(s) && !plainNumber.test(s) ? `'${s}` : s;
}

/** One cell: formula-looking text neutralised, quoted when it holds a comma, quote or line break. */
export function csvCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	const s = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : neutraliseFormula(String(v));
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: Cell[]): string => cells.map(csvCell).join(',');

export function toCsv(header: string[], rows: Cell[][]): string {
	return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

/** Saves text as a file from the browser (a Blob link; nothing leaves the machine). */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	saveUrl(filename, url);
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveUrl(filename: string, url: string): void {
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
}

/** A file name from free text: "Cobalt Energy" -> "cobalt-energy". */
export const slug = (s: string): string =>
	s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
