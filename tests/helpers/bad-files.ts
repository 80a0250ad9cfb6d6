// Test helpers writing the bad-input corpus's generated files: big, binary or packed
// inputs too large or too odd to commit (UTF-16, gzip, ZIP, XLSX, NUL bytes, huge headers).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** A new file in a fresh temporary folder, with the given bytes. */
export function tempFile(name: string, bytes: string | Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'onecall-bad-')), name);
	writeFileSync(file, bytes);
	return file;
}

/** `n` ASCII ticket rows (T0..), each line 2026-01-01 plus i minutes, to push a problem far into a file. */
export const asciiRows = (n: number): string[] =>
	Array.from({ length: n }, (_, i) => `T${i},2026-01-01T${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z,plain row number ${i}`);

/** UTF-16 bytes of a text, little or big endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
	const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
	if (endian === 'le') return le;
	for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
	return le;
}

/** A ZIP archive of the given entries, deflated, written by hand (local headers, central directory, end record). */
export function zipOf(entries: Record<string, string>): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of Object.entries(entries)) {
		const data = Buffer.from(text);
		const packed = deflateRawSync(data);
		const fileName = Buffer.from(name);
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(packed.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(fileName.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(packed.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(fileName.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, fileName, packed);
		centrals.push(central, fileName);
		offset += local.length + fileName.length + packed.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(entries).length, 8);
	end.writeUInt16LE(Object.keys(entries).length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

/** An XLSX workbook written by exceljs: the rows on a first sheet, a decoy second sheet. */
export async function xlsxOf(rows: unknown[][], name = 'export.xlsx'): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Incidents');
	for (const row of rows) sheet.addRow(row);
	workbook.addWorksheet('Notes').addRow(['not', 'the', 'export']);
	const file = tempFile(name, '');
	await workbook.xlsx.writeFile(file);
	return file;
}
