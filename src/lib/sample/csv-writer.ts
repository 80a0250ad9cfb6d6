// Streaming CSV output for the sample generator: RFC 4180 quoting, fast minute-precision
// timestamps, and a chunked writer that honours the stream's backpressure.

import { createWriteStream, type WriteStream } from 'node:fs';

const DAY = 1440; // times are whole minutes since the epoch

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const needsQuotes = /[",\r\n]/;
/** RFC 4180 quoting only where needed, so the file stays readable and the importer's quote handling is exercised. */
export const csv = (s: string): string => (needsQuotes.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** "HH:MM:00Z" for every minute of a day, so a timestamp is two flat strings joined rather than five. */
const CLOCK = Array.from({ length: DAY }, (_, m) => `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}:00Z`);
const dayPrefixes = new Map<number, string>();
/** Minute-precision ISO 8601 (empty for a negative "no value"); Date#toISOString per field would dominate the million-ticket run. */
export function iso(min: number): string {
	if (min < 0) return '';
	const day = Math.floor(min / DAY);
	let prefix = dayPrefixes.get(day);
	if (prefix === undefined) {
		prefix = new Date(day * DAY * 60_000).toISOString().slice(0, 11);
		dayPrefixes.set(day, prefix);
	}
	return prefix + CLOCK[min - day * DAY];
}

/** Joins rows into ~1 MB chunks and waits for 'drain' when the stream's buffer is full. */
export class ChunkedWriter {
	private parts: string[] = [];
	private size = 0;
	private error: Error | null = null;
	private readonly stream: WriteStream;

	constructor(readonly path: string) {
		// A buffer of a few chunks lets the disk write one chunk while the next is being generated.
		this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 22 });
		// Listen from the start: an 'error' with no listener would crash the process instead of rejecting.
		this.stream.on('error', (e) => (this.error = e));
	}

	/** Buffers a line; true when the caller should `await flush()`. */
	push(line: string): boolean {
		this.parts.push(line);
		this.size += line.length + 1;
		return this.size >= 1 << 20;
	}

	async flush(): Promise<void> {
		if (this.error) throw this.error;
		if (this.size === 0) return;
		const chunk = this.parts.join('\n') + '\n';
		this.parts = [];
		this.size = 0;
		if (!this.stream.write(chunk)) await this.wait('drain');
	}

	async close(): Promise<void> {
		await this.flush();
		const done = this.wait('finish');
		this.stream.end();
		await done;
	}

	/** Stops writing after a failure; the caller removes the partial file. */
	abort(): void {
		this.stream.destroy();
	}

	private wait(event: 'drain' | 'finish'): Promise<void> {
		return new Promise((resolve, reject) => {
			if (this.error) return reject(this.error);
			const onEvent = () => {
				this.stream.off('error', onError);
				resolve();
			};
			const onError = (e: Error) => {
				this.stream.off(event, onEvent);
				reject(e);
			};
			this.stream.once(event, onEvent);
			this.stream.once('error', onError);
		});
	}
}
