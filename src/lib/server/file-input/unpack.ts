// Containers unpacked to a CSV file on the way in, streaming: gzip (node:zlib), a ZIP
// holding one CSV (yauzl) and an XLSX workbook's first sheet (exceljs's streaming reader).
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
// Types only: the modules load on the first ZIP or XLSX file (exceljs alone costs a
// plain CSV import ~150 ms of start-up).
import type yauzl from 'yauzl';
import type ExcelJS from 'exceljs';

/** A reason the container cannot be read, in the analyst's words. */
export class UnpackError extends Error {}

export async function gunzip(source: string, target: string): Promise<void> {
	try {
		await pipeline(createReadStream(source), createGunzip(), createWriteStream(target));
	} catch (err) {
		throw new UnpackError(`it starts like a gzip file but cannot be unpacked (${(err as Error).message})`);
	}
}

const csvName = /\.(csv|tsv|txt)$/i;
// Folders, macOS resource forks and hidden files are not the export.
const isJunk = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\./.test(name);

/** What a ZIP archive holds: an XLSX workbook, or its CSV entries. */
export async function zipContents(file: string): Promise<{ workbook: boolean; csv: string[]; all: string[] }> {
	const zip = await openZip(file);
	try {
		const all: string[] = [];
		await new Promise<void>((resolve, reject) => {
			zip.on('entry', (entry: yauzl.Entry) => (all.push(entry.fileName), zip.readEntry()));
			zip.on('end', resolve);
			zip.on('error', reject);
			zip.readEntry();
		}).catch((err) => {
			throw new UnpackError(`it starts like a ZIP archive but cannot be read (${(err as Error).message})`);
		});
		const workbook = all.includes('xl/workbook.xml');
		return { workbook, csv: all.filter((n) => !isJunk(n) && csvName.test(n)), all: all.filter((n) => !isJunk(n)) };
	} finally {
		zip.close();
	}
}

/** Streams one entry of a ZIP archive to `target`. */
export async function unzipEntry(file: string, entryName: string, target: string): Promise<void> {
	const zip = await openZip(file);
	try {
		const entry = await new Promise<yauzl.Entry>((resolve, reject) => {
			zip.on('entry', (e: yauzl.Entry) => (e.fileName === entryName ? resolve(e) : zip.readEntry()));
			zip.on('end', () => reject(new Error(`${entryName} is not in the archive`)));
			zip.on('error', reject);
			zip.readEntry();
		});
		const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
		await pipeline(stream, createWriteStream(target));
	} catch (err) {
		throw new UnpackError(`${entryName} in the ZIP archive cannot be unpacked (${(err as Error).message})`);
	} finally {
		zip.close();
	}
}

async function openZip(file: string): Promise<yauzl.ZipFile> {
	const { default: zipReader } = await import('yauzl');
	return new Promise((resolve, reject) =>
		zipReader.open(file, { lazyEntries: true, autoClose: false }, (err, zip) =>
			// yauzl finds no archive directory: the file is cut short or is not a ZIP at all.
			err ? reject(new UnpackError('this is a binary file, not CSV text: it starts like a ZIP archive (as XLSX workbooks do) but is not a readable one (truncated or damaged)')) : resolve(zip)
		)
	);
}

/**
 * Writes the first worksheet of an XLSX workbook as CSV, row by row (the workbook is
 * never held whole); line N is the sheet's row N unless a cell above holds a line break. Dates become ISO 8601 without an offset: Excel stores wall-clock
 * times, so the import's time zone applies to them as to any CSV.
 */
export async function xlsxToCsv(file: string, target: string): Promise<{ sheet: string; rows: number }> {
	// exceljs's streaming reader now and then stops listing a workbook's entries early and
	// then fails on the workbook part it never read ("reading 'sheets'"): 2 of 300 reads of
	// one unchanged file here. The same file reads whole on the next try, so it is read again.
	for (let attempt = 1; ; attempt++) {
		try {
			return await firstSheetToCsv(file, target);
		} catch (err) {
			if (attempt === 3 || !(err instanceof UnpackError && /reading 'sheets'/.test(err.message))) throw err;
		}
	}
}

async function firstSheetToCsv(file: string, target: string): Promise<{ sheet: string; rows: number }> {
	const out = createWriteStream(target);
	let width = 0;
	let rows = 0;
	let lastRow = 0;
	let sheet = '';
	try {
		const { default: excel } = await import('exceljs');
		const reader = new excel.stream.xlsx.WorkbookReader(file, {
			sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore'
		});
		for await (const worksheet of reader) {
			sheet = (worksheet as unknown as { name?: string }).name ?? 'sheet 1';
			for await (const row of worksheet) {
				// A blank line for each row the sheet leaves out below the header, so a rejection's line is the sheet's row.
				const number = (row as ExcelJS.Row).number;
				if (rows > 0 && number > lastRow + 1 && !out.write('\n'.repeat(number - lastRow - 1))) await once(out, 'drain');
				lastRow = number;
				const values = (row as ExcelJS.Row).values as unknown[];
				const cells = values.slice(1).map(cellText);
				if (rows === 0) width = cells.length;
				while (cells.length < width) cells.push('');
				while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
				if (!out.write(cells.map(csvCell).join(',') + '\n')) await once(out, 'drain');
				rows++;
			}
			break;
		}
		out.end();
		await once(out, 'close');
	} catch (err) {
		out.destroy();
		throw new UnpackError(`it is an XLSX workbook that cannot be read (${(err as Error).message})`);
	}
	if (rows === 0) throw new UnpackError('it is an XLSX workbook whose first sheet is empty');
	return { sheet, rows };
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace(/\.000Z$|Z$/, '');
	if (typeof value !== 'object') return String(value);
	const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
	if ('result' in v) return cellText(v.result);
	if ('error' in v) return String(v.error ?? '');
	if (v.richText) return v.richText.map((r) => r.text).join('');
	if ('text' in v) return cellText(v.text);
	return '';
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
