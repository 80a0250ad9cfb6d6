// How an import's failure is told: in the product's words rather than the engine's
// (disk full is disk full), and never longer than a history line can reasonably hold.

/** The longest message stored in the history or returned: a 50 MB header is not quoted whole. */
export const maxMessageChars = 2_000;

/** A message cut to maxMessageChars, with "…" where it was cut. */
export function bounded(message: string): string {
	return message.length <= maxMessageChars ? message : `${message.slice(0, maxMessageChars - 1)}…`;
}

const engineReasons: [RegExp, string][] = [
	// DuckDB says "Out of Memory" when it cannot spill to disk: a full disk (or temp-directory cap), not RAM.
	[/No space left on device|ENOSPC|disk is full|failed to offload data block|max_temp_directory_size/i,
		'the disk is full: there was no room for the temporary files the import writes (free some space, or point TMPDIR elsewhere, and import again)'],
	// DuckDB's reader holds every column of a batch at once: width, more than length, costs memory.
	[/Out of Memory|failed to allocate|memory limit/i,
		'the import ran out of the memory it may use (ONECALL_IMPORT_MEMORY_LIMIT for uploads, 128MB by default); a file of many columns needs most: export only the columns you need, or import it with the onecall command'],
	[/Permission denied|EACCES/i, 'the file or the temporary folder cannot be read or written (permission denied)'],
	[/Duplicate struct entry name|duplicate column/i, 'two columns have the same name (letter case aside); rename one in the header'],
	[/Invalid unicode|invalid UTF-8|not utf-8 encoded/i, 'some bytes are not text in the encoding given; leave the encoding to detection, or name the right one']
];

/** The product's words for an engine (DuckDB, file system) failure it knows, else null. */
export function knownReason(raw: string): string | null {
	for (const [pattern, reason] of engineReasons) if (pattern.test(raw)) return reason;
	return null;
}

/** The reason for a failure the engine raised: known ones in the product's words, others by their first line without the engine's class prefix. */
export function engineReason(err: unknown): string {
	const raw = (err as Error)?.message ?? String(err);
	return knownReason(raw) ?? raw.split('\n')[0].replace(/^[A-Z][A-Za-z ]*Error: /, '');
}

