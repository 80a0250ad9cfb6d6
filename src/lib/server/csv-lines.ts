// Maps data records of a CSV file to the line each starts on, honouring quoted
// newlines, so a rejected row can be named by the line an analyst sees in an editor.
import { createReadStream } from 'node:fs';

/**
 * Start lines of the file's data records (the header is line 1), skipping records
 * the CSV reader already dropped (given by their start lines), so index k is the
 * k-th record that reached the staging table. Blank lines are not records.
 */
export async function lineNumbersOfRecords(file: string, droppedLines: Set<number>, quote = '"'): Promise<number[]> {
	const starts: number[] = [];
	let line = 1;
	let inQuotes = false;
	let atRecordStart = true;
	let recordStart = 1;
	let recordHasContent = false;
	let headerDone = false;
	const endRecord = () => {
		if (recordHasContent) {
			if (headerDone && !droppedLines.has(recordStart)) starts.push(recordStart);
			headerDone = true;
		}
		atRecordStart = true;
		recordHasContent = false;
	};
	for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
		for (const ch of chunk as string) {
			if (atRecordStart) {
				recordStart = line;
				atRecordStart = false;
			}
			if (ch === quote) inQuotes = !inQuotes;
			if (ch === '\n') {
				line++;
				if (!inQuotes) {
					endRecord();
					continue;
				}
			}
			if (ch !== '\r' && ch !== '\n') recordHasContent = true;
		}
	}
	if (!atRecordStart) endRecord();
	return starts;
}
