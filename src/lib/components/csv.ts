// CSV for every table download: RFC 4180 quoting, and cells starting with =, +, - or @
// prefixed with ' so a spreadsheet shows them as text instead of running them as formulas.

export type Cell = string | number | boolean | null | undefined;

/** One cell: text that could be a formula is neutralised, numbers stay numbers. */
export function csvCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	let s = String(v);
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
