// What statements read about the data, kept per database until one that may write runs,
// and which statements may write: db.ts's Conn counts those and keeps the answers here.

/**
 * Answers read from the data (whether the stored summaries are up to date), kept until any
 * statement that may write runs on the database. Every write of this process goes through a
 * Conn of it (DuckDB lets one process at a time open a file), and a Conn counts each one
 * before and after it runs, so an answer read while a write ran is not kept. It lives on the
 * Db, which the CLI's and the app's copies of db.ts share (openDatabases).
 */
export class ReadMemo {
	private writes = 0;
	private readonly kept = new Map<string, { at: number; value: unknown }>();

	wrote(): void {
		this.writes++;
	}

	async get<T>(key: string, read: () => Promise<T>): Promise<T> {
		const hit = this.kept.get(key);
		if (hit && hit.at === this.writes) return hit.value as T;
		const at = this.writes;
		const value = await read();
		if (this.writes === at) this.kept.set(key, { at, value });
		return value;
	}
}

// A statement that only reads: its first word (after any comments) reads, and it names no
// statement that writes. Anything else counts as a write for ReadMemo.
const readingStatement = /^(?:\s|--[^\n]*(?:\n|$))*(SELECT|WITH|FROM|VALUES|EXPLAIN|DESCRIBE|SUMMARIZE)\b/i;
const writingWord = /\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|DETACH|CHECKPOINT|SET|RESET|LOAD|IMPORT|EXPORT)\b/i;
export const mayWrite = (text: string): boolean => !readingStatement.test(text) || writingWord.test(text.replace(/--[^\n]*/g, ''));
